import { Group, Text } from '@mantine/core';
import { IconFile } from '@tabler/icons-react';
import type { FileHandle } from '../../src-main/contract';
import { formatBytes } from '../util/format';

/** The file a person picked, as the window knows it: its name and size. */
export function ChosenFile({ file, testid }: { file: FileHandle; testid?: string }) {
  return (
    <Group gap={6} wrap="nowrap" data-testid={testid} miw={0}>
      <IconFile size={16} style={{ flexShrink: 0 }} />
      <Text size="sm" truncate="end" title={file.name}>
        {file.name}
      </Text>
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        {formatBytes(file.size)}
      </Text>
    </Group>
  );
}
