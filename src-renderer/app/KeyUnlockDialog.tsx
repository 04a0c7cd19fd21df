import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api/client';
import { setKeyUnlocker } from '../api/keyUnlock';
import { errorMessage } from '../util/notify';

/** Asks for the key passphrase whenever a call finds the private key locked; one dialog for the whole app. */
export function KeyUnlockDialog() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const settle = useRef<((unlocked: boolean) => void) | null>(null);

  useEffect(() => {
    setKeyUnlocker(
      () =>
        new Promise<boolean>((resolve) => {
          settle.current = resolve;
          setPassphrase('');
          setProblem(null);
          setOpened(true);
        }),
    );
    return () => setKeyUnlocker(null);
  }, []);

  const close = (unlocked: boolean) => {
    setOpened(false);
    settle.current?.(unlocked);
    settle.current = null;
  };

  const unlock = async () => {
    setBusy(true);
    try {
      await invoke('keys.unlock', { passphrase });
      close(true);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={() => close(false)} title={t('keys.unlockTitle')} centered data-testid="key-unlock">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void unlock();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('keys.unlockBody')}</Text>
          <PasswordInput
            label={t('keys.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            data-autofocus
            error={problem}
            data-testid="key-unlock-passphrase"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => close(false)}>
              {t('keys.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={passphrase === ''} data-testid="key-unlock-submit">
              {t('keys.unlock')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
