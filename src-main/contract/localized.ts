export type Locale = 'zh' | 'en';

/** Every text a user reads exists in Chinese first and English second. */
export interface Localized {
  zh: string;
  en: string;
}

export const pick = (text: Localized, locale: Locale): string => text[locale] || text.zh;
