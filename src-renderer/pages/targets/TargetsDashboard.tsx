import { Alert, Anchor, Badge, Button, Divider, Group, Select, SimpleGrid, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordDto, TargetStatus } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { routeHref, type Route } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { RecordFormDrawer } from '../../registers/form/RecordFormDrawer';
import { formatDateTime } from '../../util/format';
import { RegisterCounts } from '../RegisterCounts';
import { DepartmentView } from './DepartmentView';
import { PlanTasksTable } from './PlanTasksTable';
import { PrintReportButton } from './PrintReportButton';
import { TargetsExportButton } from './TargetsExportButton';
import { TargetCard } from './TargetCard';
import { planYears, statusColor, yearInPlan } from './targetView';
import { useTargetsReport } from './useTargetsReport';

const statuses: TargetStatus[] = ['met', 'onTrack', 'atRisk', 'behind', 'noData'];
const thisYear = new Date().getFullYear();

/** What the plan form is open for: a new plan, or a new target or task of a plan. */
type FormFor = { register: 'plan' } | { register: 'planTarget' | 'planTask'; plan: string };

interface Props {
  plan?: string;
  year?: number;
  navigate: (route: Route) => void;
}

/**
 * The landing page: the plan's targets for a year with their status and the rule behind it, the timetable,
 * one department's part, and below, how many records each register holds. Plan and year live in the address,
 * so a drill-down's way back returns to the same view.
 */
export function TargetsDashboard({ plan, year, navigate }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { findRegister, canWrite, touch } = useAppData();
  const { report, problem } = useTargetsReport(plan, year);
  const [form, setForm] = useState<FormFor | null>(null);
  const planDef = findRegister('plan');
  const mayPlan = planDef ? canWrite(planDef) : false;
  const current = report?.plan ?? null;
  const shownYear = report?.year ?? year ?? thisYear;

  const years = current ? planYears(current.startYear, current.endYear) : [];
  const yearOptions = [...new Set([...years, shownYear])].sort().map(String);
  const pickPlan = (id: string | null) => {
    const p = report?.plans.find((x) => x.id === id);
    if (p) navigate({ page: 'overview', plan: p.id, year: yearInPlan(p.startYear, p.endYear, thisYear) });
  };
  const saved = (record: RecordDto) => {
    const register = form?.register ?? 'plan';
    setForm(null);
    touch(register);
    if (register === 'plan') {
      const start = Number(record.values.startYear);
      navigate({ page: 'overview', plan: record.id, year: yearInPlan(start, Number(record.values.endYear), thisYear) });
    }
  };
  const newPlanButton = mayPlan ? (
    <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setForm({ register: 'plan' })} data-testid="new-plan">
      {t('targets.newPlan')}
    </Button>
  ) : null;
  const counts = statuses.map((s) => [s, report?.targets.filter((x) => x.status === s).length ?? 0] as const).filter(([, n]) => n > 0);
  const formDef = form ? findRegister(form.register) : undefined;

  return (
    <Stack gap="lg" data-testid="targets-dashboard">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3}>{t('targets.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('targets.intro')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('targets.plan')}
            data={(report?.plans ?? []).map((p) => ({ value: p.id, label: `${l(p.name)} (${p.startYear}–${p.endYear})` }))}
            value={current?.id ?? null}
            onChange={pickPlan}
            allowDeselect={false}
            w={380}
            placeholder={t('targets.pickPlan')}
            data-testid="plan-picker"
          />
          <Select
            label={t('targets.year')}
            data={yearOptions}
            value={String(shownYear)}
            allowDeselect={false}
            w={100}
            data-testid="year-picker"
            onChange={(v) => v && navigate({ page: 'overview', ...(current ? { plan: current.id } : {}), year: Number(v) })}
          />
          {newPlanButton}
          <Button
            variant="default"
            component="a"
            leftSection={<IconUsersGroup size={16} />}
            data-testid="open-evaluation"
            href={routeHref({ page: 'evaluation', ...(current ? { plan: current.id } : {}), year: shownYear })}
          >
            {t('evaluation.open')}
          </Button>
          {report ? <TargetsExportButton report={report} /> : null}
          <PrintReportButton plan={current?.id} year={shownYear} />
        </Group>
      </Group>

      {problem ? <Alert color="red">{problem}</Alert> : null}
      {report?.problems.map((p) => (
        <Alert key={p.zh} color="yellow" data-testid="targets-problem">
          {l(p)}
        </Alert>
      ))}
      {!report && !problem ? <Skeleton h={240} /> : null}

      {report && report.plans.length === 0 ? (
        <Alert color="blue" title={t('targets.noPlansTitle')} data-testid="targets-no-plans">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('targets.noPlansBody')}</Text>
            {newPlanButton}
          </Stack>
        </Alert>
      ) : null}
      {report && report.plans.length > 0 && !current ? (
        <Alert color="blue" title={t('targets.noPlanForYear', { year: shownYear })} data-testid="targets-no-plan-for-year">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('targets.noPlanForYearBody')}</Text>
            {newPlanButton}
          </Stack>
        </Alert>
      ) : null}

      {report && current ? (
        <>
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600}>
              {l(current.name)}
            </Text>
            {counts.map(([s, n]) => (
              <Badge key={s} tt="none" color={statusColor[s]} variant="light" data-testid={`status-count-${s}`}>
                {t(`targets.status.${s}`)} {n}
              </Badge>
            ))}
            <Text size="xs" c="dimmed" ml="auto" data-testid="targets-as-of">
              {t('targets.asOf', { time: formatDateTime(report.asOf) })}
            </Text>
          </Group>
          <Tabs defaultValue="targets" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="targets" data-testid="tab-targets">
                {t('targets.tabTargets')}
              </Tabs.Tab>
              <Tabs.Tab value="tasks" data-testid="tab-tasks">
                {t('targets.tabTasks')}
              </Tabs.Tab>
              <Tabs.Tab value="departments" data-testid="tab-departments">
                {t('targets.tabDepartments')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="targets" pt="md">
              {report.targets.length === 0 ? (
                <Alert color="blue" title={t('targets.noTargetsTitle')} data-testid="targets-empty">
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">{t('targets.noTargetsBody')}</Text>
                    {mayPlan ? (
                      <Button
                        variant="light"
                        leftSection={<IconPlus size={16} />}
                        onClick={() => setForm({ register: 'planTarget', plan: current.id })}
                        data-testid="add-target"
                      >
                        {t('targets.addTarget')}
                      </Button>
                    ) : null}
                  </Stack>
                </Alert>
              ) : (
                <Stack gap="sm">
                  <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                    {report.targets.map((target) => (
                      <TargetCard key={target.target} target={target} plan={current.id} year={shownYear} />
                    ))}
                  </SimpleGrid>
                  {mayPlan ? (
                    <Group gap="sm">
                      <Button
                        variant="subtle"
                        size="xs"
                        leftSection={<IconPlus size={14} />}
                        onClick={() => setForm({ register: 'planTarget', plan: current.id })}
                        data-testid="add-target"
                      >
                        {t('targets.addTarget')}
                      </Button>
                      <Anchor size="xs" href={routeHref({ page: 'register', register: 'planTarget', filters: { plan: current.id } })}>
                        {t('targets.editTargets')}
                      </Anchor>
                    </Group>
                  ) : null}
                </Stack>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="tasks" pt="md">
              <Stack gap="sm" align="flex-start">
                <PlanTasksTable tasks={report.tasks} />
                {mayPlan ? (
                  <Button
                    variant="subtle"
                    size="xs"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setForm({ register: 'planTask', plan: current.id })}
                    data-testid="add-task"
                  >
                    {t('targets.addTask')}
                  </Button>
                ) : null}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="departments" pt="md">
              <DepartmentView targets={report.targets} plan={current.id} year={shownYear} />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}

      <Divider />
      <RegisterCounts />
      {form && formDef ? (
        <RecordFormDrawer
          def={formDef}
          onClose={() => setForm(null)}
          onSaved={saved}
          initial={form.register === 'plan' ? undefined : { plan: form.plan }}
        />
      ) : null}
    </Stack>
  );
}
