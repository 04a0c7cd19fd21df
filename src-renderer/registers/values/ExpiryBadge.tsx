import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordDto, RegisterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

/** The reminder a record in force earns near its expiry date (the backend decides when), naming what expires. */
export function ExpiryBadge({ def, expiry }: { def: RegisterDef; expiry: NonNullable<RecordDto['expiry']> }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const lapsed = expiry.kind === 'lapsed';
  const what = def.expiryLabel ? l(def.expiryLabel) : t('expiry.it');
  const o = { count: expiry.days, what };
  const text = lapsed ? t('expiry.lapsed', o) : expiry.days === 0 ? t('expiry.today', o) : t('expiry.soon', o);
  return (
    <Badge color={lapsed ? 'red' : 'orange'} variant="light" radius="sm" tt="none" fw={500} miw={0} title={text} data-testid="expiry-badge">
      {text}
    </Badge>
  );
}
