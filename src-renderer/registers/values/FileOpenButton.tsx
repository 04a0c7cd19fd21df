import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconDownload, IconExternalLink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { base64ToBlob, downloadBlob, openBlob } from '../../util/files';
import { notifyError } from '../../util/notify';

/** Fetches a stored document by its hash and opens or saves it under its original name. */
export function FileOpenButton({ file }: { file: FileRef }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);

  const fetchThen = (use: (blob: Blob, name: string) => void) => {
    setBusy(true);
    invoke('files.get', { sha256: file.sha256 })
      .then(({ base64 }) => use(base64ToBlob(base64, file.name), file.name), notifyError)
      .finally(() => setBusy(false));
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={t('detail.open')}>
        <ActionIcon variant="subtle" loading={busy} aria-label={t('detail.open')} data-testid="file-open" onClick={() => fetchThen(openBlob)}>
          <IconExternalLink size={16} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('detail.download')}>
        <ActionIcon variant="subtle" loading={busy} aria-label={t('detail.download')} data-testid="file-download" onClick={() => fetchThen(downloadBlob)}>
          <IconDownload size={16} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
