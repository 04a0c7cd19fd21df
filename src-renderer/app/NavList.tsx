import { Badge, NavLink, Stack, Text } from '@mantine/core';
import {
  IconArrowsExchange,
  IconBell,
  IconCalendarEvent,
  IconDatabase,
  IconLayoutDashboard,
  IconReportMoney,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useConflictCount } from '../pages/conflicts/useConflictCount';
import { useReminders } from '../pages/reminders/useReminders';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/useLocale';
import { useAppData } from './AppDataContext';
import { RegisterIcon } from './RegisterIcon';
import { routeHref, type Route } from './useHashRoute';

/** Today's work first, the plan dashboard, the departments' evaluation, reminders (with a count), the budget page, sync (with its conflicts), backups and every register the definitions put in navigation, in their order. */
export function NavList({ route, onNavigate }: { route: Route; onNavigate: () => void }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { registers } = useAppData();
  const current = route.page === 'register' ? route.register : null;
  // Only the counts: the badge needs no reminder itself.
  const reminders = useReminders(0);
  const pressing = reminders?.pressing ?? 0;
  const conflicts = useConflictCount();

  return (
    <Stack gap={2}>
      <NavLink
        href={routeHref({ page: 'today' })}
        label={t('nav.today')}
        leftSection={<IconCalendarEvent size={18} stroke={1.6} />}
        active={route.page === 'today'}
        onClick={onNavigate}
        data-testid="nav-today"
      />
      <NavLink
        href={routeHref({ page: 'overview' })}
        label={t('nav.overview')}
        leftSection={<IconLayoutDashboard size={18} stroke={1.6} />}
        active={route.page === 'overview' || route.page === 'targetRecords'}
        onClick={onNavigate}
        data-testid="nav-overview"
      />
      <NavLink
        href={routeHref({ page: 'evaluation' })}
        label={t('nav.evaluation')}
        leftSection={<IconUsersGroup size={18} stroke={1.6} />}
        active={route.page === 'evaluation'}
        onClick={onNavigate}
        data-testid="nav-evaluation"
      />
      <NavLink
        href={routeHref({ page: 'reminders' })}
        label={t('nav.reminders')}
        leftSection={<IconBell size={18} stroke={1.6} />}
        rightSection={
          reminders?.total ? (
            <Badge
              size="sm"
              circle={false}
              color={pressing ? 'red' : 'gray'}
              variant={pressing ? 'filled' : 'light'}
              data-testid="reminder-badge"
            >
              {reminders.total}
            </Badge>
          ) : null
        }
        active={route.page === 'reminders'}
        onClick={onNavigate}
        data-testid="nav-reminders"
      />
      <NavLink
        href={routeHref({ page: 'budget' })}
        label={t('nav.budget')}
        leftSection={<IconReportMoney size={18} stroke={1.6} />}
        active={route.page === 'budget'}
        onClick={onNavigate}
        data-testid="nav-budget"
      />
      <NavLink
        href={routeHref({ page: 'sync' })}
        label={t('nav.sync')}
        leftSection={<IconArrowsExchange size={18} stroke={1.6} />}
        rightSection={
          conflicts ? (
            <Badge size="sm" color="orange" title={t('nav.conflicts')} data-testid="conflict-nav-badge">
              {conflicts}
            </Badge>
          ) : null
        }
        active={route.page === 'sync' || route.page === 'conflicts'}
        onClick={onNavigate}
        data-testid="nav-sync"
      />
      <NavLink
        href={routeHref({ page: 'backup' })}
        label={t('nav.backup')}
        leftSection={<IconDatabase size={18} stroke={1.6} />}
        active={route.page === 'backup'}
        onClick={onNavigate}
        data-testid="nav-backup"
      />
      <Text size="xs" c="dimmed" fw={600} mt="md" mb={4} px="sm">
        {t('nav.registers')}
      </Text>
      {registers
        .filter((r) => r.nav)
        .map((r) => (
          <NavLink
            key={r.name}
            href={routeHref({ page: 'register', register: r.name })}
            label={l(r.label)}
            leftSection={<RegisterIcon name={r.icon} size={18} />}
            active={current === r.name}
            onClick={onNavigate}
            data-testid={`nav-${r.name}`}
          />
        ))}
    </Stack>
  );
}
