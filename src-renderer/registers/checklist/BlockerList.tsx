import { Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChecklistBlocker } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

const reasonColors: Record<ChecklistBlocker['reason'], string> = { pending: 'gray', rejected: 'red', evidenceMissing: 'orange' };

/** The checklist items that stop a status move, each with why (not done, rejected, evidence missing). */
export function BlockerList({ blockers, testId }: { blockers: ChecklistBlocker[]; testId?: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <div data-testid={testId}>
      <Text size="sm" c="dimmed">{t('steps.blockedBy')}</Text>
      <List size="sm" spacing={2} mt={2}>
        {blockers.map((b) => (
          <List.Item key={b.title}>
            <Group gap={6} wrap="wrap">
              <Text size="sm">{locale === 'en' ? (b.titleEn ?? b.title) : b.title}</Text>
              <Badge size="sm" variant="light" color={reasonColors[b.reason]} radius="sm" tt="none" fw={500}>{t(`steps.reason.${b.reason}`)}</Badge>
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
