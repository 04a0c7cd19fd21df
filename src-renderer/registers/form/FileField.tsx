import { CloseButton, FileInput, Group, Loader, Text, type FileInputProps } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '../../../src-main/contract';
import { maxFileBytes } from '../../../src-main/contract/channels';
import { invoke } from '../../api/client';
import { formatBytes, shortHash } from '../../util/format';
import { readAsBase64 } from '../../util/files';
import { errorMessage } from '../../util/notify';
import { FileOpenButton } from '../values/FileOpenButton';

interface Props extends Omit<FileInputProps, 'value' | 'onChange'> {
  value: FileRef | null;
  onChange: (value: FileRef | null) => void;
  /** In a table cell: the input already names the file, so below it only its buttons. */
  compact?: boolean;
}

/**
 * A document is copied into the data folder as soon as it is picked (`files.put`); the record then stores
 * only its reference (hash, name, size), so saving the form stays small and a file is never sent twice.
 */
export function FileField({ value, onChange, error, compact, ...props }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const pick = async (file: File | null) => {
    setProblem(null);
    if (!file) return onChange(null);
    if (file.size > maxFileBytes) return setProblem(t('form.fileTooLarge', { max: formatBytes(maxFileBytes) }));
    setBusy(true);
    try {
      onChange(await invoke('files.put', { name: file.name, base64: await readAsBase64(file) }));
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <FileInput
        {...props}
        value={null}
        onChange={(f) => void pick(f)}
        placeholder={value ? value.name : t('form.pickFile')}
        // The chosen document's name stands where a placeholder would, in the colour of a value.
        styles={value ? { placeholder: { color: 'var(--mantine-color-text)' } } : undefined}
        leftSection={busy ? <Loader size={14} /> : <IconPaperclip size={16} />}
        clearable={false}
        disabled={busy}
        error={problem ?? error}
      />
      {value ? (
        <Group gap="xs" mt={compact ? 2 : 6} wrap="nowrap" data-testid="file-ref">
          {compact ? null : (
            <>
              <Text size="xs" truncate="end" title={value.name}>{value.name}</Text>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatBytes(value.size)} · SHA-256 {shortHash(value.sha256)}
              </Text>
            </>
          )}
          <FileOpenButton file={value} />
          <CloseButton size="sm" aria-label={t('form.removeFile')} title={t('form.removeFile')} onClick={() => onChange(null)} />
        </Group>
      ) : busy ? (
        <Text size="xs" c="dimmed" mt={6}>{t('form.uploading')}</Text>
      ) : null}
    </div>
  );
}
