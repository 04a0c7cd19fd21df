import type { EnumOption } from '../contract';

/**
 * Countries and regions partners are in, by ISO 3166 code. Hong Kong, Macao and Taiwan are listed as
 * regions (港澳台), as the office's reports name them.
 */
const countries: [string, string, string][] = [
  ['GB', '英国', 'United Kingdom'], ['US', '美国', 'United States'], ['DE', '德国', 'Germany'], ['FR', '法国', 'France'],
  ['IT', '意大利', 'Italy'], ['ES', '西班牙', 'Spain'], ['PT', '葡萄牙', 'Portugal'], ['NL', '荷兰', 'Netherlands'],
  ['BE', '比利时', 'Belgium'], ['CH', '瑞士', 'Switzerland'], ['AT', '奥地利', 'Austria'], ['SE', '瑞典', 'Sweden'],
  ['NO', '挪威', 'Norway'], ['DK', '丹麦', 'Denmark'], ['FI', '芬兰', 'Finland'], ['IE', '爱尔兰', 'Ireland'],
  ['PL', '波兰', 'Poland'], ['CZ', '捷克', 'Czechia'], ['HU', '匈牙利', 'Hungary'], ['RS', '塞尔维亚', 'Serbia'],
  ['GR', '希腊', 'Greece'], ['RU', '俄罗斯', 'Russia'], ['BY', '白俄罗斯', 'Belarus'], ['KZ', '哈萨克斯坦', 'Kazakhstan'],
  ['JP', '日本', 'Japan'], ['KR', '韩国', 'South Korea'], ['SG', '新加坡', 'Singapore'], ['MY', '马来西亚', 'Malaysia'],
  ['TH', '泰国', 'Thailand'], ['VN', '越南', 'Vietnam'], ['ID', '印度尼西亚', 'Indonesia'], ['PH', '菲律宾', 'Philippines'],
  ['IN', '印度', 'India'], ['PK', '巴基斯坦', 'Pakistan'], ['LK', '斯里兰卡', 'Sri Lanka'], ['NP', '尼泊尔', 'Nepal'],
  ['MN', '蒙古', 'Mongolia'], ['IL', '以色列', 'Israel'], ['TR', '土耳其', 'Türkiye'], ['AE', '阿联酋', 'United Arab Emirates'], ['QA', '卡塔尔', 'Qatar'],
  ['EG', '埃及', 'Egypt'], ['ZA', '南非', 'South Africa'], ['KE', '肯尼亚', 'Kenya'], ['ET', '埃塞俄比亚', 'Ethiopia'],
  ['NG', '尼日利亚', 'Nigeria'], ['TZ', '坦桑尼亚', 'Tanzania'], ['AU', '澳大利亚', 'Australia'], ['NZ', '新西兰', 'New Zealand'],
  ['CA', '加拿大', 'Canada'], ['MX', '墨西哥', 'Mexico'], ['BR', '巴西', 'Brazil'], ['AR', '阿根廷', 'Argentina'],
  ['CL', '智利', 'Chile'], ['PE', '秘鲁', 'Peru'], ['CU', '古巴', 'Cuba'],
  ['HK', '中国香港', 'Hong Kong SAR, China'], ['MO', '中国澳门', 'Macao SAR, China'], ['TW', '中国台湾', 'Taiwan, China'],
];

export const countryOptions: EnumOption[] = countries.map(([value, zh, en]) => ({ value, label: { zh, en } }));

/** Nationalities and itinerary countries: China first, then the partner countries. */
export const chinaCode = 'CN';
export const nationalityOptions: EnumOption[] = [{ value: chinaCode, label: { zh: '中国', en: 'China' } }, ...countryOptions];
