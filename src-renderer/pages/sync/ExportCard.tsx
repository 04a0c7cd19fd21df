import { Alert, Button, Card, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Destination, ExportedBundle, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { saveFile } from '../../api/files';
import { useDepartments } from '../../app/DepartmentsContext';
import { bundleFileName } from '../../util/fileNames';
import { formatBytes } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { StageSteps } from './StageSteps';
import { SyncProgress } from './SyncProgress';

/**
 * Choose where the bundle goes, where to save it (the save dialog; a download in the web host), and export it
 * there: no size limit, the file never passes through the window.
 */
export function ExportCard({ destinations, departments: own }: { destinations: Destination[]; departments: string[] }) {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [to, setTo] = useState<Destination | null>(destinations[0] ?? null);
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ExportedBundle | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [progress, setProgress] = useState<WorkProgress | null>(null);

  const label = (d: Destination) =>
    d === 'office'
      ? t('sync.to.office')
      : d === 'review'
        ? t('sync.to.review')
        : t('sync.to.department', {
            name: d
              .slice('department:'.length)
              .split('+')
              .map((code) => departments.name(code))
              .join('、'),
          });

  const run = async () => {
    if (!to) return;
    setBusy(true);
    setProblem(null);
    setDone(null);
    setProgress(null);
    try {
      let bundle: ExportedBundle | undefined;
      await saveFile('bundle', bundleFileName(own, to), async (target) => {
        bundle = await invoke('sync.export', { to, target, ...(to === 'office' && full ? { full } : {}) }, setProgress);
        return bundle.file;
      });
      if (bundle) setDone(bundle);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder padding="md" data-testid="sync-export">
      <Stack gap="sm">
        <Title order={5}>{t('sync.export')}</Title>
        {destinations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sync.noDestinations')}
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('sync.exportIntro')}
            </Text>
            <Group align="flex-end">
              <Select
                label={t('sync.destination')}
                data={destinations.map((d) => ({ value: d, label: label(d) }))}
                value={to}
                onChange={(v) => setTo(v as Destination | null)}
                allowDeselect={false}
                searchable
                w={300}
                data-testid="sync-destination"
              />
              <Button
                leftSection={<IconFileExport size={16} />}
                onClick={run}
                loading={busy}
                disabled={!to}
                data-testid="sync-export-button"
              >
                {t('sync.exportButton')}
              </Button>
            </Group>
            {to === 'office' ? <Checkbox label={t('sync.full')} checked={full} onChange={(e) => setFull(e.currentTarget.checked)} /> : null}
          </>
        )}
        {busy || done ? <StageSteps stages={[t('sync.stage.export'), t('sync.stage.save')]} active={busy ? 0 : 2} busy={busy} /> : null}
        {busy ? <SyncProgress progress={progress} exporting /> : null}
        {busy ? (
          <Text size="sm" c="dimmed">
            {t('sync.exporting')}
          </Text>
        ) : null}
        {problem ? <Alert color="red">{problem}</Alert> : null}
        {done ? (
          <Alert color="green" data-testid="sync-exported">
            {t('sync.exported', {
              file: done.file.name,
              size: formatBytes(done.file.size),
              sequence: done.sequence,
              segments: done.segments,
              changes: done.changes,
              files: done.files,
            })}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
