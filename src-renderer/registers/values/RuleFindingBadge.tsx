import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordDto } from '../../../src-main/contract';

/** The count of a list row's findings, beside its title. */
export function RuleFindingBadge({ row }: { row: RecordDto }) {
  const { t } = useTranslation();
  const s = row.ruleFindingSummary;
  if (!s) return null;
  return s.blocking > 0 ? (
    <Badge color="red" variant="light" radius="sm" tt="none" fw={500} data-testid="rule-badge">{t('rules.badgeBlocking', { count: s.blocking })}</Badge>
  ) : (
    <Badge color="yellow" variant="light" radius="sm" tt="none" fw={500} data-testid="rule-badge">{t('rules.badgeOther', { count: s.other })}</Badge>
  );
}
