import { Alert, Anchor, Badge, Card, Group, SegmentedControl, Skeleton, Stack, Table, Text, Title, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Reminder } from '../../../src-main/contract';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { ReminderSettingsForm } from './ReminderSettingsForm';
import { useReminders } from './useReminders';

/** A screenful and more; beyond it the list says how many more there are, most pressing shown first. */
const shownAtMost = 500;

const urgencyColor: Record<Reminder['urgency'], string> = { overdue: 'red', soon: 'orange', upcoming: 'blue' };

/** Everything that needs action, most pressing first, each opening its record. */
export function RemindersPage() {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [reload, setReload] = useState(0);
  const list = useReminders(shownAtMost, reload);
  const [kind, setKind] = useState('all');
  const [settingsOpen, settings] = useDisclosure(false);

  const kinds = Object.keys(list?.byKind ?? {}) as Reminder['kind'][];
  const shown = list?.reminders.filter((r) => kind === 'all' || r.kind === kind) ?? [];
  const daysText = (r: Reminder) =>
    r.days < 0
      ? t('reminders.daysOver', { count: -r.days })
      : r.days === 0
        ? t('reminders.today')
        : t('reminders.daysLeft', { count: r.days });

  return (
    <Stack gap="md" data-testid="reminders-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{t('reminders.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('reminders.intro', { date: list?.asOf ?? '' })}
          </Text>
        </div>
        <UnstyledButton onClick={settings.toggle} data-testid="reminder-settings-toggle">
          <Group gap={4}>
            <IconSettings size={16} />
            <Text size="sm">{t('reminders.settingsTitle')}</Text>
          </Group>
        </UnstyledButton>
      </Group>
      {/* Shown without a collapse animation: the form loads the settings after opening, and an animated
          height measured before they arrive clips them. */}
      {settingsOpen ? (
        <Card withBorder radius="md" padding="md">
          <ReminderSettingsForm onSaved={() => setReload((n) => n + 1)} />
        </Card>
      ) : null}
      {!list ? <Skeleton h={160} /> : null}
      {list && list.total === 0 ? (
        <Alert color="green" title={t('reminders.emptyTitle')} data-testid="reminders-empty">
          {t('reminders.emptyBody')}
        </Alert>
      ) : null}
      {list && list.total > 0 ? (
        <>
          <SegmentedControl
            value={kind}
            onChange={setKind}
            data-testid="reminder-kind"
            data={[
              { value: 'all', label: `${t('reminders.all')} ${list.total}` },
              ...kinds.map((k) => ({ value: k, label: `${t(`reminders.kind.${k}`)} ${list.byKind[k] ?? 0}` })),
            ]}
          />
          {list.total > list.reminders.length ? (
            <Text size="sm" c="dimmed" data-testid="reminders-capped">
              {t('reminders.capped', { count: list.reminders.length, total: list.total })}
            </Text>
          ) : null}
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover verticalSpacing="xs" data-testid="reminders-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={130}>{t('reminders.due')}</Table.Th>
                  <Table.Th w={150}>{t('reminders.kindHeader')}</Table.Th>
                  <Table.Th>{t('reminders.record')}</Table.Th>
                  <Table.Th>{t('reminders.what')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((r, i) => (
                  <Table.Tr key={`${r.kind}-${r.id}-${i}`} data-testid={`reminder-${r.kind}`} data-record={r.id}>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                          {r.due}
                        </Text>
                        <Badge size="sm" variant="light" color={urgencyColor[r.urgency]} tt="none">
                          {daysText(r)}
                        </Badge>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t(`reminders.kind.${r.kind}`)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor size="sm" href={routeHref({ page: 'register', register: r.register, id: r.id })}>
                        {r.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{l(r.detail)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
    </Stack>
  );
}
