import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';
import { ageText } from '../../util/age';
import { formatDateTime } from '../../util/format';
import { errorMessage, notifySuccess } from '../../util/notify';
import { BackupProgress } from './BackupProgress';

const day = 24 * 3600_000;

/** When this installation was last backed up, what went wrong if an automatic backup failed, and a backup now. */
export function BackupNowCard({ status, onCreated }: { status: BackupStatus; onCreated: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { last, failure } = status;
  const stale = last && Date.now() - Date.parse(last.created!) > day;

  const create = async () => {
    setBusy(true);
    setProblem(null);
    setProgress(null);
    try {
      const b = await invoke('backup.create', note.trim() ? { note: note.trim() } : {}, setProgress);
      notifySuccess(t('backup.created', { file: b.file }));
      setNote('');
      onCreated();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="backup-now">
      <Stack gap="sm">
        <Title order={5}>{t('backup.last')}</Title>
        {last ? (
          <Text size="sm" data-testid="backup-last">
            <Text span fw={600}>
              {formatDateTime(last.created!)}
            </Text>{' '}
            · {ageText(last.created!, locale)} · {t(`backup.kind.${last.kind!}`)}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {t('backup.none')}
          </Text>
        )}
        {!last ? (
          <Alert color="yellow" data-testid="backup-none">
            {t('backup.noneYet')}
          </Alert>
        ) : stale ? (
          <Alert color="yellow">{t('backup.stale')}</Alert>
        ) : null}
        {failure ? (
          <Alert color="red" data-testid="backup-failure">
            {t('backup.failure', { at: formatDateTime(failure.at), message: locale === 'zh' ? failure.zh : failure.en })}
          </Alert>
        ) : null}
        <Group align="flex-end">
          <TextInput
            label={t('backup.note')}
            placeholder={t('backup.notePlaceholder')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            maxLength={500}
            w={320}
            disabled={busy}
            data-testid="backup-note"
          />
          <Button leftSection={<IconDatabaseExport size={16} />} onClick={create} loading={busy} data-testid="backup-create">
            {t('backup.create')}
          </Button>
        </Group>
        {busy ? <BackupProgress progress={progress} /> : null}
        {busy && !progress ? (
          <Text size="sm" c="dimmed">
            {t('backup.creating')}
          </Text>
        ) : null}
        {problem ? <Alert color="red">{problem}</Alert> : null}
      </Stack>
    </Card>
  );
}
