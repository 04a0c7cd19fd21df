import { Alert, Anchor, Badge, Button, Group, Select, Skeleton, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepartmentEvaluation, EvaluationTable } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { routeHref, type Route } from '../../app/useHashRoute';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../util/format';
import { errorMessage, notifyError, notifySuccess } from '../../util/notify';
import { saveTable } from '../../util/saveTable';
import { AdjustSuggestionModal } from './AdjustSuggestionModal';
import { evaluationHeaderKeys, evaluationRows, evaluationTable } from './evaluationSheet';
import { effectiveSuggestion, suggestionColor } from './targetView';

const thisYear = new Date().getFullYear();
const recentYears = Array.from({ length: 12 }, (_, i) => thisYear + 1 - i);

interface Props {
  plan?: string;
  year?: number;
  navigate: (route: Route) => void;
}

/**
 * For the annual foreign affairs meeting: each department's plan completion and results, the incentive or
 * cut the plan's rule suggests, the office's adjustment with its reason, and the table as a spreadsheet.
 */
export function EvaluationPage({ plan, year = thisYear, navigate }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const departments = useDepartments();
  const { info, findRegister, registers, revision } = useAppData();
  const [table, setTable] = useState<EvaluationTable | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<DepartmentEvaluation | null>(null);
  const [reloads, setReloads] = useState(0);
  const revisions = registers.map((r) => revision(r.name)).join(',');
  // The suggestion is the office's to adjust; departments and leadership read it.
  const mayAdjust = !info.readOnly && info.installation.role === 'office';

  useEffect(() => {
    let live = true;
    setProblem(null);
    invoke('targets.evaluation', { ...(plan ? { plan } : {}), year }).then(
      (r) => live && setTable(r),
      (err: unknown) => live && setProblem(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [plan, year, revisions, reloads]);

  const registerName = (name: string) => l(findRegister(name)?.label) || name;
  const exportXlsx = async () => {
    if (!table) return;
    const rows = evaluationRows(table, {
      headers: evaluationHeaderKeys.map((k) => t(`evaluation.col.${k}`)),
      department: departments.name,
      register: registerName,
      suggestion: (s) => t(`evaluation.suggestion.${s}`),
      reason: (d) => l(d.suggestionReason),
      separator: t('value.separator'),
    });
    const name = t('evaluation.fileName', { year: table.year });
    try {
      const file = await saveTable(evaluationTable(rows, name));
      if (file) notifySuccess(t('xlsx.saved', { name: file.name }));
    } catch (err) {
      notifyError(err);
    }
  };
  const years = [...new Set([...recentYears, year])].sort((a, b) => b - a).map(String);

  return (
    <Stack gap="lg" data-testid="evaluation-page">
      <Anchor href={routeHref({ page: 'overview', ...(plan ? { plan } : {}), year })} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t('targets.back')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3}>{t('evaluation.title')}</Title>
          <Text c="dimmed" size="sm" maw={760}>
            {t('evaluation.intro')}
          </Text>
        </div>
        <Group gap="sm" align="flex-end">
          <Select
            label={t('targets.year')}
            data={years}
            value={String(year)}
            allowDeselect={false}
            w={100}
            data-testid="evaluation-year"
            onChange={(v) => v && navigate({ page: 'evaluation', ...(plan ? { plan } : {}), year: Number(v) })}
          />
          <Button
            variant="default"
            leftSection={<IconDownload size={16} />}
            onClick={() => void exportXlsx()}
            disabled={!table?.departments.length}
            data-testid="evaluation-export"
          >
            {t('evaluation.export')}
          </Button>
        </Group>
      </Group>
      {problem ? <Alert color="red">{problem}</Alert> : null}
      {!table && !problem ? <Skeleton h={240} /> : null}
      {table && table.departments.length === 0 ? (
        <Alert color="blue" data-testid="evaluation-empty">
          {t('evaluation.empty', { year })}
        </Alert>
      ) : null}
      {table && table.departments.length > 0 ? (
        <Table.ScrollContainer minWidth={1000} type="native">
          <Table verticalSpacing={6} fz="sm" withTableBorder striped data-testid="evaluation-table">
            <Table.Thead style={{ whiteSpace: 'nowrap' }}>
              <Table.Tr>
                <Table.Th>{t('evaluation.col.department')}</Table.Th>
                <Table.Th ta="right">{t('evaluation.col.completion')}</Table.Th>
                <Table.Th>{t('evaluation.col.results')}</Table.Th>
                <Table.Th>{t('evaluation.col.responsibleTargets')}</Table.Th>
                <Table.Th>{t('evaluation.col.final')}</Table.Th>
                <Table.Th>{t('evaluation.col.note')}</Table.Th>
                {mayAdjust ? <Table.Th /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.departments.map((d) => {
                const final = effectiveSuggestion(d);
                return (
                  <Table.Tr key={d.department} data-testid={`evaluation-${d.department}`}>
                    <Table.Td fw={500}>{departments.name(d.department)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {d.completion === null ? (
                        <Text span size="sm" c="dimmed">
                          {t('evaluation.noPlan')}
                        </Text>
                      ) : (
                        <>
                          {Math.round(d.completion * 100)}%{' '}
                          <Text span size="xs" c="dimmed">
                            ({d.doneCount}/{d.plannedCount})
                          </Text>
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {d.results
                        .filter((r) => r.count > 0)
                        .map((r) => `${registerName(r.register)} ${r.count}`)
                        .join(t('value.separator')) || '—'}
                    </Table.Td>
                    <Table.Td>{d.responsibleTargets.join(t('value.separator')) || '—'}</Table.Td>
                    <Table.Td miw={150}>
                      <Tooltip label={l(d.suggestionReason)} multiline maw={360} withArrow>
                        <Badge
                          tt="none"
                          color={suggestionColor[final]}
                          variant={d.adjustedSuggestion ? 'filled' : 'light'}
                          maw="none"
                          data-testid={`evaluation-suggestion-${d.department}`}
                          data-suggestion={final}
                        >
                          {t(`evaluation.suggestion.${final}`)}
                        </Badge>
                      </Tooltip>
                      {d.adjustedSuggestion ? (
                        <Text size="xs" c="dimmed" data-testid={`evaluation-computed-${d.department}`} data-suggestion={d.suggestion}>
                          {t('evaluation.wasComputed', { suggestion: t(`evaluation.suggestion.${d.suggestion}`) })}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      {d.adjustmentNote || (
                        <Text span size="xs" c="dimmed">
                          {l(d.suggestionReason)}
                        </Text>
                      )}
                    </Table.Td>
                    {mayAdjust ? (
                      <Table.Td>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => setEditing(d)}
                          data-testid={`evaluation-adjust-${d.department}`}
                        >
                          {t('evaluation.adjust')}
                        </Button>
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {table ? (
        <Text size="xs" c="dimmed">
          {t('targets.asOf', { time: formatDateTime(table.asOf) })}
        </Text>
      ) : null}
      {editing ? (
        <AdjustSuggestionModal
          row={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setReloads((n) => n + 1);
          }}
        />
      ) : null}
    </Stack>
  );
}
