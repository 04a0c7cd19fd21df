import type { Locale, Localized } from '../../src-main/contract';

/** Rough rendered width in pixels of a short label at the small font size: CJK glyphs are twice as wide. */
export const textWidth = (text: Localized, locale: Locale): number => (locale === 'zh' ? text.zh.length * 14 : text.en.length * 7.5);

/** Rough rendered width of any text at the small font size: CJK and full-width glyphs count double. */
export const stringWidth = (text: string): number => {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) >= 0x2e80 ? 14 : 7.5;
  return w;
};
