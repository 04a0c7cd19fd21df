import { countryName, countryOf, inRegion } from '../countries';
import { addDays } from '../expiry';
import { addWorkingDays, workingDaysBetween } from './calendar';
import { breach, cannotCheck, loc, noCalendar, type Breach, type CheckEnv, type Params, type Subject } from './types';

/**
 * Checks of an official temporary trip abroad (因公临时出国, rules.md). Each takes the delegation with its
 * members, the rule version's parameters and today's date with the working-day calendar, and returns what
 * it found wrong or could not check; an empty list means the rule is met.
 */

const num = (p: Params, key: string) => p[key] as number;
const list = (p: Params, key: string) => p[key] as string[];
const str = (s: Subject, key: string) => (s.values[key] as string | null) ?? null;
const countriesOf = (s: Subject) => (s.values.countries as string[] | null) ?? [];
const hasItinerary = (s: Subject) => s.values.countryCount !== null && s.values.countryCount !== undefined;

const itinerary = loc('行程', 'itinerary');
const names = (codes: string[]) => loc(codes.map((c) => countryName(c).zh).join('、'), codes.map((c) => countryName(c).en).join(', '));
const tripDates = loc('出入境日期', 'departure and return dates');

/** Months after a date, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const last = new Date(Date.UTC(Math.floor(total / 12), (total % 12) + 1, 0)).getUTCDate();
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function maxCountries(s: Subject, p: Params): Breach[] {
  const allowed = loc(`不超过 ${num(p, 'max')} 个国家（地区），含经停`, `at most ${num(p, 'max')} countries, transit stops included`);
  if (!hasItinerary(s)) return [cannotCheck(itinerary, allowed)];
  const n = countriesOf(s).length;
  const named = names(countriesOf(s));
  return n > num(p, 'max') ? [breach(loc(`${n} 个国家（地区）：${named.zh}`, `${n} countries: ${named.en}`), allowed)] : [];
}

/**
 * Whether a country earns the extra days: it lies in one of the regions (or sub-regions) named, or is one of
 * the countries the office added, and is not one it took out.
 */
export const earnsExtraDays = (code: string, p: Params): boolean =>
  !list(p, 'noExtraCountries').includes(code) &&
  (list(p, 'extraCountries').includes(code) || list(p, 'extraRegions').some((r) => inRegion(code, r)));

/** The day limit for the number of countries (the last limit for more), plus the extra for the countries that earn it. */
export function dayLimit(s: Subject, p: Params): { limit: number; extraFor: string[] } {
  const limits = [num(p, 'days1'), num(p, 'days2'), num(p, 'days3')];
  const n = Math.max(1, countriesOf(s).length);
  const extraFor = countriesOf(s).filter((c) => earnsExtraDays(c, p));
  return { limit: limits[Math.min(n, limits.length) - 1]! + (extraFor.length ? num(p, 'extraDays') : 0), extraFor };
}

/**
 * The extra days were once given to a list of countries under `extraRegions`: such a version (one shipped
 * before regions, or the office's own) reads as that list of countries, with no region.
 */
export function extraDaysByCountry(raw: Record<string, string>): Record<string, string> {
  const items = (raw.extraRegions ?? '').split(/[,，、;；\s]+/).filter(Boolean);
  if (raw.extraCountries !== undefined || !items.length || !items.every((i) => /^[A-Za-z]{2}$/.test(i) && countryOf(i.toUpperCase())))
    return raw;
  const { extraRegions: countries, ...rest } = raw;
  return { ...rest, extraCountries: countries! };
}

export function maxDays(s: Subject, p: Params): Breach[] {
  const general = loc(
    `1国 ${num(p, 'days1')} 天、2国 ${num(p, 'days2')} 天、3国 ${num(p, 'days3')} 天`,
    `1 country ${num(p, 'days1')}, 2 countries ${num(p, 'days2')}, 3 countries ${num(p, 'days3')} days`,
  );
  const days = s.values.days as number | null;
  if (days === null || days === undefined) return [cannotCheck(tripDates, general)];
  if (!hasItinerary(s)) return [cannotCheck(itinerary, general)];
  const { limit, extraFor } = dayLimit(s, p);
  const n = countriesOf(s).length;
  const extra = names(extraFor);
  const allowed = loc(
    `${n} 个国家不超过 ${limit} 天（含出入境当天${extraFor.length ? `，含${extra.zh}所在地区加 ${num(p, 'extraDays')} 天` : ''}）`,
    `${n} countries: at most ${limit} days, border to border${extraFor.length ? `, with ${num(p, 'extraDays')} extra for ${extra.en}` : ''}`,
  );
  return days > limit ? [breach(loc(`在外 ${days} 天`, `${days} days abroad`), allowed)] : [];
}

export function groupSize(s: Subject, p: Params): Breach[] {
  const allowed = loc(`不超过 ${num(p, 'max')} 人（含翻译）`, `at most ${num(p, 'max')} people, interpreter included`);
  if (!s.members.length) return [cannotCheck(loc('团组成员', 'members'), allowed)];
  return s.members.length > num(p, 'max') ? [breach(loc(`${s.members.length} 人`, `${s.members.length} people`), allowed)] : [];
}

/** Members of one unit's leadership team travelling in one group, per unit. */
export function leadershipTogether(s: Subject, p: Params): Breach[] {
  const allowed = loc(
    `同一单位领导班子成员同团不超过 ${num(p, 'max')} 人`,
    `at most ${num(p, 'max')} of one unit's leadership team in a group`,
  );
  const byUnit = new Map<string, string[]>();
  for (const m of s.members.filter((m) => m.leadership))
    byUnit.set(m.department ?? '', [...(byUnit.get(m.department ?? '') ?? []), m.name]);
  return [...byUnit.values()]
    .filter((names) => names.length > num(p, 'max'))
    .map((names) =>
      breach(
        loc(
          `同一单位领导班子成员 ${names.length} 人同行：${names.join('、')}`,
          `${names.length} leadership members of one unit together: ${names.join(', ')}`,
        ),
        allowed,
      ),
    );
}

/** A public notice of N working days before approval; the approval date is today's until it is recorded. */
export function publicNotice(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const n = num(p, 'workingDays');
  const allowed = loc(`批准前公示不少于 ${n} 个工作日`, `a public notice of at least ${n} working days before approval`);
  const start = str(s, 'noticeStart');
  if (!start) return [cannotCheck(loc('公示开始日期', 'the public notice start date'), allowed)];
  const approval = str(s, 'approvedDate') ?? env.today;
  const days = workingDaysBetween(env.calendar, start, approval);
  if (!days.ok) return [noCalendar(days.missingYear, allowed)];
  return days.value < n
    ? [
        breach(
          loc(
            `${start} 起公示，至批准（${approval}）仅 ${days.value} 个工作日`,
            `notice from ${start}: ${days.value} working days before approval on ${approval}`,
          ),
          allowed,
        ),
      ]
    : [];
}

/** Nothing can be late before the trip is back: a deadline after the return is checked from the return on. */
function notBackYet(s: Subject, env: CheckEnv): boolean {
  const back = str(s, 'returnDate');
  return !['returned', 'reportFiled', 'closed'].includes(String(s.values.status)) && (!back || env.today <= back);
}

/** Something due after the return (passports back, disclosure, report): late, or still open past its date. */
function dueAfterReturn(
  s: Subject,
  env: CheckEnv,
  field: string,
  what: { zh: string; en: string },
  due: string,
  allowed: { zh: string; en: string },
): Breach[] {
  const done = str(s, field);
  if (done && done > due) return [breach(loc(`${what.zh}于 ${done}，期限 ${due}`, `${what.en} on ${done}, due ${due}`), allowed)];
  if (!done && env.today > due)
    return [breach(loc(`${what.zh}逾期：期限 ${due}，尚未登记`, `${what.en} overdue: due ${due}, not recorded`), allowed)];
  return [];
}

export function passportReturn(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const allowed = loc(`回国后 ${num(p, 'days')} 天内交回护照`, `passports returned within ${num(p, 'days')} days of return`);
  const back = str(s, 'returnDate');
  if (notBackYet(s, env)) return [];
  if (!back) return [cannotCheck(loc('回国日期', 'the return date'), allowed)];
  return dueAfterReturn(s, env, 'passportReturnedDate', loc('护照交回', 'passports returned'), addDays(back, num(p, 'days')), allowed);
}

export function disclosure(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const allowed = loc(
    `回国后 ${num(p, 'months')} 个月内公开出访信息`,
    `post-trip disclosure within ${num(p, 'months')} month(s) of return`,
  );
  const back = str(s, 'returnDate');
  if (notBackYet(s, env)) return [];
  if (!back) return [cannotCheck(loc('回国日期', 'the return date'), allowed)];
  return dueAfterReturn(s, env, 'disclosureDate', loc('出访信息公开', 'disclosure'), addMonths(back, num(p, 'months')), allowed);
}

export function tripReport(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const n = num(p, 'workingDays');
  const allowed = loc(`回国后 ${n} 个工作日内提交出访报告`, `trip report within ${n} working days of return`);
  const back = str(s, 'returnDate');
  if (notBackYet(s, env)) return [];
  if (!back) return [cannotCheck(loc('回国日期', 'the return date'), allowed)];
  const due = addWorkingDays(env.calendar, back, n);
  if (!due.ok) return [noCalendar(due.missingYear, allowed)];
  return dueAfterReturn(s, env, 'reportFiledDate', loc('报告归档', 'report filed'), due.value, allowed);
}

/** The lead time a destination needs: the longest of the general one, Schengen, far destinations and several countries. */
export function leadDaysFor(s: Subject, p: Params): number {
  const countries = countriesOf(s);
  const needs = [num(p, 'days')];
  if (countries.some((c) => list(p, 'schengen').includes(c))) needs.push(num(p, 'schengenDays'));
  if (countries.some((c) => list(p, 'farCountries').includes(c))) needs.push(num(p, 'farDays'));
  if (countries.length >= 2) needs.push(num(p, 'multiCountryDays'));
  return Math.max(...needs);
}

/** Until it is submitted a trip is measured as if submitted today, so a late plan shows before it is filed. */
function applicationDate(s: Subject, env: CheckEnv): string | null {
  const status = str(s, 'status');
  return str(s, 'submittedDate') ?? (status === 'draft' ? env.today : null);
}

export function leadTime(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const general = loc(
    `出发前至少 ${num(p, 'days')} 天申报（申根 ${num(p, 'schengenDays')} 天，美国/南美或多国 ${num(p, 'farDays')} 天）`,
    `apply at least ${num(p, 'days')} days ahead (Schengen ${num(p, 'schengenDays')}, US / South America or several countries ${num(p, 'farDays')})`,
  );
  const depart = str(s, 'departDate');
  if (!depart) return [cannotCheck(loc('出发日期', 'the departure date'), general)];
  if (!hasItinerary(s)) return [cannotCheck(itinerary, general)];
  const applied = applicationDate(s, env);
  if (!applied) return [cannotCheck(loc('申报日期', 'the submission date'), general)];
  const need = leadDaysFor(s, p);
  const ahead = Math.round((Date.parse(depart) - Date.parse(applied)) / 86_400_000);
  const allowed = loc(`该行程须提前 ${need} 天申报`, `this itinerary needs ${need} days' notice`);
  return ahead < need
    ? [breach(loc(`${applied} 申报，距出发 ${ahead} 天`, `submitted ${applied}, ${ahead} days before departure`), allowed)]
    : [];
}

/**
 * Checked until the trip leaves: afterwards the people register shows the passport held now, perhaps a
 * renewal issued since, which says nothing about the one travelled on.
 */
export function passportValidity(s: Subject, p: Params): Breach[] {
  if (['travelling', 'returned', 'reportFiled', 'closed'].includes(String(s.values.status))) return [];
  const allowed = loc(
    `护照有效期须超过回国后 ${num(p, 'months')} 个月`,
    `passports valid more than ${num(p, 'months')} months after return`,
  );
  const back = str(s, 'returnDate');
  if (!back) return [cannotCheck(loc('回国日期', 'the return date'), allowed)];
  if (!s.members.length) return [cannotCheck(loc('团组成员', 'members'), allowed)];
  const needed = addMonths(back, num(p, 'months'));
  const out: Breach[] = [];
  const unknown = s.members.filter((m) => !m.passportExpiry).map((m) => m.name);
  if (unknown.length)
    out.push(cannotCheck(loc(`${unknown.join('、')}的护照有效期`, `the passport expiry of ${unknown.join(', ')}`), allowed));
  const short = s.members.filter((m) => m.passportExpiry && m.passportExpiry <= needed);
  if (short.length) {
    const names = short.map((m) => `${m.name}（${m.passportExpiry}）`).join('、');
    out.push(
      breach(
        loc(`${names}的护照在 ${needed} 前到期`, `${short.map((m) => `${m.name} (${m.passportExpiry})`).join(', ')}: expires by ${needed}`),
        allowed,
      ),
    );
  }
  return out;
}

/** A trip outside the department's annual plan needs a reason. */
export function annualPlan(s: Subject): Breach[] {
  const allowed = loc('列入年度出访计划，或填写计划外出访理由', 'in the annual plan, or a reason for an unplanned trip');
  if (s.values.annualPlan || s.values.unplannedReason) return [];
  return [breach(loc('未关联年度计划，也未说明计划外理由', 'not linked to an annual plan and no reason given'), allowed)];
}
