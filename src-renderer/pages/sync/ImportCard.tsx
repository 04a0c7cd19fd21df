import { Alert, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncImportReport, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { errorMessage } from '../../util/notify';
import { readAsBase64 } from '../../util/files';
import { ImportReportView } from './ImportReportView';
import { StageSteps } from './StageSteps';
import { SyncProgress } from './SyncProgress';

type Step =
  | { at: 'idle' }
  | { at: 'verifying' }
  | { at: 'preview'; upload: { name: string; base64: string }; report: SyncImportReport }
  | { at: 'writing'; upload: { name: string; base64: string }; report: SyncImportReport }
  | { at: 'done'; report: SyncImportReport }
  | { at: 'refused'; message: string };

/** Pick a bundle, see the preview (nothing written), confirm, read the report. */
export function ImportCard({ authorName, onImported }: { authorName: (id: string) => string; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [progress, setProgress] = useState<WorkProgress | null>(null);

  const preview = async (picked: File | null) => {
    setFile(picked);
    if (!picked) return setStep({ at: 'idle' });
    setStep({ at: 'verifying' });
    setProgress(null);
    try {
      const upload = { name: picked.name, base64: await readAsBase64(picked) };
      setStep({ at: 'preview', upload, report: await invoke('sync.preview', upload, setProgress) });
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const confirm = async (upload: { name: string; base64: string }, previewed: SyncImportReport) => {
    setStep({ at: 'writing', upload, report: previewed });
    setProgress(null);
    try {
      const report = await invoke('sync.import', upload, setProgress);
      setStep({ at: 'done', report });
      setFile(null);
      onImported();
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  // The stages of the import pipeline as the person lives them: signatures checked (with the dry run), the preview
  // read, the one transaction written.
  const stage = { idle: -1, refused: -1, verifying: 0, preview: 1, writing: 2, done: 3 }[step.at];

  return (
    <Card withBorder padding="md" data-testid="sync-import">
      <Stack gap="sm">
        <Title order={5}>{t('sync.import')}</Title>
        <Text size="sm" c="dimmed">{t('sync.importIntro')}</Text>
        <FileInput accept=".waiban" placeholder={t('sync.chooseFile')} value={file} onChange={preview} clearable
          leftSection={<IconFileImport size={16} />} disabled={step.at === 'verifying' || step.at === 'writing'} data-testid="sync-import-file" maw={420} />
        {stage >= 0 ? (
          <Stack gap={4}>
            <StageSteps stages={[t('sync.stage.verify'), t('sync.stage.preview'), t('sync.stage.write')]} active={stage} busy={step.at === 'verifying' || step.at === 'writing'} />
            {step.at === 'verifying' ? <Text size="sm" c="dimmed">{t('sync.previewing')}</Text> : null}
            {step.at === 'verifying' || step.at === 'writing' ? <SyncProgress progress={progress} /> : null}
            {step.at === 'writing' ? <Text size="sm" c="dimmed">{t('sync.importing')}</Text> : null}
          </Stack>
        ) : null}
        {step.at === 'refused' ? <Alert color="red" data-testid="sync-import-refused">{step.message}</Alert> : null}
        {step.at === 'preview' || step.at === 'writing' ? (
          <Stack gap="sm">
            <Text fw={600} size="sm">{t('sync.preview')}</Text>
            <ImportReportView report={step.report} authorName={authorName} />
            <Group>
              <Button onClick={() => confirm(step.upload, step.report)} loading={step.at === 'writing'} data-testid="sync-import-confirm">{t('sync.confirm')}</Button>
              <Button variant="default" onClick={() => preview(null)} disabled={step.at === 'writing'}>{t('sync.cancel')}</Button>
            </Group>
          </Stack>
        ) : null}
        {step.at === 'done' ? (
          <Stack gap="sm">
            <Text fw={600} size="sm">{t('sync.report')}</Text>
            <ImportReportView report={step.report} authorName={authorName} />
          </Stack>
        ) : null}
      </Stack>
    </Card>
  );
}
