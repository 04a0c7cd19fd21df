import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconDownload, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileHandle, FileRef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { files, saveFile } from '../../api/files';
import { notifyError } from '../../util/notify';

/**
 * A stored document, by its hash, saved under its original name (the save dialog; a download in the web host) or,
 * where the platform can show one in a tab, opened.
 */
export function FileOpenButton({ file }: { file: FileRef }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const write = (target: FileHandle) => invoke('files.get', { sha256: file.sha256, target });
  const { view } = files;

  const run = (work: () => Promise<unknown>) => {
    setBusy(true);
    work()
      .catch(notifyError)
      .finally(() => setBusy(false));
  };
  const open = async () => {
    const target = await files.saveTarget('document', file.name);
    if (target && view) await view(await write(target));
  };

  return (
    <Group gap={4} wrap="nowrap">
      {view ? (
        <Tooltip label={t('detail.open')}>
          <ActionIcon variant="subtle" loading={busy} aria-label={t('detail.open')} data-testid="file-open" onClick={() => run(open)}>
            <IconExternalLink size={16} />
          </ActionIcon>
        </Tooltip>
      ) : null}
      <Tooltip label={t('detail.download')}>
        <ActionIcon
          variant="subtle"
          loading={busy}
          aria-label={t('detail.download')}
          data-testid="file-download"
          onClick={() => run(() => saveFile('document', file.name, write))}
        >
          <IconDownload size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
