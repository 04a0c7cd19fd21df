import { Group, Stack, Text } from '@mantine/core';

/** The fingerprint as numbered groups of four, large enough to read aloud over the phone. */
export function Fingerprint({ value, testid = 'sync-fingerprint' }: { value: string; testid?: string }) {
  return (
    <Group gap="xs" data-testid={testid} data-fingerprint={value}>
      {value.split(' ').map((group, i) => (
        <Stack key={i} gap={0} align="center">
          <Text ff="monospace" fz="lg" fw={600}>
            {group}
          </Text>
          <Text size="xs" c="dimmed">
            {i + 1}
          </Text>
        </Stack>
      ))}
    </Group>
  );
}
