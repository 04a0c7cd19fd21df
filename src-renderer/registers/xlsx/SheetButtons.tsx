import { Button, Group } from '@mantine/core';
import { IconDownload, IconFileImport, IconTableExport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileHandle, ListQuery, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { saveFile } from '../../api/files';
import { registerExportFileName, templateFileName } from '../../util/fileNames';
import { notifyError, notifySuccess } from '../../util/notify';
import { ImportWizard } from './ImportWizard';

interface Props {
  def: RegisterDef;
  /** The list's search, filters and order: the export holds what the list shows. */
  query: Omit<ListQuery, 'after' | 'limit'>;
  canWrite: boolean;
  onImported: () => void;
}

/** A register's spreadsheet actions beside its list: the import template, export, and the import wizard. */
export function SheetButtons({ def, query, canWrite, onImported }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<'template' | 'export' | null>(null);
  const [importing, setImporting] = useState(false);

  const save = async (kind: 'template' | 'export', name: string, write: (target: FileHandle) => Promise<FileHandle>) => {
    setBusy(kind);
    try {
      const file = await saveFile('sheet', name, write);
      if (file) notifySuccess(t('xlsx.saved', { name: file.name }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  const { register, search, filters, sort } = query;

  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="subtle"
        size="sm"
        leftSection={<IconDownload size={16} />}
        loading={busy === 'template'}
        data-testid="xlsx-template"
        onClick={() => void save('template', templateFileName(def.label.zh), (target) => invoke('xlsx.template', { register, target }))}
      >
        {t('xlsx.template')}
      </Button>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconTableExport size={16} />}
        loading={busy === 'export'}
        data-testid="xlsx-export"
        onClick={() =>
          void save('export', registerExportFileName(def.label.zh), (target) =>
            invoke('xlsx.export', { register, search, filters, sort, target }),
          )
        }
      >
        {t('xlsx.export')}
      </Button>
      {canWrite ? (
        <Button
          variant="default"
          size="sm"
          leftSection={<IconFileImport size={16} />}
          data-testid="xlsx-import"
          onClick={() => setImporting(true)}
        >
          {t('xlsx.import')}
        </Button>
      ) : null}
      {importing ? <ImportWizard def={def} onClose={() => setImporting(false)} onImported={onImported} /> : null}
    </Group>
  );
}
