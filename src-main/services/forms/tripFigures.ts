import type { FieldValue } from '../../contract';
import { addWorkingDays, isWorkingDay } from '../../core/rules/calendar';
import { parseParams, ruleKindById } from '../../core/rules/catalog';
import { versionInForce } from '../../core/rules/evaluate';
import { dayLimit } from '../../core/rules/trip';
import type { Finding, Params, RuleVersion } from '../../core/rules/types';
import { localDate } from '../../ports/clock';
import type { ServiceContext } from '../context';
import { ruleVersions, subjectFindings, workCalendar } from '../ruleChecks';
import { chineseDate } from './recordText';

type Values = Record<string, FieldValue>;

/** The rules as they stand for this trip: the versions in force on its departure, and its findings under them. */
export interface TripRules {
  params(ruleId: string): { params: Params; version: RuleVersion } | null;
  findings: Finding[];
}

export function tripRules(ctx: ServiceContext, values: Values): TripRules {
  const versions = ruleVersions(ctx);
  const date = (values.departDate as string | null) ?? localDate(ctx.clock.now());
  return {
    params: (ruleId) => {
      const version = versionInForce(versions, ruleId, date);
      const kind = ruleKindById.get(ruleId);
      if (!version || !kind) return null;
      const parsed = parseParams(kind, version.params);
      return parsed.problems.length ? null : { params: parsed.params, version };
    },
    findings: subjectFindings(ctx, 'delegation', values),
  };
}

const academicExempt = (v: Values) => v.academic === true && typeof v.academicTask === 'string' && v.academicTask.trim() !== '';

/** What the rule's finding says of this trip: met, broken (and whether a justification was approved), or not checkable. */
function verdict(rules: TripRules, ruleId: string): string {
  const found = rules.findings.filter((f) => f.ruleId === ruleId);
  if (!found.length) return '符合规定';
  return found
    .map((f) => (f.kind === 'cannotCheck' ? f.found.zh : `超出规定（${f.found.zh}）${f.justified ? '，书面说明已获外办批准' : ''}`))
    .join('；');
}

/** "在外 8 天；规定 2 个国家不超过 8 天（依据…）：符合规定". */
export function daysAgainstLimit(values: Values, rules: TripRules): string {
  const days = values.days as number | null;
  const stated = days === null || days === undefined ? '在外天数未定' : `在外 ${days} 天`;
  const rule = rules.params('trip.maxDays');
  if (!rule) return `${stated}；无有效的天数规定`;
  if (rule.version.exemptAcademic && academicExempt(values)) return `${stated}；教学科研类团组，已写明学术任务，不受天数限制`;
  const n = Math.max(1, ((values.countries as string[] | null) ?? []).length);
  const { limit } = dayLimit({ values, members: [] }, rule.params);
  return `${stated}；规定 ${n} 个国家（地区）不超过 ${limit} 天（${rule.version.source}）：${verdict(rules, 'trip.maxDays')}`;
}

export function countriesAgainstLimit(values: Values, rules: TripRules): string {
  const n = ((values.countries as string[] | null) ?? []).length;
  const rule = rules.params('trip.maxCountries');
  const stated = `${n} 个国家（地区），含经停`;
  if (!rule) return `${stated}；无有效的国家数规定`;
  if (rule.version.exemptAcademic && academicExempt(values)) return `${stated}；教学科研类团组，已写明学术任务，不受国家数限制`;
  return `${stated}；规定不超过 ${rule.params.max as number} 个（${rule.version.source}）：${verdict(rules, 'trip.maxCountries')}`;
}

/**
 * The notice window: from the day it is posted, the rule's number of working days (the posting day counted
 * when it is a working day), by the State Council's calendar. Null while the start or the calendar is missing.
 */
export function noticeWindow(ctx: ServiceContext, values: Values, rules: TripRules): { period: string; end: string } | null {
  const start = values.noticeStart as string | null;
  const rule = rules.params('trip.publicNotice');
  if (!start || !rule) return null;
  const n = rule.params.workingDays as number;
  const calendar = workCalendar(ctx);
  const first = isWorkingDay(calendar, start);
  if (!first.ok) return null;
  const end = addWorkingDays(calendar, start, first.value ? n - 1 : n);
  if (!end.ok) return null;
  return { period: `${chineseDate(start)}至${chineseDate(end.value)}（${n} 个工作日）`, end: chineseDate(end.value) };
}

/** The trip report's deadline: the rule's working days after the return. */
export function reportDeadline(ctx: ServiceContext, values: Values, rules: TripRules): string {
  const back = values.returnDate as string | null;
  const rule = rules.params('trip.report');
  if (!back || !rule) return '';
  const n = rule.params.workingDays as number;
  const due = addWorkingDays(workCalendar(ctx), back, n);
  return due.ok ? `${chineseDate(due.value)}前（回国后 ${n} 个工作日内）` : '';
}
