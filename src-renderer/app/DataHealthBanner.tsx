import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RebuildReport, WorkProgress } from '../../src-main/contract';
import { invoke } from '../api/client';
import { saveFile } from '../api/files';
import { useLocale } from '../i18n/useLocale';
import { errorMessage, notifyError, notifySuccess } from '../util/notify';
import { useAppData } from './AppDataContext';

/** The database file's own name for the copy, dated, so copies saved on different days do not overwrite each other. */
const copyName = () => `waiban-damaged-${new Date().toISOString().slice(0, 10)}.sqlite`;

/** The confirmation a rebuild needs, its progress, and what it did; the app reopens on the new database, and the page reloads. */
function RebuildDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<WorkProgress | null>(null);
  const [done, setDone] = useState<RebuildReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const rebuild = async () => {
    setBusy(true);
    setProblem(null);
    try {
      setDone(await invoke('repair.rebuild', { confirmed: true }, setProgress));
      setTimeout(() => window.location.reload(), 2500);
    } catch (err) {
      setProblem(errorMessage(err));
      setBusy(false);
    }
  };
  const percent = progress?.total ? Math.floor((100 * progress.done) / progress.total) : 0;
  const unreadable = done ? Object.keys(done.unreadable) : [];
  return (
    <Modal opened onClose={() => !busy && onClose()} title={t('health.rebuildTitle')} centered size="lg" zIndex={400}>
      <Stack gap="sm" data-testid="rebuild-dialog">
        <Text size="sm">{t('health.rebuildBody')}</Text>
        {busy && !done ? (
          <Text size="sm" c="dimmed" data-testid="rebuild-progress">
            {t('health.rebuilding', { percent })}
          </Text>
        ) : null}
        {done ? (
          <Alert color="green" data-testid="rebuild-done">
            <Text size="sm">{t('health.rebuilt', { changes: done.changes, keptAs: done.keptAs })}</Text>
            {'failed' in done.backup ? (
              <Text size="sm">
                {t('health.backupFailed')} {l(done.backup.failed)}
              </Text>
            ) : null}
            {unreadable.length ? <Text size="sm">{t('health.unreadable', { tables: unreadable.join(', ') })}</Text> : null}
          </Alert>
        ) : null}
        {problem ? <Alert color="red">{problem}</Alert> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            {t('health.cancel')}
          </Button>
          <Button color="red" onClick={rebuild} loading={busy && !done} disabled={!!done} data-testid="rebuild-confirm">
            {t('health.rebuildConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Above every page: the database failed SQLite's check on opening (it is open read-only; save a copy, rebuild), and
 * files of the data folder other accounts can read, each with the command that fixes it.
 */
export function DataHealthBanner() {
  const { t } = useTranslation();
  const { l } = useLocale();
  const { info } = useAppData();
  const [rebuilding, setRebuilding] = useState(false);
  const { damaged, report, permissions } = info.health;
  const saveCopy = async () => {
    try {
      const file = await saveFile('document', copyName(), (target) => invoke('repair.saveCopy', { target }));
      if (file) notifySuccess(t('health.saved', { name: file.name }));
    } catch (err) {
      notifyError(err);
    }
  };
  return (
    <>
      {damaged ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={t('health.damagedTitle')}
          mb="sm"
          style={{ flexShrink: 0 }}
          data-testid="damaged-banner"
        >
          <Stack gap={6}>
            <Text size="sm">{t('health.damaged')}</Text>
            <Text size="xs" c="dimmed">
              {t('health.report')} <Code>{report.slice(0, 3).join(' · ')}</Code>
            </Text>
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={saveCopy} data-testid="save-damaged-copy">
                {t('health.saveCopy')}
              </Button>
              <Button size="xs" color="red" onClick={() => setRebuilding(true)} data-testid="rebuild-open">
                {t('health.rebuild')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      ) : null}
      {permissions.length ? (
        <Alert
          color="yellow"
          variant="light"
          icon={<IconLock size={18} />}
          title={t('health.permissionsTitle')}
          mb="sm"
          style={{ flexShrink: 0 }}
          data-testid="permissions-banner"
        >
          <Stack gap={2}>
            {permissions.map((w) => (
              <Text size="sm" key={w.path}>
                {l(w.message)}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      {rebuilding ? <RebuildDialog onClose={() => setRebuilding(false)} /> : null}
    </>
  );
}
