import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useElapsed } from './useElapsed';

/**
 * What the wizard shows while the backend reads or writes: the step at once, and from the first second on a
 * moving bar with the time taken, so a large file never looks like a frozen window. The backend answers once
 * per step, so the bar shows that work goes on, not a share done.
 */
export function WorkProgress({ label }: { label: string }) {
  const { t } = useTranslation();
  const seconds = useElapsed(true);
  return (
    <Stack gap="xs" data-testid="xlsx-progress">
      <Text size="sm">{label}</Text>
      {seconds >= 1 ? (
        <>
          <Progress value={100} striped animated aria-label={label} />
          <Text size="xs" c="dimmed">{t('xlsx.elapsed', { seconds })}</Text>
        </>
      ) : null}
    </Stack>
  );
}
