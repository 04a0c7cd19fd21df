import type { Locale, Localized } from '../../src-main/contract';

/** Rough rendered width in pixels of a short label at the small font size: CJK glyphs are twice as wide. */
export const textWidth = (text: Localized, locale: Locale): number => (locale === 'zh' ? text.zh.length * 14 : text.en.length * 7.5);
