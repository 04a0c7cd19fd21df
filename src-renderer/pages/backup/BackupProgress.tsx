import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkProgress } from '../../../src-main/contract';

/** How far a backup, a check or a restore has got: the database copied, its bytes written, then read back. */
export function BackupProgress({ progress }: { progress: WorkProgress | null }) {
  const { t } = useTranslation();
  if (!progress) return null;
  const percent = progress.total ? Math.floor((100 * progress.done) / progress.total) : 0;
  const label = t(`backup.stage.${progress.stage === 'snapshot' ? 'snapshot' : progress.stage}`, { percent });
  return (
    <Stack gap={2} data-testid="backup-progress">
      <Progress
        value={progress.stage === 'snapshot' ? 100 : percent}
        animated={progress.stage === 'snapshot'}
        size="sm"
        aria-label={label}
      />
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
