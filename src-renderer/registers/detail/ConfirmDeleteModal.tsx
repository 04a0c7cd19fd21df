import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Deleting is reversible (a tombstone), and the question says so, so people are not afraid of it. */
export function ConfirmDeleteModal({ title, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onCancel} title={t('detail.confirmDeleteTitle')} zIndex={400} centered>
      <Text size="sm">{t('detail.confirmDeleteBody', { title })}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onCancel} data-autofocus>
          {t('form.cancel')}
        </Button>
        <Button color="red" loading={busy} onClick={onConfirm} data-testid="confirm-delete">
          {t('detail.confirmDelete')}
        </Button>
      </Group>
    </Modal>
  );
}
