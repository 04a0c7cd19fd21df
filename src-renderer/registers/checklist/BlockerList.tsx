import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistBlocker, RuleFinding } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

const reasonColors: Record<ChecklistBlocker['reason'], string> = { pending: 'gray', rejected: 'red', evidenceMissing: 'orange' };

interface Props {
  blockers: ChecklistBlocker[];
  /** The blocking rule findings the move would meet, each named with what was found. */
  findings?: RuleFinding[];
  testId?: string;
}

/** What stops a status move: the checklist items, each with why (not done, rejected, evidence missing), and the rules broken. */
export function BlockerList({ blockers, findings = [], testId }: Props) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  return (
    <Stack gap={6} data-testid={testId}>
      {blockers.length ? (
        <div>
          <Text size="sm" c="dimmed">
            {t('steps.blockedBy')}
          </Text>
          <List size="sm" spacing={2} mt={2}>
            {blockers.map((b) => (
              <List.Item key={b.title}>
                <Group gap={6} wrap="wrap">
                  <Text size="sm">{locale === 'en' ? (b.titleEn ?? b.title) : b.title}</Text>
                  <Badge size="sm" variant="light" color={reasonColors[b.reason]} radius="sm" tt="none" fw={500}>
                    {t(`steps.reason.${b.reason}`)}
                  </Badge>
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {findings.length ? (
        <div data-testid={testId ? `${testId}-rules` : undefined}>
          <Text size="sm" c="dimmed">
            {t('steps.rulesBlockedBy', { count: findings.length })}
          </Text>
          <List size="sm" spacing={2} mt={2}>
            {findings.map((f) => (
              <List.Item key={f.ruleId}>
                <Text size="sm">
                  <Text span fw={500}>
                    {l(f.title)}
                  </Text>
                  {locale === 'en' ? ': ' : '：'}
                  {l(f.found)}
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
    </Stack>
  );
}
