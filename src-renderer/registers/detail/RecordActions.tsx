import { Button, Group } from '@mantine/core';
import { IconArrowBackUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordDto, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { notifyError, notifySuccess } from '../../util/notify';
import { ConfirmDeleteModal } from './ConfirmDeleteModal';
import { PrintFormsMenu } from './PrintFormsMenu';

interface Props {
  def: RegisterDef;
  record: RecordDto;
  /** Lifted so the drawer can leave Esc to the confirmation while it is open. */
  confirming: boolean;
  setConfirming: (open: boolean) => void;
  onEdit: () => void;
  onChanged: (record: RecordDto) => void;
}

/** Edit and delete a live record; restore a deleted one. */
export function RecordActions({ def, record, confirming, setConfirming, onEdit, onChanged }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const ref = { register: def.name, id: record.id };

  const run = (channel: 'records.delete' | 'records.restore', done: string) => {
    setBusy(true);
    invoke(channel, ref)
      .then((r) => {
        notifySuccess(done, String(r.values[def.titleField] ?? ''));
        setConfirming(false);
        onChanged(r);
      }, notifyError)
      .finally(() => setBusy(false));
  };

  if (record.meta.deleted) {
    return (
      <Button
        variant="light"
        color="teal"
        leftSection={<IconArrowBackUp size={16} />}
        loading={busy}
        onClick={() => run('records.restore', t('detail.restored'))}
        data-testid="detail-restore"
      >
        {t('detail.restore')}
      </Button>
    );
  }
  return (
    <Group gap="sm">
      <Button leftSection={<IconPencil size={16} />} onClick={onEdit} data-testid="detail-edit">
        {t('detail.edit')}
      </Button>
      <PrintFormsMenu def={def} record={record} />
      <Button
        variant="light"
        color="red"
        leftSection={<IconTrash size={16} />}
        onClick={() => setConfirming(true)}
        data-testid="detail-delete"
      >
        {t('detail.delete')}
      </Button>
      {confirming ? (
        <ConfirmDeleteModal
          title={String(record.values[def.titleField] ?? '')}
          busy={busy}
          onConfirm={() => run('records.delete', t('detail.deleted'))}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </Group>
  );
}
