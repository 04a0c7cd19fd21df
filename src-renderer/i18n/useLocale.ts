import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Localized } from '../../src-main/contract';
import { pick } from '../../src-main/contract/localized';

/** The current UI language and a picker for the {zh,en} texts that come with register definitions. */
export function useLocale(): { locale: Locale; l: (text: Localized | undefined) => string } {
  const { i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'zh';
  const l = useCallback((text: Localized | undefined) => (text ? pick(text, locale) : ''), [locale]);
  return { locale, l };
}
