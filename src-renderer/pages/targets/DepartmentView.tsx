import { Alert, Anchor, Group, Progress, Select, SimpleGrid, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlansCompletion, TargetResult } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { notifyError } from '../../util/notify';
import { TargetStatusBadge } from './TargetStatusBadge';
import { departmentShares, formatFigure } from './targetView';

interface Props {
  targets: TargetResult[];
  plan: string;
  year: number;
}

/** One department: its annual plan for the year against what it did, and its part in the plan's targets. */
export function DepartmentView({ targets, plan, year }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const departments = useDepartments();
  const { registers, revision, info } = useAppData();
  const [department, setDepartment] = useState<string | null>(null);
  // A department laptop starts on its own department; the office on the first one listed.
  const chosen = department ?? info.installation.departments[0] ?? departments.options[0]?.value ?? null;
  const [completion, setCompletion] = useState<PlansCompletion | null>(null);
  const revisions = registers.map((r) => revision(r.name)).join(',');

  useEffect(() => {
    if (!chosen) return;
    let live = true;
    setCompletion(null);
    invoke('annualPlans.completion', { year, department: chosen }).then((c) => live && setCompletion(c), notifyError);
    return () => {
      live = false;
    };
  }, [year, chosen, revisions]);

  const shares = chosen ? departmentShares(targets, chosen) : [];
  return (
    <Stack gap="md" data-testid="department-view">
      <Select
        label={t('targets.department')}
        data={departments.options}
        value={chosen}
        onChange={setDepartment}
        searchable
        allowDeselect={false}
        w={320}
        data-testid="department-picker"
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs">
          <Text fw={600}>{t('targets.annualPlan', { year })}</Text>
          {!completion ? <Skeleton h={60} /> : null}
          {completion && completion.plans.length === 0 ? (
            <Alert color="gray" data-testid="department-no-plan">
              {t('targets.noAnnualPlan', { year })}{' '}
              <Anchor size="sm" href={routeHref({ page: 'register', register: 'annualPlan' })}>
                {t('targets.annualPlans')}
              </Anchor>
            </Alert>
          ) : null}
          {completion?.plans.map((p) => (
            <Stack key={p.annualPlan} gap={4} data-testid={`department-plan-${p.annualPlan}`}>
              <Anchor size="sm" href={routeHref({ page: 'register', register: 'annualPlan', id: p.annualPlan })}>
                {p.title}
              </Anchor>
              <Group gap="xs" wrap="nowrap">
                <Progress
                  value={p.plannedCount ? Math.min(100, (p.doneCount / p.plannedCount) * 100) : 0}
                  color={p.doneCount >= p.plannedCount ? 'green' : 'blue'}
                  w={200}
                />
                <Text size="sm">{t('targets.doneOfPlanned', { done: p.doneCount, planned: p.plannedCount })}</Text>
              </Group>
            </Stack>
          ))}
        </Stack>
        <Stack gap="xs">
          <Text fw={600}>{t('targets.shareTitle')}</Text>
          {shares.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('targets.noShare')}
            </Text>
          ) : (
            <Table verticalSpacing={4} fz="sm" withTableBorder data-testid="department-shares">
              <Table.Thead style={{ whiteSpace: 'nowrap' }}>
                <Table.Tr>
                  <Table.Th>{t('targets.indicator')}</Table.Th>
                  <Table.Th ta="right">{t('targets.theirShare')}</Table.Th>
                  <Table.Th>{t('targets.statusHeader')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shares.map((s) => (
                  <Table.Tr key={s.target.target}>
                    <Table.Td>
                      <Text
                        size="sm"
                        span
                        fw={s.responsible ? 600 : undefined}
                        title={s.responsible ? t('targets.responsibleHint') : undefined}
                      >
                        {s.target.code}
                      </Text>{' '}
                      {l(s.target.title)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {s.count} /{' '}
                      {s.target.records ? (
                        <Anchor size="sm" href={routeHref({ page: 'targetRecords', target: s.target.target, plan, year })}>
                          {s.total}
                        </Anchor>
                      ) : (
                        s.total
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <TargetStatusBadge status={s.target.status} reason={s.target.statusReason} />
                      {s.target.actual !== null ? (
                        <Text span size="xs" c="dimmed" ml={6}>
                          {formatFigure(s.target.kind, s.target.actual)}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}
