import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Settings } from '../../src-main/contract';
import { invoke } from '../api/client';
import { notifyError } from '../util/notify';

/** Language and colour scheme live in the installation's settings: the web host's origin changes per launch. */
export function usePreferences() {
  const { i18n } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  const apply = useCallback(
    (settings: Settings) => {
      void i18n.changeLanguage(settings.locale);
      document.documentElement.lang = settings.locale === 'en' ? 'en' : 'zh-CN';
      setColorScheme(settings.colorScheme);
    },
    [i18n, setColorScheme],
  );

  const save = useCallback(
    (change: { locale?: Locale; colorScheme?: MantineColorScheme }) =>
      invoke('settings.set', change).then(apply, notifyError),
    [apply],
  );

  return { colorScheme, apply, setLocale: (locale: Locale) => save({ locale }), setScheme: (scheme: MantineColorScheme) => save({ colorScheme: scheme }) };
}
