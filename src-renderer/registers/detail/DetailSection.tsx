import { Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: ReactNode;
  /** Beside the title on the right: the section's own buttons or figures. */
  aside?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** One titled block of a record's page (its checklist, members, next steps). */
export function DetailSection({ title, aside, children, testId }: Props) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId} miw={0} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Title order={5}>{title}</Title>
          {aside}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
