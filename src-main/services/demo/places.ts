/**
 * Where demo trips go: cities by country, the regions a multi-country trip stays within, transfer hubs,
 * and the countries Chinese travellers enter without a visa (their checklist's visa item is not applicable).
 */

export const cities: Record<string, string[]> = {
  GB: ['伦敦', '曼彻斯特', '考文垂', '爱丁堡', '剑桥'],
  US: ['纽约', '华盛顿', '波士顿', '伊萨卡', '伯克利', '芝加哥'],
  DE: ['柏林', '杜塞尔多夫', '法兰克福', '卡塞尔', '慕尼黑'],
  FR: ['巴黎', '里昂', '斯特拉斯堡'],
  BE: ['布鲁塞尔', '鲁汶'],
  NL: ['阿姆斯特丹', '海牙', '莱顿'],
  IT: ['罗马', '博洛尼亚', '都灵'],
  CH: ['日内瓦', '苏黎世'],
  AT: ['维也纳'],
  SE: ['斯德哥尔摩', '隆德'],
  ES: ['马德里', '巴塞罗那'],
  PT: ['里斯本'],
  PL: ['华沙'],
  HU: ['布达佩斯'],
  CZ: ['布拉格'],
  RS: ['贝尔格莱德'],
  FI: ['赫尔辛基'],
  DK: ['哥本哈根'],
  IE: ['都柏林'],
  RU: ['莫斯科', '圣彼得堡'],
  BY: ['明斯克'],
  KZ: ['阿斯塔纳', '阿拉木图'],
  JP: ['东京', '大阪', '京都'],
  KR: ['首尔', '世宗', '釜山'],
  SG: ['新加坡'],
  MY: ['吉隆坡'],
  TH: ['曼谷'],
  VN: ['河内', '胡志明市'],
  ID: ['雅加达'],
  IN: ['新德里', '孟买'],
  AU: ['悉尼', '墨尔本', '堪培拉'],
  NZ: ['惠灵顿', '奥克兰'],
  CA: ['多伦多', '温哥华', '渥太华'],
  MX: ['墨西哥城'],
  BR: ['圣保罗', '巴西利亚'],
  AR: ['布宜诺斯艾利斯'],
  CL: ['圣地亚哥'],
  ZA: ['约翰内斯堡', '开普敦'],
  KE: ['内罗毕'],
  ET: ['亚的斯亚贝巴'],
  EG: ['开罗'],
  HK: ['香港'],
  MO: ['澳门'],
  TW: ['台北'],
};

/** Countries a trip of two or three countries combines; Hong Kong, Macao and Taiwan travel on their own. */
export const regions: string[][] = [
  ['GB', 'DE', 'FR', 'BE', 'NL', 'IT', 'CH', 'AT', 'SE', 'ES', 'PT', 'PL', 'HU', 'CZ', 'RS', 'FI', 'DK', 'IE'],
  ['RU', 'BY', 'KZ'],
  ['JP', 'KR'],
  ['SG', 'MY', 'TH', 'VN', 'ID'],
  ['IN'],
  ['AU', 'NZ'],
  ['US', 'CA', 'MX'],
  ['BR', 'AR', 'CL'],
  ['ZA', 'KE', 'ET', 'EG'],
  ['HK', 'MO'],
  ['TW'],
];

export const regionOf = (country: string): string[] => regions.find((r) => r.includes(country)) ?? [country];

/** Long-haul regions, where the flight home lands a day later and a transfer on the way is common. */
export const longHaul = new Set([
  'GB',
  'DE',
  'FR',
  'BE',
  'NL',
  'IT',
  'CH',
  'AT',
  'SE',
  'ES',
  'PT',
  'PL',
  'HU',
  'CZ',
  'RS',
  'FI',
  'DK',
  'IE',
  'US',
  'CA',
  'MX',
  'BR',
  'AR',
  'CL',
  'ZA',
  'KE',
  'ET',
  'EG',
  'IN',
]);

/** Where flights are few, and a general trip may take one day more (Latin America, Africa). */
export const poorConnections = new Set(['BR', 'AR', 'CL', 'ZA', 'KE', 'ET', 'EG']);

/** Where the way out changes planes ([country, city]), by the region flown to; North America flies direct. */
export const transferHubs: [destinations: string[], hubs: [string, string][]][] = [
  [
    regions[0]!,
    [
      ['FI', '赫尔辛基'],
      ['TR', '伊斯坦布尔'],
      ['AE', '迪拜'],
    ],
  ],
  [
    ['BR', 'AR', 'CL', 'MX'],
    [
      ['DE', '法兰克福'],
      ['FR', '巴黎'],
      ['NL', '阿姆斯特丹'],
    ],
  ],
  [
    ['ZA', 'KE', 'ET', 'EG'],
    [
      ['ET', '亚的斯亚贝巴'],
      ['AE', '迪拜'],
    ],
  ],
];

export const hubsTowards = (country: string): [string, string][] => transferHubs.find(([to]) => to.includes(country))?.[1] ?? [];

/** Entered without a visa on an ordinary or official passport in recent years (mutual or unilateral waivers). */
export const visaFree = new Set(['SG', 'MY', 'TH', 'RS', 'BY', 'KZ']);

/** Hong Kong, Macao and Taiwan need a travel permit and endorsement instead of a visa. */
export const permitNote: Record<string, string> = {
  HK: '办理因公往来香港澳门特别行政区通行证及签注',
  MO: '办理因公往来香港澳门特别行政区通行证及签注',
  TW: '办理大陆居民往来台湾通行证及入台许可',
};

/** Conferences teachers attend: [name, organiser, countries it has been held in]. */
export const conferences: [string, string, string[]][] = [
  ['国际劳动与雇佣关系协会（ILERA）世界大会', '国际劳动与雇佣关系协会', ['AU', 'KR', 'SE', 'PL', 'CA', 'DE']],
  ['国际劳动过程研讨会（ILPC）', '国际劳动过程研讨会组委会', ['GB', 'DE', 'AT', 'ES', 'IT', 'FI', 'NL']],
  ['全球劳工大学（GLU）年会', '全球劳工大学', ['DE', 'ZA', 'BR', 'IN', 'US']],
  ['国际社会学协会（ISA）世界社会学大会', '国际社会学协会', ['JP', 'CA', 'AU', 'ES', 'PT']],
  ['国际社会工作教育联盟（IASSW）双年会', '国际社会工作教育联盟', ['KR', 'AU', 'RS', 'IE', 'BR']],
  ['世界职业安全与健康大会', '国际劳工组织、国际社会保障协会', ['SG', 'CA', 'AU', 'DE']],
  ['国际传播学会（ICA）年会', '国际传播学会', ['US', 'JP', 'CA', 'AU', 'PT', 'FR', 'GB']],
  ['亚洲劳动法论坛', '亚洲劳动法学会', ['JP', 'KR', 'SG', 'MY', 'TH', 'VN', 'HK', 'TW']],
  ['欧洲劳动法学会年会', '欧洲劳动法学会', ['BE', 'NL', 'IT', 'ES', 'FR', 'DE', 'AT', 'PL']],
  ['国际人力资源管理研讨会', '国际人力资源管理协会', ['GB', 'US', 'SG', 'AU', 'NL', 'IE']],
  ['马克思主义与当代资本主义国际研讨会', '国际马克思主义研究会', ['RU', 'GB', 'FR', 'DE', 'BY']],
];

/** What an inspection trip looks at. */
export const inspectionTopics = ['工会干部教育培训', '职业安全培训体系', '劳动争议调解机制', '校园国际化建设', '继续教育与职业培训'];

/** Where visitors go after the university (in Beijing) before leaving China. */
export const secondCities = ['上海', '天津', '杭州', '西安'];
