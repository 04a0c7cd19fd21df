import { describe, expect, it } from 'vitest';
import world from '../../../assets/countries.json';
import {
  countries,
  countryName,
  countryOptions,
  inRegion,
  nationalityOptions,
  regionNamed,
  regions,
  subRegions,
} from '../../../src-main/core/countries';
import { parseParams, ruleKindById } from '../../../src-main/core/rules/catalog';

const regionIds = new Set(regions.map((r) => r.id));
const subRegionOf = new Map(subRegions.map((s) => [s.id, s.region]));

describe('the countries of the world', () => {
  it('lists every ISO 3166-1 code once, each with its Chinese and English name, region and a sub-region of that region', () => {
    expect(countries).toHaveLength(249);
    expect(new Set(countries.map((c) => c.code)).size).toBe(249);
    expect(new Set(countries.map((c) => c.zh)).size).toBe(249);
    for (const c of countries) {
      expect(c.code, c.en).toMatch(/^[A-Z]{2}$/);
      expect(c.zh, c.code).toMatch(/^[\u4e00-\u9fff（）、·-]+$/u);
      expect(c.en.trim(), c.code).not.toBe('');
      expect(regionIds.has(c.region), `${c.code} region ${c.region}`).toBe(true);
      expect(subRegionOf.get(c.subRegion), `${c.code} sub-region ${c.subRegion}`).toBe(c.region);
    }
  });

  it('names Hong Kong, Macao and Taiwan as regions of China, in Eastern Asia with the mainland', () => {
    expect(['HK', 'MO', 'TW'].map((code) => countryName(code).zh)).toEqual(['中国香港', '中国澳门', '中国台湾']);
    expect(['HK', 'MO', 'TW'].map((code) => countryName(code).en)).toEqual(['Hong Kong SAR, China', 'Macao SAR, China', 'Taiwan, China']);
    for (const code of ['CN', 'HK', 'MO', 'TW']) expect(inRegion(code, 'easternAsia')).toBe(true);
  });

  it('has the names the office writes for the countries it could not enter before', () => {
    expect(['CO', 'MA', 'IR', 'UA', 'UZ', 'SA'].map((code) => countryName(code).zh)).toEqual([
      '哥伦比亚',
      '摩洛哥',
      '伊朗',
      '乌克兰',
      '乌兹别克斯坦',
      '沙特阿拉伯',
    ]);
  });

  it('places countries in the regions the extra-day rule names', () => {
    expect(['CO', 'MX', 'CU', 'JM', 'BR'].every((c) => inRegion(c, 'latinAmerica'))).toBe(true);
    expect(['MA', 'EG', 'KE', 'ZA', 'NG'].every((c) => inRegion(c, 'africa'))).toBe(true);
    expect(['US', 'CA'].some((c) => inRegion(c, 'latinAmerica'))).toBe(false);
    expect(inRegion('CO', 'southAmerica')).toBe(true);
    expect(inRegion('XX', 'africa')).toBe(false);
  });

  it('names its sources', () => {
    expect(Object.keys(world.about.sources)).toEqual(['code', 'zh', 'en', 'region']);
    expect(world.about.sources.region).toContain('M49');
    expect(world.about.sources.zh).toContain('GB/T 2659');
  });

  it('offers China first for nationalities, and every other country to partners and trips', () => {
    expect(nationalityOptions[0]).toEqual({ value: 'CN', label: { zh: '中国', en: 'China' } });
    expect(nationalityOptions).toHaveLength(249);
    expect(countryOptions.map((o) => o.value)).not.toContain('CN');
    expect(countryOptions).toHaveLength(248);
  });

  it('finds a region by its id or its name in either language', () => {
    expect(regionNamed('拉丁美洲和加勒比')?.id).toBe('latinAmerica');
    expect(regionNamed(' latin america and the caribbean ')?.id).toBe('latinAmerica');
    expect(regionNamed('africa')?.id).toBe('africa');
    expect(regionNamed('南美洲')?.id).toBe('southAmerica');
    expect(regionNamed('中东')).toBeUndefined();
  });
});

describe('the day-limit rule parameters', () => {
  const kind = ruleKindById.get('trip.maxDays')!;
  const base = { days1: '5', days2: '8', days3: '10', extraDays: '1' };

  it('reads regions by name and the exceptions as country codes, which may be left out', () => {
    const { params, problems } = parseParams(kind, { ...base, extraRegions: '拉丁美洲和加勒比、Africa' });
    expect(problems).toEqual([]);
    expect(params).toMatchObject({ extraRegions: ['latinAmerica', 'africa'], extraCountries: [], noExtraCountries: [] });
    expect(parseParams(kind, { ...base, extraRegions: '非洲', extraCountries: 'mn', noExtraCountries: 'EG' }).params).toMatchObject({
      extraCountries: ['MN'],
      noExtraCountries: ['EG'],
    });
  });

  it('refuses a region or a country it does not know, naming it', () => {
    const { problems } = parseParams(kind, { ...base, extraRegions: '非洲、中东', noExtraCountries: 'EG,XX' });
    expect(problems.map((p) => p.zh)).toEqual([
      '参数“可加天数的地区（拉丁美洲和加勒比、非洲等）”：未知地区 中东',
      '参数“不加天数的国家（地区内例外）”：未知国家代码 XX',
    ]);
    expect(problems[0]!.en).toContain('unknown regions 中东');
  });

  it('reads a version written as a list of countries as those countries, with no region', () => {
    const { params, problems } = parseParams(kind, { ...base, extraRegions: 'MX,BR' });
    expect(problems).toEqual([]);
    expect(params).toMatchObject({ extraRegions: [], extraCountries: ['MX', 'BR'] });
  });
});
