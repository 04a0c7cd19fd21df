import { describe, expect, it } from 'vitest';
import holidayCalendar from '../../../assets/defaults/holidayCalendar.json';
import rules from '../../../assets/defaults/rules.json';
import type { FieldValue, TableRow } from '../../../src-main/contract';
import { deriveDelegation } from '../../../src-main/core/delegation/itinerary';
import { calendarOf } from '../../../src-main/core/rules/calendar';
import { checkSubject } from '../../../src-main/core/rules/evaluate';
import type { RuleSubject, RuleVersion, TripMember } from '../../../src-main/core/rules/types';

/** The shipped rule versions, as the rule register holds them. */
const shipped: RuleVersion[] = rules.map((r, i) => ({
  recordId: `r${i}`,
  version: 'v1',
  ruleId: r.ruleId,
  title: { zh: r.title, en: r.titleEn },
  source: r.source,
  params: Object.fromEntries((r.parameters ?? []).map((p) => [p.key, p.value])),
  severity: r.severity as 'block' | 'warning',
  exemptAcademic: r.exemptAcademic,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: null,
}));
const calendar = calendarOf(holidayCalendar);
const today = '2026-11-27';

/** The day limit version 2, stricter from 1 July 2026: the shipped one ends the day before. */
const midYear: RuleVersion[] = shipped.flatMap((v) =>
  v.ruleId !== 'trip.maxDays'
    ? [v]
    : [
        { ...v, effectiveTo: '2026-06-30' },
        { ...v, recordId: 'r-days-2026', version: 'v2', effectiveFrom: '2026-07-01', params: { ...v.params, days1: '4' } },
      ],
);

/** The day limit with the office's exceptions: Mongolia added, Egypt taken out of Africa. */
const withExceptions = shipped.map((v) =>
  v.ruleId !== 'trip.maxDays' ? v : { ...v, params: { ...v.params, extraCountries: 'MN', noExtraCountries: 'EG' } },
);
/** A version written before regions: its list of countries under `extraRegions` is read as those countries. */
const countryList = shipped.map((v) => (v.ruleId !== 'trip.maxDays' ? v : { ...v, params: { ...v.params, extraRegions: 'MX,BR,AR' } }));

const member = (i: number, over: Partial<TripMember> = {}): TripMember => ({
  name: `成员${i}`,
  department: 'FAO',
  leadership: false,
  passportExpiry: '2035-01-01',
  ...over,
});
const people = (n: number) => Array.from({ length: n }, (_, i) => member(i + 1));
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** A trip of `days` days from `depart` through `countries` in turn (a country written "XX:transit" or "XX:airside" is a stop). */
function trip(countries: string[], days: number, over: Record<string, FieldValue> = {}, depart = '2027-03-01'): Record<string, FieldValue> {
  const back = addDays(depart, days - 1);
  const legs: TableRow[] = countries.map((c) => {
    const [country, stop] = c.split(':');
    return { country: country!, arrive: depart, leave: depart, stop: stop ?? 'visit' };
  });
  const values: Record<string, FieldValue> = {
    direction: 'outbound',
    status: 'draft',
    departDate: depart,
    returnDate: back,
    legs,
    members: [],
    unplannedReason: '临时邀请',
    noticeStart: null,
    ...over,
  };
  return { ...values, ...deriveDelegation({ ...values, members: Array.from({ length: Number(over.size ?? 1) }, () => ({})) }) };
}

interface Scenario {
  name: string;
  rule: string;
  kind?: RuleSubject;
  values: Record<string, FieldValue>;
  members?: TripMember[];
  versions?: RuleVersion[];
  expect: 'pass' | 'breach' | 'cannotCheck';
  /** Text the finding must contain. */
  says?: string;
}

const academic = { academic: true, academicTask: '合作研究并作学术报告' };
const notice = (start: string, approved: string) => trip(['JP'], 5, { noticeStart: start, approvedDate: approved });
const afterReturn = (back: string, over: Record<string, FieldValue>) => trip(['JP'], 5, { status: 'returned', ...over }, addDays(back, -4));
const conference = (over: Record<string, FieldValue>): Record<string, FieldValue> => ({
  title: '劳动关系国际学术研讨会',
  status: 'planned',
  mode: 'offline',
  discipline: 'socialScience',
  highLevel: false,
  participantsForeign: 40,
  participantsTotal: 150,
  startDate: '2027-06-10',
  endDate: '2027-06-12',
  appliedDate: '2027-02-25',
  ...over,
});
const expert = (over: Record<string, FieldValue>): Record<string, FieldValue> => ({ status: 'arrived', entryDate: '2026-10-01', ...over });

const scenarios: Scenario[] = [
  // trip.maxCountries — transit stops that leave the airport count; an airside transfer does not
  { name: '3 countries are allowed', rule: 'trip.maxCountries', values: trip(['GB', 'FR', 'DE'], 10), expect: 'pass' },
  {
    name: '4 countries are too many',
    rule: 'trip.maxCountries',
    values: trip(['GB', 'FR', 'DE', 'NL'], 10),
    expect: 'breach',
    says: '4 个国家',
  },
  {
    name: 'a transit stop leaving the airport is a 4th country',
    rule: 'trip.maxCountries',
    values: trip(['GB', 'FR', 'DE', 'AE:transit'], 10),
    expect: 'breach',
  },
  {
    name: 'an airside transfer is not a country',
    rule: 'trip.maxCountries',
    values: trip(['GB', 'FR', 'DE', 'AE:airside'], 10),
    expect: 'pass',
  },
  {
    name: 'academic with its task recorded is exempt',
    rule: 'trip.maxCountries',
    values: trip(['GB', 'FR', 'DE', 'NL'], 10, academic),
    expect: 'pass',
  },
  {
    name: 'academic without a recorded task is not exempt',
    rule: 'trip.maxCountries',
    values: trip(['GB', 'FR', 'DE', 'NL'], 10, { academic: true }),
    expect: 'breach',
  },
  {
    name: 'no itinerary cannot be checked',
    rule: 'trip.maxCountries',
    values: { ...trip([], 5), countryCount: null },
    expect: 'cannotCheck',
    says: '缺少行程',
  },
  // trip.maxDays — border to border, 5 / 8 / 10, +1 for Latin America and Africa
  { name: '1 country, 5 days', rule: 'trip.maxDays', values: trip(['JP'], 5), expect: 'pass' },
  { name: '1 country, 6 days', rule: 'trip.maxDays', values: trip(['JP'], 6), expect: 'breach', says: '在外 6 天' },
  { name: '2 countries, 8 days', rule: 'trip.maxDays', values: trip(['JP', 'KR'], 8), expect: 'pass' },
  { name: '2 countries, 9 days', rule: 'trip.maxDays', values: trip(['JP', 'KR'], 9), expect: 'breach' },
  { name: '3 countries, 10 days', rule: 'trip.maxDays', values: trip(['GB', 'FR', 'DE'], 10), expect: 'pass' },
  { name: '3 countries, 11 days', rule: 'trip.maxDays', values: trip(['GB', 'FR', 'DE'], 11), expect: 'breach' },
  { name: 'Brazil earns a 6th day', rule: 'trip.maxDays', values: trip(['BR'], 6), expect: 'pass' },
  { name: 'Brazil, 7 days', rule: 'trip.maxDays', values: trip(['BR'], 7), expect: 'breach', says: '在外 7 天' },
  { name: 'Kenya and Ethiopia earn a 9th day', rule: 'trip.maxDays', values: trip(['KE', 'ET'], 9), expect: 'pass' },
  { name: 'Colombia (Latin America and the Caribbean) earns a 6th day', rule: 'trip.maxDays', values: trip(['CO'], 6), expect: 'pass' },
  { name: 'Colombia, 7 days', rule: 'trip.maxDays', values: trip(['CO'], 7), expect: 'breach', says: '含哥伦比亚所在地区加 1 天' },
  { name: 'Morocco (Africa) earns a 6th day', rule: 'trip.maxDays', values: trip(['MA'], 6), expect: 'pass' },
  { name: 'Jamaica (the Caribbean) earns a 6th day', rule: 'trip.maxDays', values: trip(['JM'], 6), expect: 'pass' },
  { name: 'Uzbekistan (Asia) earns none', rule: 'trip.maxDays', values: trip(['UZ'], 6), expect: 'breach', says: '1 个国家不超过 5 天' },
  { name: 'the United States (North America) earns none', rule: 'trip.maxDays', values: trip(['US'], 6), expect: 'breach' },
  { name: 'a country the office added earns it', rule: 'trip.maxDays', values: trip(['MN'], 6), versions: withExceptions, expect: 'pass' },
  {
    name: 'a country the office took out of Africa earns none',
    rule: 'trip.maxDays',
    values: trip(['EG'], 6),
    versions: withExceptions,
    expect: 'breach',
  },
  {
    name: 'the rest of Africa still earns it with exceptions',
    rule: 'trip.maxDays',
    values: trip(['KE'], 6),
    versions: withExceptions,
    expect: 'pass',
  },
  {
    name: 'a version listing countries gives Brazil its day',
    rule: 'trip.maxDays',
    values: trip(['BR'], 6),
    versions: countryList,
    expect: 'pass',
  },
  {
    name: 'a version listing countries gives Colombia none',
    rule: 'trip.maxDays',
    values: trip(['CO'], 6),
    versions: countryList,
    expect: 'breach',
  },
  {
    name: 'a transit stop makes Britain a 2-country trip: 9 days too many',
    rule: 'trip.maxDays',
    values: trip(['DE:transit', 'GB'], 9),
    expect: 'breach',
  },
  {
    name: 'an airside transfer leaves Britain a 1-country trip: 6 days too many',
    rule: 'trip.maxDays',
    values: trip(['DE:airside', 'GB'], 6),
    expect: 'breach',
    says: '1 个国家不超过 5 天',
  },
  { name: 'academic with its task, 15 days', rule: 'trip.maxDays', values: trip(['GB'], 15, academic), expect: 'pass' },
  {
    name: 'no dates cannot be checked',
    rule: 'trip.maxDays',
    values: { ...trip(['GB'], 5), days: null },
    expect: 'cannotCheck',
    says: '缺少出入境日期',
  },
  {
    name: 'the rule changed mid-year: a June trip keeps 5 days',
    rule: 'trip.maxDays',
    values: trip(['JP'], 5, {}, '2026-06-10'),
    versions: midYear,
    expect: 'pass',
  },
  {
    name: 'the rule changed mid-year: a July trip gets 4 days',
    rule: 'trip.maxDays',
    values: trip(['JP'], 5, {}, '2026-07-10'),
    versions: midYear,
    expect: 'breach',
    says: '不超过 4 天',
  },
  // trip.groupSize
  { name: 'a group of 6', rule: 'trip.groupSize', values: trip(['JP'], 5), members: people(6), expect: 'pass' },
  { name: 'a group of 7', rule: 'trip.groupSize', values: trip(['JP'], 5), members: people(7), expect: 'breach', says: '7 人' },
  {
    name: 'an academic group of 7 with its task',
    rule: 'trip.groupSize',
    values: trip(['JP'], 5, academic),
    members: people(7),
    expect: 'pass',
  },
  {
    name: 'a group with no members cannot be checked',
    rule: 'trip.groupSize',
    values: trip(['JP'], 5),
    members: [],
    expect: 'cannotCheck',
  },
  // trip.leadership
  {
    name: "two of one unit's leadership in one group",
    rule: 'trip.leadership',
    values: trip(['JP'], 5),
    members: [member(1, { leadership: true }), member(2, { leadership: true })],
    expect: 'breach',
  },
  {
    name: 'leaders of two units may travel together',
    rule: 'trip.leadership',
    values: trip(['JP'], 5),
    members: [member(1, { leadership: true }), member(2, { leadership: true, department: 'LAW' })],
    expect: 'pass',
  },
  // trip.publicNotice — Chinese working days
  {
    name: 'notice Monday to next Monday: 5 working days',
    rule: 'trip.publicNotice',
    values: notice('2026-11-16', '2026-11-23'),
    expect: 'pass',
  },
  {
    name: 'notice Monday to Friday: 4 working days',
    rule: 'trip.publicNotice',
    values: notice('2026-11-16', '2026-11-20'),
    expect: 'breach',
    says: '仅 4 个工作日',
  },
  {
    name: 'notice spanning National Day: 4 working days by 9 October',
    rule: 'trip.publicNotice',
    values: notice('2026-09-28', '2026-10-09'),
    expect: 'breach',
  },
  {
    name: 'notice spanning National Day: the make-up Saturday 10 October is the 5th working day',
    rule: 'trip.publicNotice',
    values: notice('2026-09-28', '2026-10-10'),
    expect: 'pass',
  },
  {
    name: 'a make-up Sunday counts: 20 to 24 September 2026 is 5 working days',
    rule: 'trip.publicNotice',
    values: notice('2026-09-20', '2026-09-25'),
    expect: 'pass',
  },
  {
    name: 'Spring Festival is not working days',
    rule: 'trip.publicNotice',
    values: notice('2026-02-12', '2026-02-25'),
    expect: 'breach',
    says: '仅 4 个工作日',
  },
  {
    name: 'no notice start cannot be checked',
    rule: 'trip.publicNotice',
    values: trip(['JP'], 5),
    expect: 'cannotCheck',
    says: '公示开始日期',
  },
  {
    name: 'a year without a calendar is never guessed',
    rule: 'trip.publicNotice',
    values: notice('2028-03-01', '2028-03-10'),
    expect: 'cannotCheck',
    says: '没有 2028 年的工作日日历',
  },
  // trip.passportValidity — more than 6 months after return
  {
    name: 'a passport valid 6 months and a day after return',
    rule: 'trip.passportValidity',
    values: trip(['JP'], 5),
    members: [member(1, { passportExpiry: '2027-09-06' })],
    expect: 'pass',
  },
  {
    name: 'a passport lapsing exactly 6 months after return',
    rule: 'trip.passportValidity',
    values: trip(['JP'], 5),
    members: [member(1, { passportExpiry: '2027-09-05' })],
    expect: 'breach',
  },
  {
    name: 'not checked once the trip has left (the register holds the passport now held)',
    rule: 'trip.passportValidity',
    values: trip(['JP'], 5, { status: 'travelling' }),
    members: [member(1, { passportExpiry: '2027-03-10' })],
    expect: 'pass',
  },
  {
    name: 'a passport expiry not on record cannot be checked',
    rule: 'trip.passportValidity',
    values: trip(['JP'], 5),
    members: [member(1, { passportExpiry: null })],
    expect: 'cannotCheck',
  },
  // trip.leadTime — by destination
  {
    name: 'Japan applied 45 days ahead',
    rule: 'trip.leadTime',
    values: trip(['JP'], 5, { status: 'submitted', submittedDate: '2027-01-15' }),
    expect: 'pass',
  },
  {
    name: 'Japan applied 44 days ahead',
    rule: 'trip.leadTime',
    values: trip(['JP'], 5, { status: 'submitted', submittedDate: '2027-01-16' }),
    expect: 'breach',
  },
  {
    name: 'France (Schengen) applied 59 days ahead',
    rule: 'trip.leadTime',
    values: trip(['FR'], 5, { status: 'submitted', submittedDate: '2027-01-01' }),
    expect: 'breach',
    says: '提前 60 天',
  },
  {
    name: 'the United States needs 90 days',
    rule: 'trip.leadTime',
    values: trip(['US'], 5, { status: 'submitted', submittedDate: '2026-12-01' }),
    expect: 'pass',
  },
  {
    name: 'a draft is measured as if submitted today',
    rule: 'trip.leadTime',
    values: trip(['JP'], 5, {}, '2026-12-20'),
    expect: 'breach',
    says: `${today} 申报`,
  },
  // after the return
  {
    name: 'passports back on the 7th day',
    rule: 'trip.passportReturn',
    values: afterReturn('2026-10-20', { passportReturnedDate: '2026-10-27' }),
    expect: 'pass',
  },
  {
    name: 'passports back on the 8th day',
    rule: 'trip.passportReturn',
    values: afterReturn('2026-10-20', { passportReturnedDate: '2026-10-28' }),
    expect: 'breach',
  },
  {
    name: 'passports still out past the deadline',
    rule: 'trip.passportReturn',
    values: afterReturn('2026-11-10', {}),
    expect: 'breach',
    says: '逾期',
  },
  { name: 'nothing is late before the trip is back', rule: 'trip.report', values: trip(['JP'], 5, { status: 'approved' }), expect: 'pass' },
  {
    name: 'a trip back without a return date cannot be checked',
    rule: 'trip.passportReturn',
    values: { ...trip(['JP'], 5, { status: 'returned' }), returnDate: null },
    expect: 'cannotCheck',
  },
  {
    name: 'report on the 15th working day after National Day',
    rule: 'trip.report',
    values: afterReturn('2026-09-30', { reportFiledDate: '2026-10-27' }),
    expect: 'pass',
  },
  {
    name: 'report a working day late',
    rule: 'trip.report',
    values: afterReturn('2026-09-30', { reportFiledDate: '2026-10-28' }),
    expect: 'breach',
  },
  {
    name: 'disclosure within the month',
    rule: 'trip.disclosure',
    values: afterReturn('2026-01-31', { disclosureDate: '2026-02-28' }),
    expect: 'pass',
  },
  {
    name: 'disclosure after the month',
    rule: 'trip.disclosure',
    values: afterReturn('2026-01-31', { disclosureDate: '2026-03-01' }),
    expect: 'breach',
  },
  // trip.annualPlan
  {
    name: 'an unplanned trip without a reason',
    rule: 'trip.annualPlan',
    values: trip(['JP'], 5, { unplannedReason: null }),
    expect: 'breach',
  },
  { name: 'an unplanned trip with its reason', rule: 'trip.annualPlan', values: trip(['JP'], 5), expect: 'pass' },
  // visit.leadTime
  {
    name: 'a visit applied 30 days before entry',
    rule: 'visit.leadTime',
    kind: 'inboundDelegation',
    values: { direction: 'inbound', status: 'submitted', departDate: '2027-03-31', submittedDate: '2027-03-01' },
    expect: 'pass',
  },
  {
    name: 'a visit applied 29 days before entry',
    rule: 'visit.leadTime',
    kind: 'inboundDelegation',
    values: { direction: 'inbound', status: 'submitted', departDate: '2027-03-30', submittedDate: '2027-03-01' },
    expect: 'breach',
  },
  {
    name: 'officials need 90 days',
    rule: 'visit.leadTime',
    kind: 'inboundDelegation',
    values: { direction: 'inbound', status: 'submitted', officialGuests: true, departDate: '2027-05-29', submittedDate: '2027-03-01' },
    expect: 'breach',
    says: '官员',
  },
  // conferences
  {
    name: 'a general conference applied 105 days ahead',
    rule: 'conference.leadTime',
    kind: 'conference',
    values: conference({}),
    expect: 'pass',
  },
  {
    name: 'a general conference applied 104 days ahead',
    rule: 'conference.leadTime',
    kind: 'conference',
    values: conference({ appliedDate: '2027-02-26' }),
    expect: 'breach',
  },
  {
    name: '100 social-science participants from abroad make it major: 165 days',
    rule: 'conference.leadTime',
    kind: 'conference',
    values: conference({ participantsForeign: 100 }),
    expect: 'breach',
    says: '重大',
  },
  {
    name: '299 natural-science participants from abroad are still general',
    rule: 'conference.leadTime',
    kind: 'conference',
    values: conference({ discipline: 'naturalScience', participantsForeign: 299, participantsTotal: 700 }),
    expect: 'pass',
  },
  {
    name: 'high officials make it major',
    rule: 'conference.leadTime',
    kind: 'conference',
    values: conference({ highLevel: true }),
    expect: 'breach',
  },
  {
    name: 'an online general conference needs 30 days',
    rule: 'conference.leadTime',
    kind: 'conference',
    values: conference({ mode: 'online', appliedDate: '2027-05-11' }),
    expect: 'pass',
  },
  {
    name: 'no discipline cannot be checked',
    rule: 'conference.leadTime',
    kind: 'conference',
    values: conference({ discipline: null }),
    expect: 'cannotCheck',
  },
  {
    name: 'a conference of 5 days',
    rule: 'conference.maxDays',
    kind: 'conference',
    values: conference({ endDate: '2027-06-14' }),
    expect: 'pass',
  },
  {
    name: 'a conference of 6 days',
    rule: 'conference.maxDays',
    kind: 'conference',
    values: conference({ endDate: '2027-06-15' }),
    expect: 'breach',
  },
  {
    name: 'an inflated title',
    rule: 'conference.titleWords',
    kind: 'conference',
    values: conference({ title: '首届劳动关系全球高峰论坛' }),
    expect: 'breach',
    says: '首届',
  },
  { name: 'a plain title', rule: 'conference.titleWords', kind: 'conference', values: conference({}), expect: 'pass' },
  // conference.summary — within 2 months of the end, 3,000 characters or the document
  {
    name: 'a summary filed within 2 months',
    rule: 'conference.summary',
    kind: 'conference',
    values: conference({ status: 'closed', summaryDate: '2027-08-12', summary: '总'.repeat(3000) }),
    expect: 'pass',
  },
  {
    name: 'a summary filed a day late',
    rule: 'conference.summary',
    kind: 'conference',
    values: conference({ status: 'closed', summaryDate: '2027-08-13', summary: '总'.repeat(3000) }),
    expect: 'breach',
    says: '期限 2027-08-12',
  },
  {
    name: 'a summary too short without its document',
    rule: 'conference.summary',
    kind: 'conference',
    values: conference({ status: 'closed', summaryDate: '2027-07-01', summary: '总'.repeat(2999) }),
    expect: 'breach',
    says: '2999 字',
  },
  {
    name: 'a short text beside the filed document',
    rule: 'conference.summary',
    kind: 'conference',
    values: conference({
      status: 'closed',
      summaryDate: '2027-07-01',
      summary: '见附件',
      summaryFile: { sha256: 'a'.repeat(64), name: '总结.pdf', size: 10 },
    }),
    expect: 'pass',
  },
  {
    name: 'a file closed without the summary date',
    rule: 'conference.summary',
    kind: 'conference',
    values: conference({ status: 'closed' }),
    expect: 'breach',
    says: '未登记',
  },
  {
    name: 'a summary overdue after the conference was held',
    rule: 'conference.summary',
    kind: 'conference',
    values: conference({ status: 'held', startDate: '2026-06-10', endDate: '2026-06-12' }),
    expect: 'breach',
    says: '逾期',
  },
  {
    name: 'a conference just held is not due yet',
    rule: 'conference.summary',
    kind: 'conference',
    values: conference({ status: 'held', startDate: '2026-11-20', endDate: '2026-11-22' }),
    expect: 'pass',
  },
  // experts
  {
    name: 'an application 90 days before the contract',
    rule: 'expert.leadTime',
    kind: 'expert',
    values: { status: 'applying', contractFrom: '2027-02-25' },
    expect: 'pass',
  },
  {
    name: 'an application 89 days before the contract',
    rule: 'expert.leadTime',
    kind: 'expert',
    values: { status: 'applying', contractFrom: '2027-02-24' },
    expect: 'breach',
    says: '89 天',
  },
  {
    name: 'an approved hire is past the lead time',
    rule: 'expert.leadTime',
    kind: 'expert',
    values: { status: 'approved', contractFrom: '2026-12-01' },
    expect: 'pass',
  },
  {
    name: 'an application without a contract start cannot be checked',
    rule: 'expert.leadTime',
    kind: 'expert',
    values: { status: 'applying', contractFrom: null },
    expect: 'cannotCheck',
  },
  {
    name: 'residence permit on the 30th day after entry',
    rule: 'expert.residencePermit',
    kind: 'expert',
    values: expert({ residencePermitIssued: '2026-10-31' }),
    expect: 'pass',
  },
  {
    name: 'residence permit on the 31st day',
    rule: 'expert.residencePermit',
    kind: 'expert',
    values: expert({ residencePermitIssued: '2026-11-01' }),
    expect: 'breach',
  },
  {
    name: 'residence permit still missing after 30 days',
    rule: 'expert.residencePermit',
    kind: 'expert',
    values: expert({}),
    expect: 'breach',
    says: '逾期',
  },
  {
    name: 'no entry date cannot be checked',
    rule: 'expert.residencePermit',
    kind: 'expert',
    values: expert({ entryDate: null }),
    expect: 'cannotCheck',
  },
];

describe('rule scenarios', () => {
  it('has at least 40 scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(40));

  it.each(scenarios.map((s) => [`${s.rule}: ${s.name}`, s] as const))('%s', (_, s) => {
    const kind = s.kind ?? 'outboundDelegation';
    const date = String(s.values.departDate ?? s.values.startDate ?? s.values.entryDate ?? today);
    const findings = checkSubject(kind, { values: s.values, members: s.members ?? people(2) }, date, s.versions ?? shipped, {
      today,
      calendar,
    }).filter((f) => f.ruleId === s.rule);
    expect(findings.length ? findings.map((f) => f.kind) : ['pass']).toEqual([s.expect]);
    if (s.says) expect(findings.map((f) => `${f.found.zh} ${f.allowed.zh}`).join(' ')).toContain(s.says);
    for (const f of findings) expect(f.source).not.toBe('');
  });
});
