import { Alert, Button, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo, RegisterStats, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { BackupProgress } from './BackupProgress';

/**
 * The confirmation a restore needs: what is here now and what the backup brings, register by register, and what
 * else changes (another installation, no key). Once restored the app has opened the restored data: the page reloads.
 */
export function RestoreDialog({ backup, onClose }: { backup: BackupInfo; onClose: () => void }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { info, registers } = useAppData();
  const [here, setHere] = useState<RegisterStats[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => void invoke('stats.get', {}).then(setHere, (err: unknown) => setProblem(errorMessage(err))), []);
  const other = backup.installation!.id !== info.installation.id;
  const rows = registers
    .map((def) => ({ def, now: here?.find((s) => s.register === def.name)?.live ?? 0, then: backup.records?.[def.name] ?? 0 }))
    .filter((r) => r.now > 0 || r.then > 0);

  const restore = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await invoke('backup.restore', { file: backup.file, confirmed: true }, setProgress);
      setDone(true);
      // Every page reads the restored data afresh (it may be another installation's).
      setTimeout(() => window.location.reload(), 1200);
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  };

  const who = (name: string, role: string) => `${name}（${t(`role.${role}`)}）`;
  const differing = rows.filter((r) => r.now !== r.then);
  const sum = (key: 'now' | 'then') => rows.reduce((n, r) => n + r[key], 0);
  return (
    <Modal opened onClose={() => !busy && onClose()} title={t('backup.restoreTitle')} centered size="lg" zIndex={400}>
      <Stack gap="sm" data-testid="restore-dialog">
        <Text size="sm" fw={600}>
          {t('backup.summary', {
            created: formatDateTime(backup.created!),
            backup: who(backup.installation!.name, backup.installation!.role),
            here: who(info.installation.name, info.installation.role),
          })}
        </Text>
        {here ? (
          <Text size="sm" data-testid="restore-totals">
            {t('backup.totals', { here: sum('now').toLocaleString(), backup: sum('then').toLocaleString() })}
          </Text>
        ) : null}
        {here && differing.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('backup.same')}
          </Text>
        ) : null}
        {here && differing.length > 0 ? (
          <>
            <Text size="sm" fw={500}>
              {t('backup.differs')}
            </Text>
            <ScrollArea.Autosize mah={220}>
              <Table verticalSpacing={4} withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('backup.register')}</Table.Th>
                    <Table.Th ta="right">{t('backup.here')}</Table.Th>
                    <Table.Th ta="right">{t('backup.inBackup')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {differing.map((r) => (
                    <Table.Tr key={r.def.name} data-testid={`restore-row-${r.def.name}`}>
                      <Table.Td>
                        <Text size="sm">{l(r.def.label)}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm">{r.now}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" fw={700} c={r.then < r.now ? 'red' : undefined}>
                          {r.then}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          </>
        ) : null}
        {other ? (
          <Alert color="orange" data-testid="restore-other">
            {t('backup.otherInstallation', { name: backup.installation!.name })}
          </Alert>
        ) : null}
        {!backup.withKey ? (
          <Alert color="orange" data-testid="restore-no-key">
            {t('backup.noKey')}
          </Alert>
        ) : null}
        <Text size="sm" c="dimmed">
          {t('backup.keptFirst')}
        </Text>
        {busy && !done ? <BackupProgress progress={progress} /> : null}
        {busy && !done && !progress ? (
          <Text size="sm" c="dimmed">
            {t('backup.restoring')}
          </Text>
        ) : null}
        {done ? (
          <Alert color="green" data-testid="restore-done">
            {t('backup.restoreDone')}
          </Alert>
        ) : null}
        {problem ? (
          <Alert color="red" data-testid="restore-problem">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('backup.cancel')}
          </Button>
          <Button color="red" onClick={restore} loading={busy} disabled={done} data-testid="restore-confirm">
            {t('backup.restoreConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
