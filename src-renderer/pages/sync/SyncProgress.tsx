import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkProgress } from '../../../src-main/contract';

/** How far the backend says a bundle's export or import has got: segments signed or verified, changes written. */
export function SyncProgress({ progress, exporting = false }: { progress: WorkProgress | null; exporting?: boolean }) {
  const { t } = useTranslation();
  if (!progress || progress.total === 0) return null;
  const key = `sync.progress.${exporting ? 'pack' : progress.stage}`;
  return (
    <Stack gap={2} data-testid="sync-progress">
      <Progress value={(100 * progress.done) / progress.total} size="sm" aria-label={t(key, { done: progress.done, total: progress.total })} />
      <Text size="xs" c="dimmed">{t(key, { done: progress.done.toLocaleString(), total: progress.total.toLocaleString() })}</Text>
    </Stack>
  );
}
