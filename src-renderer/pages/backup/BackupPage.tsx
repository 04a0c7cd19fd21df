import { Alert, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, BackupStatus } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { formatDateTime } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { BackupList } from './BackupList';
import { BackupNowCard } from './BackupNowCard';
import { BackupSettingsCard } from './BackupSettingsCard';

/**
 * `#/backup`: when this installation was last backed up, a backup now, the backups in the backup folder (check,
 * restore) and the settings. After a restore, what to do next so sync picks up where the backup left off.
 */
export function BackupPage() {
  const { t } = useTranslation();
  const { info } = useAppData();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const load = useCallback(
    () =>
      Promise.all([invoke('backup.status', {}), invoke('backup.list', {})]).then(
        ([s, list]) => (setStatus(s), setBackups(list)),
        (err: unknown) => setProblem(errorMessage(err)),
      ),
    [],
  );
  useEffect(() => void load(), [load]);

  if (problem) return <Alert color="red">{problem}</Alert>;
  if (!status || !backups) return <Skeleton h={400} />;
  return (
    <Stack gap="md" data-testid="backup-page">
      <div>
        <Title order={3}>{t('backup.title')}</Title>
        <Text c="dimmed" size="sm" maw={860}>
          {t('backup.intro')}
        </Text>
      </div>
      {status.restored ? (
        <Alert color="blue" data-testid="backup-restored">
          <Text size="sm">
            {t('backup.restored', { at: formatDateTime(status.restored.at), backup: formatDateTime(status.restored.backupCreated) })}
          </Text>
          <Text size="sm" mt={4}>
            {t(info.installation.role === 'office' ? 'backup.restoredOffice' : 'backup.restoredLaptop')}
          </Text>
        </Alert>
      ) : null}
      <BackupNowCard status={status} onCreated={() => void load()} />
      <BackupList backups={backups} folder={status.folder} />
      <BackupSettingsCard status={status} onSaved={(s) => (setStatus(s), void load())} />
    </Stack>
  );
}
