import { Group, Progress, Skeleton, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, PlanCompletion as Completion, RecordDto, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useLocale } from '../../i18n/useLocale';
import { DetailSection } from '../../registers/detail/DetailSection';
import { EnumBadge } from '../../registers/values/EnumBadge';
import { notifyError } from '../../util/notify';
import { yuan } from '../budget/yuan';

const share = (done: number, planned: number) => (planned > 0 ? Math.min(100, (done / planned) * 100) : 0);

/** Done against planned as a bar with the numbers beside it; green once the line is done. */
function DoneBar({ done, planned }: { done: number; planned: number }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={share(done, planned)} color={done >= planned ? 'green' : 'blue'} w={90} />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {done} / {planned}
      </Text>
    </Group>
  );
}

/** Beside an annual plan: each line's linked records against its planned count, and the plan's totals. */
export function PlanCompletion({ def, record }: { def: RegisterDef; record: RecordDto }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { registers, revision } = useAppData();
  const [completion, setCompletion] = useState<Completion | null | undefined>(undefined);
  // A change in any register whose records link to plan lines may change the figures.
  const revisions = registers
    .filter((r) => r.fields.some((f) => f.key === 'planLine'))
    .map((r) => revision(r.name))
    .join(',');
  const year = Number(record.values.year);
  const department = String(record.values.department);

  useEffect(() => {
    let live = true;
    invoke('annualPlans.completion', { year, department }).then(
      (r) => live && setCompletion(r.plans.find((p) => p.annualPlan === record.id) ?? null),
      notifyError,
    );
    return () => {
      live = false;
    };
  }, [year, department, record.id, record.meta.version, revisions]);

  const column = (key: string) => def.fields.find((f) => f.key === 'lines')?.columns?.find((c) => c.key === key);
  const kind = column('kind') as FieldDef;
  const money = (fen: number | null) => (fen === null ? '—' : yuan(fen));
  const totals = completion ? (
    <Group gap="xs" data-testid="plan-completion-total">
      <Text size="sm">{t('annualPlan.total')}</Text>
      <DoneBar done={completion.doneCount} planned={completion.plannedCount} />
    </Group>
  ) : null;

  return (
    <DetailSection title={t('annualPlan.completion')} aside={totals} testId="plan-completion">
      {completion === undefined ? <Skeleton h={60} /> : null}
      {completion?.lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('annualPlan.noLines')}
        </Text>
      ) : null}
      {completion?.lines.length ? (
        <Table.ScrollContainer minWidth={640} type="native">
          <Table verticalSpacing={6} fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{l(column('key')?.label)}</Table.Th>
                <Table.Th>{l(kind.label)}</Table.Th>
                <Table.Th>{l(column('description')?.label)}</Table.Th>
                <Table.Th>{t('annualPlan.done')}</Table.Th>
                <Table.Th ta="right">{l(column('budget')?.label)}</Table.Th>
                <Table.Th ta="right">{t('annualPlan.allocated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {completion.lines.map((line) => (
                <Table.Tr key={line.key} data-testid={`plan-line-${line.key}`}>
                  <Table.Td>{line.key}</Table.Td>
                  <Table.Td>
                    <EnumBadge field={kind} value={line.kind} />
                  </Table.Td>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td>
                    <DoneBar done={line.done} planned={line.plannedCount} />
                  </Table.Td>
                  <Table.Td ta="right">{money(line.budget)}</Table.Td>
                  <Table.Td ta="right">{money(line.allocated)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Text size="xs" c="dimmed">
        {t('annualPlan.hint')}
      </Text>
    </DetailSection>
  );
}
