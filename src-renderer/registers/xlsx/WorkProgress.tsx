import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkProgress as Reported } from '../../../src-main/contract';
import { formatBytes } from '../../util/format';
import { useElapsed } from './useElapsed';

/**
 * What the wizard shows while the file is read or the backend checks or writes: the step at once, and from the
 * first second on a bar with the time taken, so a large file never looks like a frozen window. While the bytes read
 * or the rows checked or written are reported, the bar and a line show that share; between (the backend parsing
 * the sheet) the bar only moves.
 */
export function WorkProgress({ label, progress }: { label: string; progress?: Reported }) {
  const { t } = useTranslation();
  const seconds = useElapsed(true);
  const share = progress && progress.total > 0 ? (100 * progress.done) / progress.total : undefined;
  const count = (n: number) => (progress?.stage === 'read' ? formatBytes(n) : n.toLocaleString());
  return (
    <Stack gap="xs" data-testid="xlsx-progress">
      <Text size="sm">{label}</Text>
      {seconds >= 1 || progress ? (
        <>
          {share === undefined ? (
            <Progress value={100} striped animated aria-label={label} />
          ) : (
            <Progress value={share} aria-label={label} data-testid="xlsx-progress-bar" />
          )}
          {progress ? (
            <Text size="sm" data-testid="xlsx-progress-rows">
              {t(`xlsx.progress_${progress.stage}`, { done: count(progress.done), total: count(progress.total) })}
            </Text>
          ) : null}
          {seconds >= 1 ? (
            <Text size="xs" c="dimmed">
              {t('xlsx.elapsed', { seconds })}
            </Text>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
