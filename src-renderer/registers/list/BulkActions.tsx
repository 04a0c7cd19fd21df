import { Anchor, Button, Group, List, Modal, Paper, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { IconBuildingCommunity, IconTableExport, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkActionInput, BulkReport, ListQuery, RegisterDef, WorkProgress as Reported } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { saveFile } from '../../api/files';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { registerExportFileName } from '../../util/fileNames';
import { notifyError, notifySuccess } from '../../util/notify';
import { WorkProgress } from '../xlsx/WorkProgress';
import type { SelectionState } from './useSelection';

interface Props {
  def: RegisterDef;
  query: Omit<ListQuery, 'after' | 'limit'>;
  selection: SelectionState;
  total: number | null;
  canWrite: boolean;
  onChanged: () => void;
}

type Step =
  | { kind: 'confirmDelete' }
  | { kind: 'assign'; department: string | null }
  | { kind: 'running'; progress?: Reported }
  | { kind: 'report'; report: BulkReport };

/**
 * What can be done to the rows ticked in a list (or every record it matches): export them, delete them, or (the office)
 * assign them to a department. Each record is changed on its own through the gate; the report names every refusal.
 */
export function BulkActions({ def, query, selection, total, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { info } = useAppData();
  const departments = useDepartments();
  const [step, setStep] = useState<Step | null>(null);
  const [exporting, setExporting] = useState(false);
  const { count } = selection;
  const chosen = selection.selection;
  const assignable = canWrite && info.installation.role === 'office' && 'field' in def.ownership;
  const records: Pick<BulkActionInput, 'ids' | 'matching'> =
    chosen.kind === 'ids' ? { ids: [...chosen.ids] } : { matching: { search: query.search, filters: query.filters, ids: query.ids } };

  const run = async (action: BulkActionInput['action']) => {
    setStep({ kind: 'running' });
    try {
      const report = await invoke('records.bulk', { register: def.name, action, ...records }, (progress) =>
        setStep({ kind: 'running', progress }),
      );
      setStep({ kind: 'report', report });
      selection.clear();
    } catch (err) {
      setStep(null);
      notifyError(err);
    } finally {
      onChanged();
    }
  };

  const exportChosen = async () => {
    setExporting(true);
    try {
      const { register, search, filters, sort } = query;
      const ids = chosen.kind === 'ids' ? [...chosen.ids] : query.ids;
      const file = await saveFile('sheet', registerExportFileName(def.label.zh), (target) =>
        invoke('xlsx.export', { register, search, filters, sort, ...(ids ? { ids } : {}), target }),
      );
      if (file) notifySuccess(t('xlsx.saved', { name: file.name }));
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  if (count === 0 && !step) return null;
  return (
    <>
      {count > 0 ? (
        <Paper withBorder radius="md" px="sm" py={6} bg="var(--mantine-primary-color-light)" data-testid="bulk-bar">
          <Group gap="sm" wrap="wrap">
            <Text size="sm" fw={600} data-testid="bulk-count" data-count={count}>
              {t('bulk.selected', { count })}
            </Text>
            {chosen.kind === 'matching' ? (
              <Text size="sm">{t('bulk.allMatchingSelected', { count })}</Text>
            ) : selection.page === 'all' && total !== null && total > count ? (
              <Text size="sm">
                {t('bulk.allLoadedSelected', { count })}{' '}
                <Anchor component="button" size="sm" onClick={selection.selectMatching} data-testid="select-matching">
                  {t('bulk.selectAllMatching', { count: total })}
                </Anchor>
              </Text>
            ) : null}
            <Group gap="xs" ml="auto">
              <Button
                size="xs"
                variant="default"
                leftSection={<IconTableExport size={14} />}
                loading={exporting}
                onClick={() => void exportChosen()}
                data-testid="bulk-export"
              >
                {t('bulk.export')}
              </Button>
              {assignable ? (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconBuildingCommunity size={14} />}
                  onClick={() => setStep({ kind: 'assign', department: null })}
                  data-testid="bulk-assign"
                >
                  {t('bulk.assign')}
                </Button>
              ) : null}
              {canWrite ? (
                <Button
                  size="xs"
                  variant="default"
                  color="red"
                  leftSection={<IconTrash size={14} />}
                  onClick={() => setStep({ kind: 'confirmDelete' })}
                  data-testid="bulk-delete"
                >
                  {t('bulk.delete')}
                </Button>
              ) : null}
              <Button size="xs" variant="subtle" leftSection={<IconX size={14} />} onClick={selection.clear} data-testid="bulk-clear">
                {t('bulk.clear')}
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}

      <Modal opened={step?.kind === 'confirmDelete'} onClose={() => setStep(null)} title={t('bulk.confirmDeleteTitle', { count })} centered>
        <Text size="sm">{t('bulk.confirmDeleteBody', { count })}</Text>
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setStep(null)} data-autofocus>
            {t('form.cancel')}
          </Button>
          <Button color="red" onClick={() => void run({ kind: 'delete' })} data-testid="bulk-confirm-delete">
            {t('bulk.confirmDelete', { count })}
          </Button>
        </Group>
      </Modal>

      <Modal opened={step?.kind === 'assign'} onClose={() => setStep(null)} title={t('bulk.assignTitle', { count })} centered>
        <Select
          data-testid="bulk-department"
          label={t('bulk.assignDepartment')}
          data={departments.options}
          searchable
          value={step?.kind === 'assign' ? step.department : null}
          onChange={(department) => setStep({ kind: 'assign', department })}
          nothingFoundMessage={t('form.nothingFound')}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={() => setStep(null)}>
            {t('form.cancel')}
          </Button>
          <Button
            disabled={step?.kind !== 'assign' || !step.department}
            data-testid="bulk-confirm-assign"
            onClick={() =>
              step?.kind === 'assign' && step.department && void run({ kind: 'assignDepartment', department: step.department })
            }
          >
            {t('bulk.confirmAssign', { count })}
          </Button>
        </Group>
      </Modal>

      <Modal
        opened={step?.kind === 'running'}
        onClose={() => undefined}
        withCloseButton={false}
        closeOnClickOutside={false}
        closeOnEscape={false}
        centered
      >
        {step?.kind === 'running' ? <WorkProgress label={t('bulk.working', { count })} progress={step.progress} /> : null}
      </Modal>

      <Modal opened={step?.kind === 'report'} onClose={() => setStep(null)} title={t('bulk.reportTitle')} centered size="lg">
        {step?.kind === 'report' ? (
          <Stack gap="xs" data-testid="bulk-report">
            <Text size="sm" c="green.8" data-testid="bulk-done" data-count={step.report.done.length}>
              {t('bulk.done', { count: step.report.done.length })}
            </Text>
            {step.report.unchanged.length ? (
              <Text size="sm" c="dimmed">
                {t('bulk.unchanged', { count: step.report.unchanged.length })}
              </Text>
            ) : null}
            {step.report.refused.length ? (
              <>
                <Text size="sm" c="red.8" fw={500} data-testid="bulk-refused" data-count={step.report.refused.length}>
                  {t('bulk.refused', { count: step.report.refused.length })}
                </Text>
                <ScrollArea.Autosize mah={320}>
                  <List size="sm" spacing={4}>
                    {step.report.refused.map((r) => (
                      <List.Item key={r.id}>
                        <Text span size="sm" fw={500}>
                          {r.title || r.id}
                        </Text>
                        {t('history.separator')}
                        {l(r.message)}
                      </List.Item>
                    ))}
                  </List>
                </ScrollArea.Autosize>
              </>
            ) : null}
            <Group justify="flex-end" mt="sm">
              <Button onClick={() => setStep(null)} data-testid="bulk-report-close">
                {t('bulk.close')}
              </Button>
            </Group>
          </Stack>
        ) : null}
      </Modal>
    </>
  );
}
