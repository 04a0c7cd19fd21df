import { Alert, Button, Card, FileInput, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncImportReport } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { errorMessage } from '../../util/notify';
import { readAsBase64 } from '../../util/files';
import { ImportReportView } from './ImportReportView';

type Step =
  | { at: 'idle' }
  | { at: 'working'; label: string }
  | { at: 'preview'; upload: { name: string; base64: string }; report: SyncImportReport }
  | { at: 'done'; report: SyncImportReport }
  | { at: 'refused'; message: string };

/** Pick a bundle, see the preview (nothing written), confirm, read the report. */
export function ImportCard({ authorName, onImported }: { authorName: (id: string) => string; onImported: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ at: 'idle' });

  const preview = async (picked: File | null) => {
    setFile(picked);
    if (!picked) return setStep({ at: 'idle' });
    setStep({ at: 'working', label: t('sync.previewing') });
    try {
      const upload = { name: picked.name, base64: await readAsBase64(picked) };
      setStep({ at: 'preview', upload, report: await invoke('sync.preview', upload) });
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  const confirm = async (upload: { name: string; base64: string }) => {
    setStep({ at: 'working', label: t('sync.importing') });
    try {
      const report = await invoke('sync.import', upload);
      setStep({ at: 'done', report });
      setFile(null);
      onImported();
    } catch (err) {
      setStep({ at: 'refused', message: errorMessage(err) });
    }
  };

  return (
    <Card withBorder padding="md" data-testid="sync-import">
      <Stack gap="sm">
        <Title order={5}>{t('sync.import')}</Title>
        <Text size="sm" c="dimmed">{t('sync.importIntro')}</Text>
        <FileInput accept=".waiban" placeholder={t('sync.chooseFile')} value={file} onChange={preview} clearable
          leftSection={<IconFileImport size={16} />} disabled={step.at === 'working'} data-testid="sync-import-file" maw={420} />
        {step.at === 'working' ? (
          <Stack gap={4}>
            <Text size="sm">{step.label}</Text>
            <Progress value={100} striped animated />
          </Stack>
        ) : null}
        {step.at === 'refused' ? <Alert color="red" data-testid="sync-import-refused">{step.message}</Alert> : null}
        {step.at === 'preview' ? (
          <Stack gap="sm">
            <Text fw={600} size="sm">{t('sync.preview')}</Text>
            <ImportReportView report={step.report} authorName={authorName} />
            <Group>
              <Button onClick={() => confirm(step.upload)} data-testid="sync-import-confirm">{t('sync.confirm')}</Button>
              <Button variant="default" onClick={() => preview(null)}>{t('sync.cancel')}</Button>
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
