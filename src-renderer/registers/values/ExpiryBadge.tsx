import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordDto } from '../../../src-main/contract';

/** The reminder a record in force earns near its expiry date (the backend decides when). */
export function ExpiryBadge({ expiry }: { expiry: NonNullable<RecordDto['expiry']> }) {
  const { t } = useTranslation();
  const lapsed = expiry.kind === 'lapsed';
  const text = lapsed ? t('expiry.lapsed', { count: expiry.days }) : expiry.days === 0 ? t('expiry.today') : t('expiry.soon', { count: expiry.days });
  return (
    <Badge color={lapsed ? 'red' : 'orange'} variant="light" radius="sm" tt="none" fw={500} miw={0} title={text} data-testid="expiry-badge">
      {text}
    </Badge>
  );
}
