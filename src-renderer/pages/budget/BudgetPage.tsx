import { Alert, Anchor, Card, Group, Select, SimpleGrid, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetSummary } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref } from '../../app/useHashRoute';
import { errorMessage } from '../../util/notify';
import { BudgetBar, BudgetLegend } from './BudgetBar';
import { BudgetExportButton } from './BudgetExportButton';
import { BudgetLinesTable } from './BudgetLinesTable';
import { yuan } from './yuan';

const thisYear = new Date().getFullYear();
const years = Array.from({ length: 8 }, (_, i) => String(thisYear + 1 - i));

/** Budget against spending for a fiscal year: totals, then by fund, by department and by allocation. */
export function BudgetPage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [year, setYear] = useState(String(thisYear));
  const [summary, setSummary] = useState<BudgetSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setSummary(null);
    invoke('budgets.summary', { fiscalYear: Number(year) }).then(setSummary, (err: unknown) => setProblem(errorMessage(err)));
  }, [year]);

  const totals = summary?.totals;
  const cards = totals
    ? ([
        ['total', totals.total],
        ['available', totals.available],
        ['spent', totals.spent],
        ['committed', totals.committed],
        ['remaining', totals.remaining],
        ['unallocated', totals.unallocated],
      ] as const)
    : [];
  const departmentName = (code: string) => departments.name(code);

  return (
    <Stack gap="lg" data-testid="budget-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={3}>{t('budget.title')}</Title>
          <Text c="dimmed" size="sm">
            {t('budget.intro', { share: Math.round((summary?.nearLimitShare ?? 0.9) * 100) })}
          </Text>
        </div>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('budget.year')}
            data={years}
            value={year}
            onChange={(v) => v && setYear(v)}
            w={120}
            allowDeselect={false}
            data-testid="budget-year"
          />
          <BudgetExportButton fiscalYear={Number(year)} />
        </Group>
      </Group>
      {problem ? <Alert color="red">{problem}</Alert> : null}
      {!summary && !problem ? <Skeleton h={240} /> : null}
      {summary && summary.funds.length === 0 ? (
        <Alert color="blue" title={t('budget.emptyTitle', { year })} data-testid="budget-empty">
          {t('budget.emptyBody')} <Anchor href={routeHref({ page: 'register', register: 'fund' })}>{t('budget.emptyLink')}</Anchor>
        </Alert>
      ) : null}
      {summary && summary.funds.length > 0 && totals ? (
        <>
          <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="sm">
            {cards.map(([key, fen]) => (
              <Card key={key} withBorder padding="sm" radius="md" data-testid={`budget-total-${key}`}>
                <Text size="xs" c="dimmed">
                  {t(`budget.${key}`)}
                </Text>
                <Text fw={700} fz="lg" ff="monospace" c={fen < 0 ? 'red' : undefined}>
                  {yuan(fen)}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          <Stack gap={6}>
            <BudgetBar line={totals} />
            <BudgetLegend />
          </Stack>
          <Tabs defaultValue="funds" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="funds">{t('budget.byFund')}</Tabs.Tab>
              <Tabs.Tab value="departments" data-testid="budget-tab-departments">
                {t('budget.byDepartment')}
              </Tabs.Tab>
              <Tabs.Tab value="allocations" data-testid="budget-tab-allocations">
                {t('budget.byAllocation')}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="funds" pt="sm">
              <BudgetLinesTable
                testId="budget-funds"
                nameHeader={t('budget.fund')}
                withTotal
                lines={summary.funds.map((f) => ({
                  ...f,
                  key: f.id,
                  name: (
                    <Anchor size="sm" href={routeHref({ page: 'register', register: 'fund', id: f.id })}>
                      {f.name}
                    </Anchor>
                  ),
                }))}
              />
            </Tabs.Panel>
            <Tabs.Panel value="departments" pt="sm">
              <BudgetLinesTable
                testId="budget-departments"
                nameHeader={t('budget.department')}
                lines={summary.departments.map((d) => ({
                  ...d,
                  key: d.department,
                  name: <Text size="sm">{departmentName(d.department)}</Text>,
                }))}
              />
            </Tabs.Panel>
            <Tabs.Panel value="allocations" pt="sm">
              <BudgetLinesTable
                testId="budget-allocations"
                nameHeader={t('budget.allocation')}
                lines={summary.allocations.map((a) => ({
                  ...a,
                  key: a.id,
                  name: (
                    <Anchor size="sm" href={routeHref({ page: 'register', register: 'allocation', id: a.id })}>
                      {a.title}
                    </Anchor>
                  ),
                }))}
              />
            </Tabs.Panel>
          </Tabs>
        </>
      ) : null}
    </Stack>
  );
}
