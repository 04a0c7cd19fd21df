import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkProgress } from '../../../src-main/contract';
import { formatBytes } from '../../util/format';

/**
 * How far a bundle's export or import has got: the file read (the web host's upload), segments signed or
 * verified, changes written.
 */
export function SyncProgress({ progress, exporting = false }: { progress: WorkProgress | null; exporting?: boolean }) {
  const { t } = useTranslation();
  if (!progress || progress.total === 0) return null;
  const key = `sync.progress.${exporting ? 'pack' : progress.stage}`;
  const count = (n: number) => (progress.stage === 'read' ? formatBytes(n) : n.toLocaleString());
  return (
    <Stack gap={2} data-testid="sync-progress" data-stage={progress.stage}>
      <Progress
        value={(100 * progress.done) / progress.total}
        size="sm"
        aria-label={t(key, { done: progress.done, total: progress.total })}
      />
      <Text size="xs" c="dimmed">
        {t(key, { done: count(progress.done), total: count(progress.total) })}
      </Text>
    </Stack>
  );
}
