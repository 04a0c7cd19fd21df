import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "放弃修改？" with keep editing first: the safe answer is the one Enter and Escape give. */
export function DiscardChangesModal({ onKeepEditing, onDiscard }: { onKeepEditing: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened
      onClose={onKeepEditing}
      title={<Text fw={600}>{t('form.discardTitle')}</Text>}
      centered
      zIndex={400}
      data-testid="discard-changes"
    >
      <Text size="sm">{t('form.discardBody')}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onKeepEditing} data-autofocus data-testid="keep-editing">
          {t('form.keepEditing')}
        </Button>
        <Button color="red" onClick={onDiscard} data-testid="discard-changes-confirm">
          {t('form.discard')}
        </Button>
      </Group>
    </Modal>
  );
}
