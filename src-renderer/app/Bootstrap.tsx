import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, RegisterDef, Settings } from '../../src-main/contract';
import { invoke } from '../api/client';
import { errorMessage } from '../util/notify';
import { AppDataProvider } from './AppDataContext';
import { DepartmentsProvider } from './DepartmentsContext';
import { Shell } from './Shell';
import { usePreferences } from './usePreferences';

type Boot =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; info: AppInfo; registers: RegisterDef[]; settings: Settings };

/** Loads what every page needs (installation, register definitions, saved preferences) before showing any. */
export function Bootstrap() {
  const { t } = useTranslation();
  const applySettings = useEffectEvent(usePreferences().apply);
  const [boot, setBoot] = useState<Boot>({ status: 'loading' });

  const load = useCallback(() => {
    setBoot({ status: 'loading' });
    Promise.all([invoke('app.info', {}), invoke('registers.describe', {}), invoke('settings.get', {})]).then(
      ([info, registers, settings]) => setBoot({ status: 'ready', info, registers, settings }),
      (err) => setBoot({ status: 'failed', message: errorMessage(err) }),
    );
  }, []);

  useEffect(load, [load]);
  const settings = boot.status === 'ready' ? boot.settings : null;
  useEffect(() => {
    if (settings) applySettings(settings);
  }, [settings]);

  // The desktop app shows its window before the database has opened (and, after an upgrade, migrated); the saved
  // language lives in that database, so this says it in both.
  if (boot.status === 'loading') {
    return (
      <Center h="100dvh" data-testid="opening-database">
        <Stack align="center" gap="xs">
          <Loader />
          <Text>正在打开数据库…</Text>
          <Text size="sm" c="dimmed">
            Opening the database…
          </Text>
        </Stack>
      </Center>
    );
  }
  if (boot.status === 'failed') {
    return (
      <Center h="100dvh" p="md">
        <Alert color="red" title={t('error.startup')} maw={520} data-testid="startup-error">
          <Stack gap="sm">
            {boot.message}
            <Button w="fit-content" onClick={load}>
              {t('error.retry')}
            </Button>
          </Stack>
        </Alert>
      </Center>
    );
  }
  return (
    <AppDataProvider info={boot.info} registers={boot.registers}>
      <DepartmentsProvider>
        <Shell />
      </DepartmentsProvider>
    </AppDataProvider>
  );
}
