import { Alert, Button, Card, Divider, Group, NumberInput, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { errorMessage, notifySuccess } from '../../util/notify';

/**
 * Where backups go (a folder the office types, e.g. on a USB disk: a native folder picker can take its place later),
 * how many are kept, from what size an import is preceded by one, and how the private key goes into them.
 */
export function BackupSettingsCard({ status, onSaved }: { status: BackupStatus; onSaved: (s: BackupStatus) => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState(status.settings.folder ?? '');
  const [keep, setKeep] = useState({
    keepDaily: status.settings.keepDaily,
    keepWeekly: status.settings.keepWeekly,
    keepMonthly: status.settings.keepMonthly,
  });
  const [threshold, setThreshold] = useState(status.settings.importThreshold);
  const [passphrase, setPassphrase] = useState({ first: '', again: '' });
  const [busy, setBusy] = useState<'settings' | 'passphrase' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async (what: 'settings' | 'passphrase') => {
    setBusy(what);
    setProblem(null);
    try {
      if (what === 'settings') {
        onSaved(await invoke('backup.settings', { folder: folder.trim() || null, ...keep, importThreshold: threshold }));
        notifySuccess(t('backup.saved'));
      } else {
        onSaved(await invoke('backup.passphrase', { passphrase: passphrase.first }));
        setPassphrase({ first: '', again: '' });
        notifySuccess(t('backup.passphraseSet'));
      }
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const count = (value: string | number) => (typeof value === 'number' ? value : 0);
  const mismatch = passphrase.again !== '' && passphrase.again !== passphrase.first;
  return (
    <Card withBorder padding="md" data-testid="backup-settings">
      <Stack gap="sm">
        <Title order={5}>{t('backup.settings')}</Title>
        <TextInput
          label={t('backup.folder')}
          description={t('backup.folderHint', { default: status.defaultFolder })}
          placeholder={status.defaultFolder}
          value={folder}
          onChange={(e) => setFolder(e.currentTarget.value)}
          data-testid="backup-folder"
        />
        <Text size="sm" fw={500}>
          {t('backup.keep')}
        </Text>
        <SimpleGrid cols={3}>
          <NumberInput
            label={t('backup.keepDaily')}
            min={0}
            max={366}
            value={keep.keepDaily}
            onChange={(v) => setKeep({ ...keep, keepDaily: count(v) })}
          />
          <NumberInput
            label={t('backup.keepWeekly')}
            min={0}
            max={520}
            value={keep.keepWeekly}
            onChange={(v) => setKeep({ ...keep, keepWeekly: count(v) })}
          />
          <NumberInput
            label={t('backup.keepMonthly')}
            min={0}
            max={1200}
            value={keep.keepMonthly}
            onChange={(v) => setKeep({ ...keep, keepMonthly: count(v) })}
          />
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('backup.keepNote')}
        </Text>
        <NumberInput
          label={t('backup.importThreshold')}
          min={1}
          max={100_000_000}
          value={threshold}
          onChange={(v) => setThreshold(count(v) || 1)}
          w={440}
          thousandSeparator=","
        />
        <Group justify="flex-end">
          <Button onClick={() => void run('settings')} loading={busy === 'settings'} data-testid="backup-save">
            {t('backup.save')}
          </Button>
        </Group>
        <Divider />
        <Title order={6}>{t('backup.key')}</Title>
        <Alert color={status.key === 'none' ? 'orange' : 'gray'} data-testid="backup-key" data-key={status.key}>
          {t(
            status.key === 'protected'
              ? 'backup.keyProtected'
              : status.key === 'backupPassphrase'
                ? 'backup.keyBackupPassphrase'
                : 'backup.keyNone',
          )}
        </Alert>
        {status.key === 'protected' ? null : (
          <Group align="flex-end">
            <PasswordInput
              label={t('backup.passphrase')}
              value={passphrase.first}
              onChange={(e) => setPassphrase({ ...passphrase, first: e.currentTarget.value })}
              w={320}
              data-testid="backup-passphrase"
            />
            <PasswordInput
              label={t('backup.passphraseAgain')}
              value={passphrase.again}
              onChange={(e) => setPassphrase({ ...passphrase, again: e.currentTarget.value })}
              w={320}
              error={mismatch ? t('backup.passphraseMismatch') : undefined}
              data-testid="backup-passphrase-again"
            />
            <Button
              variant="light"
              onClick={() => void run('passphrase')}
              loading={busy === 'passphrase'}
              disabled={!passphrase.first || passphrase.first !== passphrase.again}
              data-testid="backup-passphrase-set"
            >
              {t('backup.setPassphrase')}
            </Button>
          </Group>
        )}
        {problem ? (
          <Alert color="red" data-testid="backup-settings-problem">
            {problem}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
