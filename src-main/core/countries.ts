import world from '../../assets/countries.json';
import type { EnumOption, Localized } from '../contract';

/**
 * Every country and territory of ISO 3166-1, from assets/countries.json (its `about` names the sources: ISO
 * 3166-1 codes, GB/T 2659 and the Ministry of Foreign Affairs for the Chinese names, UN M49 for the regions).
 * Hong Kong, Macao and Taiwan are named as regions of China (中国香港, 中国澳门, 中国台湾), as the office's
 * reports name them. Codes are what records store, so a code never changes meaning.
 */
export interface Country {
  code: string;
  zh: string;
  en: string;
  /** A region id (`regions`), and a sub-region id of it (`subRegions`). */
  region: string;
  subRegion: string;
}

export interface Region {
  id: string;
  /** The UN M49 code (none for Antarctica, which M49 gives no region). */
  m49: string | null;
  zh: string;
  en: string;
  /** For a sub-region: the region it belongs to. */
  region?: string;
}

export const countries: Country[] = world.countries;
export const regions: Region[] = world.regions;
export const subRegions: Region[] = world.subRegions;

const byCode = new Map(countries.map((c) => [c.code, c]));

export const countryOf = (code: string): Country | undefined => byCode.get(code);

/** A code's name in both languages, or the code itself when it names no country. */
export const countryName = (code: string): Localized => {
  const c = byCode.get(code);
  return c ? { zh: c.zh, en: c.en } : { zh: code, en: code };
};

export const chinaCode = 'CN';

/** Chinese collation order (by pinyin), so a list reads as the office's own lists do. */
const zhOrder = new Intl.Collator('zh-Hans-CN');
const sorted = [...countries].sort((a, b) => zhOrder.compare(a.zh, b.zh));
const option = (c: Country): EnumOption => ({ value: c.code, label: { zh: c.zh, en: c.en } });

/** Countries and regions abroad: where partners are, trips go, students come from. */
export const countryOptions: EnumOption[] = sorted.filter((c) => c.code !== chinaCode).map(option);

/** Nationalities and itinerary countries: China first, then the rest of the world. */
export const nationalityOptions: EnumOption[] = [option(byCode.get(chinaCode)!), ...countryOptions];

/** Regions and sub-regions by id, and by their Chinese or English name as the office may type them. */
const places = [...regions, ...subRegions];
const placeKey = (text: string) => text.trim().toLowerCase();
const placeByName = new Map(
  places.flatMap(
    (p) =>
      [
        [placeKey(p.id), p],
        [placeKey(p.zh), p],
        [placeKey(p.en), p],
      ] as [string, Region][],
  ),
);

/** The region or sub-region a text names (its id, Chinese or English name), or undefined. */
export const regionNamed = (text: string): Region | undefined => placeByName.get(placeKey(text));

export const regionName = (id: string): Localized => {
  const p = places.find((r) => r.id === id);
  return p ? { zh: p.zh, en: p.en } : { zh: id, en: id };
};

/** Whether a country lies in a region or sub-region (by id). */
export const inRegion = (code: string, regionId: string): boolean => {
  const c = byCode.get(code);
  return c !== undefined && (c.region === regionId || c.subRegion === regionId);
};
