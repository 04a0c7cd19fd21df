import type { FieldIssue, FieldValue, TableRow } from '../../contract';
import { chinaCode } from '../countries';

const dayMs = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;

/** Days abroad counted at the Chinese border: the departure and the return day both count. */
export const daysBetweenInclusive = (from: string, to: string): number => dayNumber(to) - dayNumber(from) + 1;

/**
 * Countries a trip counts: every country of the itinerary, transit stops included, except a transfer that
 * never leaves the airport, and China itself. In itinerary order, each once.
 */
export function countedCountries(legs: TableRow[]): string[] {
  const seen: string[] = [];
  for (const leg of legs) {
    const country = String(leg.country ?? '');
    if (!country || leg.stop === 'airside' || country === chinaCode || seen.includes(country)) continue;
    seen.push(country);
  }
  return seen;
}

/** The fields a delegation derives from its dates, itinerary and members. */
export function deriveDelegation(values: Record<string, FieldValue>): Record<string, FieldValue> {
  const depart = values.departDate as string | null;
  const back = values.returnDate as string | null;
  const legs = (values.legs as TableRow[] | null) ?? [];
  const members = (values.members as TableRow[] | null) ?? [];
  const countries = countedCountries(legs);
  return {
    days: depart && back && back >= depart ? daysBetweenInclusive(depart, back) : null,
    countries: countries.length ? countries : null,
    countryCount: legs.length ? countries.length : null,
    groupSize: members.length,
  };
}

/**
 * Legs in the order travelled. Of two legs arriving the same day, the one leaving first was travelled
 * first (a transit on the way in), whichever row it was entered on; legs equal in both keep their order.
 */
export const sortLegs = (legs: TableRow[]): TableRow[] => travelOrder(legs).map((i) => legs[i]!);

/** The row indexes of `legs` (as entered) in the order travelled. */
function travelOrder(legs: TableRow[]): number[] {
  const at = (i: number, key: string) => String(legs[i]![key]);
  return legs
    .map((_, i) => i)
    .sort((a, b) => at(a, 'arrive').localeCompare(at(b, 'arrive')) || at(a, 'leave').localeCompare(at(b, 'leave')) || a - b);
}

const issue = (field: string, zh: string, en: string): FieldIssue => ({ field, message: { zh, en } });

const stagesNeedingPlan = new Set(['submitted', 'publicNotice', 'approved', 'travelling', 'returned', 'reportFiled', 'closed']);
const stagesAfterReturn = new Set(['reportFiled', 'closed']);

/** Dates in order, legs inside the trip and not overlapping, each person once, what each stage needs. */
export function checkDelegation(values: Record<string, FieldValue>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const depart = values.departDate as string | null;
  const back = values.returnDate as string | null;
  if (depart && back && back < depart)
    issues.push(issue('returnDate', '结束日期不能早于开始日期', 'The end date cannot be before the start date'));

  const legs = (values.legs as TableRow[] | null) ?? [];
  legs.forEach((leg, i) => {
    const n = i + 1;
    const arrive = String(leg.arrive);
    const leave = String(leg.leave);
    if (leave < arrive)
      issues.push(issue(`legs.${i}.leave`, `行程第 ${n} 段：离开日期早于抵达日期`, `Itinerary leg ${n}: leaves before it arrives`));
    if (depart && arrive < depart)
      issues.push(
        issue(`legs.${i}.arrive`, `行程第 ${n} 段：早于团组开始日期 ${depart}`, `Itinerary leg ${n}: before the start date ${depart}`),
      );
    if (back && leave > back)
      issues.push(issue(`legs.${i}.leave`, `行程第 ${n} 段：晚于团组结束日期 ${back}`, `Itinerary leg ${n}: after the end date ${back}`));
  });
  // Overlaps are found in the order travelled but named by the rows as entered, which is what the form shows.
  const order = travelOrder(legs);
  order.forEach((i, k) => {
    const p = order[k - 1];
    if (p === undefined || String(legs[i]!.arrive) >= String(legs[p]!.leave)) return;
    const [n, m] = [i + 1, p + 1];
    issues.push(
      issue(`legs.${i}.arrive`, `行程第 ${n} 段与第 ${m} 段时间重叠`, `Itinerary legs ${Math.min(n, m)} and ${Math.max(n, m)} overlap`),
    );
  });

  const members = (values.members as TableRow[] | null) ?? [];
  const firstRow = new Map<string, number>();
  members.forEach((m, i) => {
    const person = String(m.person);
    const earlier = firstRow.get(person);
    if (earlier !== undefined) {
      issues.push(
        issue(`members.${i}.person`, `成员第 ${i + 1} 行与第 ${earlier + 1} 行是同一人`, `Member row ${i + 1} repeats row ${earlier + 1}`),
      );
    } else firstRow.set(person, i);
  });
  if (members.filter((m) => m.role === 'leader').length > 1) {
    issues.push(issue('members', '一个团组只能有一位团长', 'A delegation has one leader'));
  }

  const status = String(values.status ?? '');
  if (stagesNeedingPlan.has(status)) {
    const missing: [string, string, string][] = [];
    if (!depart) missing.push(['departDate', '开始日期', 'start date']);
    if (!back) missing.push(['returnDate', '结束日期', 'end date']);
    if (!legs.length) missing.push(['legs', '行程', 'itinerary']);
    if (!members.length) missing.push(['members', '团组成员', 'members']);
    for (const [field, zh, en] of missing) issues.push(issue(field, `申报前须填写${zh}`, `The ${en} is needed before submission`));
  }
  if (stagesAfterReturn.has(status)) {
    if (!values.tripReport && !values.tripReportFile)
      issues.push(issue('tripReport', '归档前须填写报告或上传报告文件', 'Write the report or attach it before filing'));
    if (!values.reportFiledDate) issues.push(issue('reportFiledDate', '请填写报告归档日期', 'Enter the date the report was filed'));
  }
  const returned = values.passportReturnedDate as string | null;
  if (returned && back && returned < back)
    issues.push(issue('passportReturnedDate', '护照交回日期不能早于回国日期', 'Passports cannot be returned before the trip ends'));
  const filed = values.reportFiledDate as string | null;
  if (filed && back && filed < back)
    issues.push(issue('reportFiledDate', '报告归档日期不能早于行程结束', 'The report cannot be filed before the trip ends'));
  return issues;
}
