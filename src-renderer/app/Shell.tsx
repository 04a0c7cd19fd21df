import { Alert, AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { BudgetPage } from '../pages/budget/BudgetPage';
import { RemindersPage } from '../pages/reminders/RemindersPage';
import { RegisterPage } from '../pages/RegisterPage';
import { EvaluationPage } from '../pages/targets/EvaluationPage';
import { TargetRecordsPage } from '../pages/targets/TargetRecordsPage';
import { TargetsDashboard } from '../pages/targets/TargetsDashboard';
import { ConflictsPage } from '../pages/conflicts/ConflictsPage';
import { SyncPage } from '../pages/sync/SyncPage';
import { TodayPage } from '../pages/today/TodayPage';
import { BackupPage } from '../pages/backup/BackupPage';
import { KeyUnlockDialog } from './KeyUnlockDialog';
import { ReviewBanner } from './ReviewBanner';
import { DataHealthBanner } from './DataHealthBanner';
import { useAppData } from './AppDataContext';
import { HeaderBar } from './HeaderBar';
import { NavList } from './NavList';
import { useHashRoute } from './useHashRoute';

const headerHeight = 56;

/** Header, navigation and the page the address names. */
export function Shell() {
  const { t } = useTranslation();
  const [route, navigate] = useHashRoute();
  const [navOpened, nav] = useDisclosure(false);
  const { findRegister } = useAppData();
  const def = route.page === 'register' ? findRegister(route.register) : undefined;

  return (
    <AppShell header={{ height: headerHeight }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <AppShell.Header>
        <HeaderBar navOpened={navOpened} toggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {/* Twenty registers and more do not fit a laptop screen: the navigation scrolls on its own. */}
        <AppShell.Section grow component={ScrollArea}>
          <NavList route={route} onNavigate={nav.close} />
        </AppShell.Section>
      </AppShell.Navbar>
      {/* Main's top padding already clears the header, so 100dvh fills the window; lists scroll inside. */}
      <AppShell.Main h="100dvh" style={{ display: 'flex', flexDirection: 'column', overflow: 'auto' }}>
        <DataHealthBanner />
        <ReviewBanner />
        {route.page === 'today' ? <TodayPage /> : null}
        {route.page === 'overview' ? <TargetsDashboard plan={route.plan} year={route.year} navigate={navigate} /> : null}
        {route.page === 'targetRecords' ? (
          <TargetRecordsPage
            target={route.target}
            plan={route.plan}
            year={route.year}
            point={route.point}
            open={route.open}
            navigate={navigate}
          />
        ) : null}
        {route.page === 'evaluation' ? <EvaluationPage plan={route.plan} year={route.year} navigate={navigate} /> : null}
        {route.page === 'sync' ? <SyncPage /> : null}
        {route.page === 'backup' ? <BackupPage /> : null}
        {route.page === 'conflicts' ? <ConflictsPage register={route.register} id={route.id} /> : null}
        {route.page === 'budget' ? <BudgetPage /> : null}
        {route.page === 'reminders' ? <RemindersPage /> : null}
        {route.page === 'register' && def ? (
          <RegisterPage
            key={def.name}
            def={def}
            id={route.id}
            view={{ search: route.search ?? '', filters: route.filters ?? {}, ...(route.sort ? { sort: route.sort } : {}) }}
            navigate={navigate}
          />
        ) : null}
        {route.page === 'register' && !def ? <Alert color="yellow">{t('error.unknownPage')}</Alert> : null}
      </AppShell.Main>
      <KeyUnlockDialog />
    </AppShell>
  );
}
