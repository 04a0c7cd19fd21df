import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayScheduleSaved, Reminder, TodayEntry, TodayOverview } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { HolidayScheduleButton, ScheduleSavedAlert } from '../calendar/HolidayScheduleButton';

const urgencyColor: Record<Reminder['urgency'], string> = { overdue: 'red', soon: 'orange', upcoming: 'blue' };

interface Line {
  key: string;
  register: string;
  id: string;
  title: string;
  date: string | null;
  note: ReactNode;
  badge?: ReactNode;
}

/** One section: its title and count, each line a link to its record, or what its emptiness means. */
function Section({ id, title, lines, empty, footer }: { id: string; title: string; lines: Line[]; empty: string; footer?: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" data-testid={`today-${id}`}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Text fw={600}>{title}</Text>
        <Badge variant="light" color={lines.length ? 'blue' : 'gray'} data-testid={`today-${id}-count`}>
          {lines.length}
        </Badge>
      </Group>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid={`today-${id}-empty`}>
          {empty}
        </Text>
      ) : null}
      <Stack gap={6}>
        {lines.map((line) => (
          <Group key={line.key} gap="xs" wrap="nowrap" align="flex-start" data-testid={`today-${id}-item`} data-record={line.id}>
            <Text size="sm" c="dimmed" w={88} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
              {line.date ?? '—'}
            </Text>
            <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
              <Anchor
                size="sm"
                href={routeHref({ page: 'register', register: line.register, id: line.id })}
                lineClamp={1}
                title={line.title}
              >
                {line.title}
              </Anchor>
              <Text size="xs" c="dimmed" lineClamp={2}>
                {line.note}
              </Text>
            </Stack>
            {line.badge}
          </Group>
        ))}
      </Stack>
      {footer}
    </Card>
  );
}

/** A clerk's day first: what falls due this week, who leaves or comes back, what waits and what is late. */
export function TodayPage() {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { findRegister, canWrite } = useAppData();
  const [today, setToday] = useState<TodayOverview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const [scheduleSaved, setScheduleSaved] = useState<HolidayScheduleSaved | null>(null);
  useEffect(() => {
    let live = true;
    invoke('today.overview', {}).then(
      (o) => live && setToday(o),
      (err: unknown) => live && setProblem(String((err as Error).message)),
    );
    return () => {
      live = false;
    };
  }, [reload]);
  const calendarDef = findRegister('holidayCalendar');
  const mayEnterCalendar = calendarDef ? canWrite(calendarDef) : false;

  const statusLabel = (e: TodayEntry) => {
    const field = findRegister(e.register)?.fields.find((f) => f.key === 'status');
    const option = field?.options?.find((o) => o.value === e.status);
    return option ? l(option.label) : '';
  };
  const daysText = (r: Reminder) =>
    r.days < 0
      ? t('reminders.daysOver', { count: -r.days })
      : r.days === 0
        ? t('reminders.today')
        : t('reminders.daysLeft', { count: r.days });
  const ofReminder = (r: Reminder, i: number): Line => ({
    key: `${r.kind}-${r.id}-${i}`,
    register: r.register,
    id: r.id,
    title: r.title,
    date: r.due,
    note: l(r.detail),
    badge: (
      <Badge size="sm" variant="light" color={urgencyColor[r.urgency]} tt="none" style={{ flexShrink: 0 }}>
        {daysText(r)}
      </Badge>
    ),
  });
  const ofEntry =
    (note: (e: TodayEntry) => string) =>
    (e: TodayEntry): Line => ({
      key: `${e.register}-${e.id}`,
      register: e.register,
      id: e.id,
      title: e.title,
      date: e.date,
      note: note(e),
    });
  const kindOf = (e: TodayEntry) => l(findRegister(e.register)?.label);

  return (
    <Stack gap="lg" data-testid="today-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3}>{t('today.title')}</Title>
          <Text c="dimmed" size="sm" data-testid="today-intro">
            {today ? t('today.intro', { date: today.asOf, end: today.weekEnd }) : null}
            {today?.departments ? ` ${t('today.scope', { departments: today.departments.join('、') })}` : null}
          </Text>
        </div>
        <Button
          variant="default"
          component="a"
          href={routeHref({ page: 'overview' })}
          leftSection={<IconChartBar size={16} />}
          data-testid="open-plan-dashboard"
        >
          {t('today.planDashboard')}
        </Button>
      </Group>
      {problem ? <Alert color="red">{problem}</Alert> : null}
      {today?.calendarsMissing.map((r) => {
        const year = Number(r.due.slice(0, 4));
        return (
          <Alert
            key={r.title}
            color={r.urgency === 'overdue' ? 'red' : 'orange'}
            title={t('calendar.missingTitle', { year })}
            data-testid="today-calendar-missing"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{l(r.detail)}</Text>
              {mayEnterCalendar ? (
                <HolidayScheduleButton
                  year={year}
                  label={t('calendar.enterYear', { year })}
                  size="xs"
                  onSaved={(saved) => {
                    setScheduleSaved(saved);
                    setReload((n) => n + 1);
                  }}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('calendar.missingReview')}
                </Text>
              )}
            </Stack>
          </Alert>
        );
      })}
      {scheduleSaved ? <ScheduleSavedAlert saved={scheduleSaved} onClose={() => setScheduleSaved(null)} /> : null}
      {!today && !problem ? <Skeleton h={240} /> : null}
      {today ? (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Section
            id="reminders"
            title={t('today.reminders')}
            lines={today.remindersThisWeek.map(ofReminder)}
            empty={t('today.remindersEmpty')}
            footer={
              today.overdueReminders ? (
                <Anchor size="sm" mt="sm" display="block" href={routeHref({ page: 'reminders' })} data-testid="today-overdue-link">
                  {t('today.overdueReminders', { count: today.overdueReminders })}
                </Anchor>
              ) : null
            }
          />
          <Section
            id="approvals"
            title={t('today.approvals')}
            lines={today.approvalsWaiting.map(ofEntry((e) => `${kindOf(e)} · ${statusLabel(e)}`))}
            empty={t('today.approvalsEmpty')}
          />
          <Section
            id="leaving"
            title={t('today.leaving')}
            lines={today.leaving.map(ofEntry((e) => statusLabel(e)))}
            empty={t('today.leavingEmpty')}
          />
          <Section
            id="returning"
            title={t('today.returning')}
            lines={today.returning.map(ofEntry((e) => statusLabel(e)))}
            empty={t('today.returningEmpty')}
          />
          <Section
            id="passports"
            title={t('today.passports')}
            lines={today.passportsToReturn.map(ofReminder)}
            empty={t('today.passportsEmpty')}
          />
          <Section id="reports" title={t('today.reports')} lines={today.reportsOverdue.map(ofReminder)} empty={t('today.reportsEmpty')} />
        </SimpleGrid>
      ) : null}
    </Stack>
  );
}
