import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { errorMessage, notifySuccess } from '../../util/notify';

/** The office revokes one installation, after a dialog saying what that does and that it cannot be undone. */
export function RevokeButton({ installation, onRevoked }: { installation: { id: string; name: string }; onRevoked: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const revoke = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const trust = await invoke('sync.revoke', { installation: installation.id });
      setOpen(false);
      notifySuccess(t('sync.revoke.done', { name: installation.name, version: trust.rosterVersion }));
      onRevoked();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="compact-xs" color="red" variant="light" onClick={() => setOpen(true)} data-testid={`revoke-${installation.id}`}>
        {t('sync.revoke.button')}
      </Button>
      {open ? (
        <Modal
          opened
          onClose={() => !busy && setOpen(false)}
          title={t('sync.revoke.title', { name: installation.name })}
          centered
          zIndex={400}
        >
          <Stack gap="sm" data-testid="revoke-dialog">
            <Text size="sm">{t('sync.revoke.consequence')}</Text>
            <Text size="sm" fw={600}>
              {t('sync.revoke.final')}
            </Text>
            {problem ? <Alert color="red">{problem}</Alert> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)} disabled={busy}>
                {t('sync.revoke.cancel')}
              </Button>
              <Button color="red" onClick={revoke} loading={busy} data-testid="revoke-confirm">
                {t('sync.revoke.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </>
  );
}
