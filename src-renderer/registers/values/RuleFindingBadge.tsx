import { Badge, List, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordDto } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

/** The count of a list row's findings, beside its title, never cut; hovering lists them, the blocking ones first. */
export function RuleFindingBadge({ row }: { row: RecordDto }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const s = row.ruleFindingSummary;
  if (!s) return null;
  const blocking = s.blocking > 0;
  const label = (
    <List size="sm" spacing={2} data-testid="rule-badge-findings">
      {s.titles.map((f, i) => (
        <List.Item key={i}>
          <Text size="sm" c={f.blocking ? 'red.3' : 'yellow.3'} span fw={500}>
            {f.blocking ? t('rules.block') : t('rules.warning')}
          </Text>
          {t('history.separator')}
          {l(f.title)}
        </List.Item>
      ))}
    </List>
  );
  return (
    <Tooltip label={label} multiline maw={420} withinPortal openDelay={150} position="bottom-start">
      <Badge
        color={blocking ? 'red' : 'yellow'}
        variant="light"
        radius="sm"
        tt="none"
        fw={500}
        style={{ flexShrink: 0 }}
        data-testid="rule-badge"
      >
        {blocking ? t('rules.badgeBlocking', { count: s.blocking }) : t('rules.badgeOther', { count: s.other })}
      </Badge>
    </Tooltip>
  );
}
