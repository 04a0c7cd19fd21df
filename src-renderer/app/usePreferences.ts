import { useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Locale, Settings } from '../../src-main/contract';
import { invoke } from '../api/client';
import { notifyError } from '../util/notify';
import { seedListPreferences } from './useListPreferences';

/**
 * Language and colour scheme live in the installation's settings: the web host's origin changes per
 * launch, so browser storage would forget them. (Mantine's setColorScheme is a new function every render,
 * so nothing here is memoised; callers that run `apply` from an effect wrap it in useEffectEvent.)
 */
export function usePreferences() {
  const { i18n } = useTranslation();
  const { colorScheme, setColorScheme } = useMantineColorScheme();

  const apply = (settings: Settings) => {
    seedListPreferences(settings.lists);
    void i18n.changeLanguage(settings.locale);
    document.documentElement.lang = settings.locale === 'en' ? 'en' : 'zh-CN';
    setColorScheme(settings.colorScheme);
  };

  const save = (change: { locale?: Locale; colorScheme?: MantineColorScheme }) => invoke('settings.set', change).then(apply, notifyError);

  return {
    colorScheme,
    apply,
    setLocale: (locale: Locale) => save({ locale }),
    setScheme: (scheme: MantineColorScheme) => save({ colorScheme: scheme }),
  };
}
