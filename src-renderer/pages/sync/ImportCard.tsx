import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileHandle, SyncImportReport, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { files } from '../../api/files';
import { ChosenFile } from '../../files/ChosenFile';
import { ApiError } from '../../api/errors';
import { errorMessage } from '../../util/notify';
import { ImportReportView } from './ImportReportView';
import { StageSteps } from './StageSteps';
import { SyncProgress } from './SyncProgress';

type Step =
  | { at: 'idle' }
  /** The picked file being read (uploaded, in the web host), then verified and previewed. */
  | { at: 'verifying'; file?: FileHandle }
  | { at: 'preview'; file: FileHandle; report: SyncImportReport }
  | { at: 'writing'; file: FileHandle; report: SyncImportReport }
  | { at: 'done'; file: FileHandle; report: SyncImportReport }
  | { at: 'refused'; message: string };

/** Pick a bundle, see the preview (nothing written), confirm, read the report. */
export function ImportCard({
  authorName,
  onImported,
  onForked,
}: {
  authorName: (id: string) => string;
  onImported: () => void;
  onForked?: () => void;
}) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [progress, setProgress] = useState<WorkProgress | null>(null);

  const refused = (err: unknown) => {
    // Its own changes came back under numbers it holds others under: the page explains and offers re-enrolment.
    if (err instanceof ApiError && err.code === 'FORKED') onForked?.();
    setStep({ at: 'refused', message: errorMessage(err) });
  };

  const preview = async () => {
    setProgress(null);
    try {
      const file = await files.pick('bundle', (p) => {
        setStep({ at: 'verifying' });
        setProgress(p);
      });
      if (!file) return;
      setStep({ at: 'verifying', file });
      setProgress(null);
      setStep({ at: 'preview', file, report: await invoke('sync.preview', { file }, setProgress) });
    } catch (err) {
      refused(err);
    }
  };

  const confirm = async (file: FileHandle, previewed: SyncImportReport) => {
    setStep({ at: 'writing', file, report: previewed });
    setProgress(null);
    try {
      const report = await invoke('sync.import', { file }, setProgress);
      setStep({ at: 'done', file, report });
      onImported();
    } catch (err) {
      refused(err);
    }
  };

  // The stages of the import pipeline as the person lives them: the file read and its signatures checked (with the
  // dry run), the preview read, the one transaction written.
  const stage = { idle: -1, refused: -1, verifying: 0, preview: 1, writing: 2, done: 3 }[step.at];
  const busy = step.at === 'verifying' || step.at === 'writing';
  const file = 'file' in step ? step.file : undefined;

  return (
    <Card withBorder padding="md" data-testid="sync-import">
      <Stack gap="sm">
        <Title order={5}>{t('sync.import')}</Title>
        <Text size="sm" c="dimmed">
          {t('sync.importIntro')}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Button
            variant="default"
            leftSection={<IconFileImport size={16} />}
            onClick={() => void preview()}
            disabled={busy}
            data-testid="sync-import-file"
            style={{ flexShrink: 0 }}
          >
            {step.at === 'idle' || step.at === 'refused' ? t('sync.chooseFile') : t('sync.chooseAnother')}
          </Button>
          {file ? <ChosenFile file={file} testid="sync-import-chosen" /> : null}
        </Group>
        {stage >= 0 ? (
          <Stack gap={4}>
            <StageSteps stages={[t('sync.stage.verify'), t('sync.stage.preview'), t('sync.stage.write')]} active={stage} busy={busy} />
            {step.at === 'verifying' ? (
              <Text size="sm" c="dimmed">
                {file ? t('sync.previewing') : t('sync.reading')}
              </Text>
            ) : null}
            {busy ? <SyncProgress progress={progress} /> : null}
            {step.at === 'writing' ? (
              <Text size="sm" c="dimmed">
                {t('sync.importing')}
              </Text>
            ) : null}
          </Stack>
        ) : null}
        {step.at === 'refused' ? (
          <Alert color="red" data-testid="sync-import-refused">
            {step.message}
          </Alert>
        ) : null}
        {step.at === 'preview' || step.at === 'writing' ? (
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('sync.preview')}
            </Text>
            <ImportReportView report={step.report} authorName={authorName} />
            <Group>
              <Button onClick={() => confirm(step.file, step.report)} loading={step.at === 'writing'} data-testid="sync-import-confirm">
                {t('sync.confirm')}
              </Button>
              <Button variant="default" onClick={() => setStep({ at: 'idle' })} disabled={step.at === 'writing'}>
                {t('sync.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : null}
        {step.at === 'done' ? (
          <Stack gap="sm">
            <Text fw={600} size="sm">
              {t('sync.report')}
            </Text>
            <ImportReportView report={step.report} authorName={authorName} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
