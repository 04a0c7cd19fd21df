import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ColumnMapping,
  FileHandle,
  RegisterDef,
  SheetImportReport,
  ValueMapping,
  WorkProgress as Reported,
} from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { files, saveFile } from '../../api/files';
import { ChosenFile } from '../../files/ChosenFile';
import { useLocale } from '../../i18n/useLocale';
import { refusedRowsFileName } from '../../util/fileNames';
import { errorMessage, notifyError, notifySuccess } from '../../util/notify';
import { ImportReportView } from './ImportReportView';
import { ValueMappingView } from './ValueMappingView';
import { WorkProgress } from './WorkProgress';

type Step =
  | { step: 'pick'; problem?: string }
  /** `progress`: the file's bytes read (an upload, in the web host), then the rows checked. */
  | { step: 'checking'; file?: FileHandle; progress?: Reported }
  /**
   * `mapping` holds the person's changes to the columns the headers proposed, `valueMapping` the options chosen for
   * values that name none; the write uses the same.
   */
  | {
      step: 'preview';
      file: FileHandle;
      report: SheetImportReport;
      mapping: ColumnMapping;
      valueMapping: ValueMapping;
      remapping?: boolean;
      problem?: string;
    }
  | { step: 'writing'; rows: number; progress?: Reported }
  | { step: 'done'; report: SheetImportReport; file: FileHandle; mapping: ColumnMapping; valueMapping: ValueMapping };

interface Props {
  def: RegisterDef;
  onClose: () => void;
  /** After rows were written, so the list reloads. */
  onImported: () => void;
}

/**
 * Import from Excel: pick a file, read the dry run's report (what would be added, updated, left alone, and every
 * refused cell with its row and reason), then write or go back. Nothing is written before the confirmation, and a
 * write takes the same rows the dry run accepted; refused rows are never written (as with `waiban xlsx import`).
 */
export function ImportWizard({ def, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [state, setState] = useState<Step>({ step: 'pick' });
  /** Bumped on every new file and on close, so an answer for a file no longer shown is dropped. */
  const attempt = useRef(0);

  const check = async () => {
    const mine = ++attempt.current;
    const shown = (next: Step) => {
      if (mine === attempt.current) setState(next);
    };
    try {
      const file = await files.pick('sheet', (progress) => shown({ step: 'checking', progress }));
      if (!file) return;
      shown({ step: 'checking', file });
      const report = await invoke('xlsx.preview', { register: def.name, file }, (progress) => shown({ step: 'checking', file, progress }));
      shown({ step: 'preview', file, report, mapping: {}, valueMapping: {} });
    } catch (err) {
      if (mine === attempt.current) setState({ step: 'pick', problem: errorMessage(err) });
    }
  };

  /** The mapping changed: the dry run runs again with it; a mapping refused (two columns on one field) keeps the last one. */
  const recheck = async (shown: Extract<Step, { step: 'preview' }>, mapping: ColumnMapping, valueMapping: ValueMapping) => {
    const mine = ++attempt.current;
    setState({ ...shown, remapping: true, problem: undefined });
    try {
      const report = await invoke('xlsx.preview', { register: def.name, file: shown.file, mapping, valueMapping });
      if (mine === attempt.current) setState({ step: 'preview', file: shown.file, report, mapping, valueMapping });
    } catch (err) {
      if (mine === attempt.current) setState({ ...shown, remapping: false, problem: errorMessage(err) });
    }
  };

  /** A column read into another field: the values chosen for it meant the old field's options. */
  const remapColumn = (shown: Extract<Step, { step: 'preview' }>, column: string, field: string | null) => {
    const { [column]: _dropped, ...valueMapping } = shown.valueMapping;
    void recheck(shown, { ...shown.mapping, [column]: field }, valueMapping);
  };

  const remapValue = (shown: Extract<Step, { step: 'preview' }>, column: string, text: string, option: string | null) => {
    const { [text]: _old, ...values } = shown.valueMapping[column] ?? {};
    const valueMapping = { ...shown.valueMapping, [column]: option === null ? values : { ...values, [text]: option } };
    if (!Object.keys(valueMapping[column]!).length) delete valueMapping[column];
    void recheck(shown, shown.mapping, valueMapping);
  };

  const write = async (file: FileHandle, mapping: ColumnMapping, valueMapping: ValueMapping, rows: number) => {
    setState({ step: 'writing', rows });
    try {
      const report = await invoke('xlsx.import', { register: def.name, file, mapping, valueMapping }, (progress) =>
        setState({ step: 'writing', rows, progress }),
      );
      if (report.written) onImported();
      setState({ step: 'done', report, file, mapping, valueMapping });
    } catch (err) {
      setState({ step: 'pick', problem: errorMessage(err) });
    }
  };

  const [savingRefused, setSavingRefused] = useState(false);
  /** The refused rows with their reasons, as a workbook saved where the person chooses, to fix and import again. */
  const saveRefused = async ({ file, mapping, valueMapping }: { file: FileHandle; mapping: ColumnMapping; valueMapping: ValueMapping }) => {
    setSavingRefused(true);
    try {
      const saved = await saveFile('sheet', refusedRowsFileName(def.label.zh), (target) =>
        invoke('xlsx.refusedRows', { register: def.name, file, mapping, valueMapping, target }),
      );
      if (saved) notifySuccess(t('xlsx.refusedRowsSaved', { name: saved.name }));
    } catch (err) {
      notifyError(err);
    } finally {
      setSavingRefused(false);
    }
  };
  const refusedButton = (from: { file: FileHandle; mapping: ColumnMapping; valueMapping: ValueMapping }) => (
    <Button
      variant="default"
      leftSection={<IconDownload size={16} />}
      loading={savingRefused}
      data-testid="xlsx-refused-rows"
      onClick={() => void saveRefused(from)}
    >
      {t('xlsx.refusedRows')}
    </Button>
  );

  const close = () => {
    attempt.current++;
    onClose();
  };
  const busy = state.step === 'writing';
  const refusedRows = (report: SheetImportReport) => new Set(report.rowsRefused.map((r) => r.row)).size;

  return (
    <Modal
      opened
      onClose={busy ? () => {} : close}
      withCloseButton={!busy}
      closeOnClickOutside={false}
      size="xl"
      title={t('xlsx.wizardTitle', { register: l(def.label) })}
      data-testid="xlsx-wizard"
    >
      {state.step === 'pick' ? (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('xlsx.pickIntro')}
          </Text>
          <Group>
            <Button data-testid="xlsx-file" variant="default" leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void check()}>
              {t('xlsx.pickPlaceholder')}
            </Button>
          </Group>
          {state.problem ? (
            <Alert color="red" data-testid="xlsx-problem">
              {state.problem}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
      {state.step === 'checking' ? (
        <Stack gap="xs">
          {state.file ? <ChosenFile file={state.file} /> : null}
          <WorkProgress label={state.file ? t('xlsx.checking') : t('xlsx.reading')} progress={state.progress} />
        </Stack>
      ) : null}
      {state.step === 'writing' ? <WorkProgress label={t('xlsx.writing', { count: state.rows })} progress={state.progress} /> : null}
      {state.step === 'preview' ? (
        <Stack gap="md">
          <ChosenFile file={state.file} testid="xlsx-chosen" />
          <ImportReportView
            report={state.report}
            remapping={state.remapping}
            onMapColumn={(column, field) => remapColumn(state, column, field)}
          >
            {state.report.columnValues.length ? (
              <ValueMappingView
                columns={state.report.columnValues}
                remapping={state.remapping}
                onMapValue={(column, text, option) => remapValue(state, column, text, option)}
              />
            ) : null}
          </ImportReportView>
          {state.problem ? (
            <Alert color="red" data-testid="xlsx-map-problem">
              {state.problem}
            </Alert>
          ) : null}
          {state.report.rowsRefused.length && state.report.rowsOk ? (
            <Text size="sm" c="dimmed">
              {t('xlsx.fixHint')}
            </Text>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-testid="xlsx-cancel">
              {t('xlsx.cancel')}
            </Button>
            <Button variant="default" onClick={() => void check()} data-testid="xlsx-pick-again">
              {t('xlsx.pickAgain')}
            </Button>
            {state.report.rowsRefused.length ? refusedButton(state) : null}
            {state.report.rowsOk ? (
              <Button
                data-testid="xlsx-confirm"
                disabled={state.remapping}
                color={state.report.rowsRefused.length ? 'orange' : undefined}
                onClick={() => void write(state.file, state.mapping, state.valueMapping, state.report.rowsOk)}
              >
                {state.report.rowsRefused.length
                  ? t('xlsx.confirmValid', { count: state.report.rowsOk })
                  : t('xlsx.confirm', { count: state.report.rowsOk })}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : null}
      {state.step === 'done' ? (
        <Stack gap="md">
          <Alert color="green" data-testid="xlsx-done">
            {t('xlsx.done', { created: state.report.created, updated: state.report.updated, unchanged: state.report.unchanged })}
            {refusedRows(state.report) ? ` ${t('xlsx.doneSkipped', { count: refusedRows(state.report) })}` : ''}
          </Alert>
          <Group justify="flex-end">
            {state.report.rowsRefused.length ? refusedButton(state) : null}
            <Button onClick={close} data-testid="xlsx-close">
              {t('xlsx.close')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
