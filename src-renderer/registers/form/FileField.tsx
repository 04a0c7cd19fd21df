import { CloseButton, Group, Input, InputBase, Loader, Text, type InputBaseProps } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef, WorkProgress } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { files } from '../../api/files';
import { formatBytes, shortHash } from '../../util/format';
import { errorMessage } from '../../util/notify';
import { FileOpenButton } from '../values/FileOpenButton';

interface Props extends Omit<InputBaseProps, 'value' | 'onChange'> {
  value: FileRef | null;
  onChange: (value: FileRef | null) => void;
  /** In a table cell: the input already names the file, so below it only its buttons. */
  compact?: boolean;
  name?: string;
  'aria-label'?: string;
  'data-field'?: string;
}

/**
 * A document is copied into the data folder as soon as it is picked (`files.put`, by the file's handle: the window
 * never reads it); the record then stores only its reference (hash, name, size), so saving the form stays small and
 * a file is never sent twice. The largest a bundle can carry is the only limit.
 */
export function FileField({ value, onChange, error, compact, ...props }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState<WorkProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async () => {
    setProblem(null);
    setReading(null);
    try {
      const file = await files.pick('document', (p) => {
        setBusy(true);
        setReading(p);
      });
      if (!file) return;
      setBusy(true);
      onChange(await invoke('files.put', { file }));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
      setReading(null);
    }
  };

  return (
    <div>
      <InputBase
        {...props}
        component="button"
        type="button"
        pointer
        onClick={() => void pick()}
        leftSection={busy ? <Loader size={14} /> : <IconPaperclip size={16} />}
        disabled={busy}
        error={problem ?? error}
      >
        {/* The chosen document's name stands where a placeholder would, in the colour of a value. */}
        {value ? (
          <Text component="span" size="sm" truncate="end">
            {value.name}
          </Text>
        ) : (
          <Input.Placeholder>{t('form.pickFile')}</Input.Placeholder>
        )}
      </InputBase>
      {value ? (
        <Group gap="xs" mt={compact ? 2 : 6} wrap="nowrap" data-testid="file-ref">
          {compact ? null : (
            <>
              <Text size="xs" truncate="end" title={value.name}>
                {value.name}
              </Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(value.size)} · SHA-256 {shortHash(value.sha256)}
              </Text>
            </>
          )}
          <FileOpenButton file={value} />
          <CloseButton size="sm" aria-label={t('form.removeFile')} title={t('form.removeFile')} onClick={() => onChange(null)} />
        </Group>
      ) : busy ? (
        <Text size="xs" c="dimmed" mt={6}>
          {reading && reading.done < reading.total
            ? t('form.reading', { done: formatBytes(reading.done), total: formatBytes(reading.total) })
            : t('form.uploading')}
        </Text>
      ) : null}
    </div>
  );
}
