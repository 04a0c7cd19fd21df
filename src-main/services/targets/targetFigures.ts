import type { FieldValue, Localized, PlanSummary, TableRow, TargetResult, TargetYearFigure } from '../../contract';
import { judge, plannedAt, type TargetSpec } from '../../core/targets/planLine';
import type { ServiceContext } from '../context';
import type { Counted, Metric } from './metric';
import { metrics } from './metrics';

export interface TargetRecord {
  id: string;
  values: Record<string, FieldValue>;
  updatedAt: string;
  updatedBy: string;
}

export interface Headcounts {
  teachers: number | null;
  studentsEnrolled: number | null;
}

export interface FigureContext {
  ctx: ServiceContext;
  plan: PlanSummary;
  /** The year looked at. */
  year: number;
  today: string;
  headcounts: Map<number, Headcounts>;
  installationName(id: string): string;
}

const denominatorName: Record<string, Localized> = {
  teachers: { zh: '专任教师人数', en: 'teacher head-count' },
  studentsEnrolled: { zh: '在校生人数', en: 'student enrolment' },
};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** How far through a year today is: all of a past year, none of a future one. */
export function elapsedOf(year: number, today: string): number {
  const current = Number(today.slice(0, 4));
  if (year < current) return 1;
  if (year > current) return 0;
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return (Date.parse(`${today}T00:00:00Z`) - start) / 86_400_000 / days + 1 / days;
}

const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : null);
const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : null);

/** Figures of a computed metric per year: for a target by a date, a flow adds up from the plan's first year. */
function computedYears(fc: FigureContext, metric: Metric, cumulative: boolean, years: number[], qualifyingTypes: string[]) {
  const counted = metric.count({ ctx: fc.ctx, years: [fc.plan.startYear - 1, ...years], today: fc.today, qualifyingTypes });
  const figures = new Map<
    number,
    { ids: Counted; inYear: number | null; actual: number | null; denominator: number | null; missing: Localized | null }
  >();
  let running: Counted = new Map();
  for (const year of years) {
    const own = counted.get(year) ?? new Map<string, string>();
    running = new Map([...running, ...own]);
    const ids = metric.shape === 'flow' && cumulative ? running : own;
    let actual: number | null = ids.size;
    let denominator: number | null = null;
    let missing: Localized | null = null;
    if (metric.shape === 'milestone') actual = ids.size > 0 ? 1 : 0;
    if (metric.shape === 'share') {
      denominator = fc.headcounts.get(year)?.[metric.denominator!] ?? null;
      const what = denominatorName[metric.denominator!]!;
      if (denominator === null) {
        actual = null;
        missing = {
          zh: `缺少 ${year} 年的${what.zh}（在“年度基数”中填写）`,
          en: `No ${what.en} entered for ${year} (under Annual head-counts)`,
        };
      } else actual = round1((100 * ids.size) / denominator);
    }
    figures.set(year, { ids, inYear: metric.shape === 'flow' && cumulative ? own.size : null, actual, denominator, missing });
  }
  const before = counted.get(fc.plan.startYear - 1)?.size ?? 0;
  return { figures, baseline: metric.shape === 'stock' ? before : 0 };
}

/** A value entered by hand: that year's for a target per year, else the latest entered up to the year. */
function manualYears(record: TargetRecord, years: number[], perYear: boolean, milestone: boolean) {
  const entered = ((record.values.manualValues as TableRow[] | null) ?? [])
    .map((r) => ({ year: Number(r.year), value: Number(r.value) }))
    .sort((a, b) => a.year - b.year);
  const achievedOn = str(record.values.achievedOn);
  return new Map(
    years.map((year) => {
      if (milestone && achievedOn && Number(achievedOn.slice(0, 4)) <= year)
        return [year, { actual: 1 as number | null, missing: null as Localized | null }];
      const row = perYear ? entered.find((r) => r.year === year) : entered.filter((r) => r.year <= year).at(-1);
      if (row) return [year, { actual: milestone ? (row.value >= 1 ? 1 : 0) : row.value, missing: null }];
      return [year, { actual: null, missing: { zh: `未填报 ${year} 年的数值`, en: `No value entered for ${year}` } }];
    }),
  );
}

/** One target of the plan: its figure per year, the headline for the year looked at, and its status. */
export function targetResult(fc: FigureContext, record: TargetRecord): TargetResult {
  const v = record.values;
  const kind = (str(v.kind) ?? 'count') as TargetResult['kind'];
  const horizon = (str(v.horizon) ?? 'byDate') as TargetResult['horizon'];
  const source = (str(v.source) ?? 'none') as TargetResult['source'];
  const metricId = source === 'computed' ? str(v.metric) : null;
  const metric = metricId ? metrics[metricId] : undefined;
  const qualifyingTypes = (v.qualifyingTypes as string[] | null) ?? [];
  const years = Array.from({ length: Math.max(0, fc.year - fc.plan.startYear + 1) }, (_, i) => fc.plan.startYear + i);
  const scale = metric?.scale?.(fc.ctx);
  const targetMin = num(v.targetMin);
  const spec: TargetSpec = {
    kind,
    horizon,
    target: targetMin === null ? null : targetMin * (scale?.factor ?? 1),
    dueYear: num(v.dueYear),
    planStart: fc.plan.startYear,
    planEnd: fc.plan.endYear,
    baseline: 0,
  };
  const base: TargetResult = {
    target: record.id,
    code: str(v.code) ?? '',
    number: num(v.number) ?? 0,
    title: { zh: str(v.titleZh) ?? '', en: str(v.titleEn) || str(v.titleZh) || '' },
    kind,
    horizon,
    dueYear: spec.dueYear,
    targetMin,
    targetMax: num(v.targetMax),
    targetText: str(v.targetText) ?? '',
    responsibleDepartments: (v.responsibleDepartments as string[] | null) ?? [],
    source,
    metric: metricId,
    actual: null,
    denominator: null,
    status: 'noData',
    statusReason: { zh: '', en: '' },
    missing: null,
    records: null,
    byDepartment: {},
    byYear: [],
    enteredBy: null,
    enteredAt: null,
  };
  const elapsed = elapsedOf(fc.year, fc.today);
  const yearFigure = (year: number, actual: number | null, extra: Partial<TargetYearFigure>): TargetYearFigure => ({
    year,
    actual,
    planned: plannedAt(spec, year, elapsedOf(year, fc.today)),
    denominator: null,
    missing: null,
    records: null,
    ...extra,
  });

  if (source === 'computed') {
    if (!metric) {
      const missing = { zh: '由台账计算，但没有选择计算指标', en: 'Computed, but no metric is chosen' };
      return { ...base, missing, statusReason: missing };
    }
    const { figures, baseline } = computedYears(fc, metric, horizon !== 'perYear', years, qualifyingTypes);
    spec.baseline = baseline;
    base.byYear = years.map((year) => {
      const f = figures.get(year)!;
      return yearFigure(year, f.actual, {
        denominator: f.denominator,
        missing: f.missing,
        records: { register: metric.register, ids: [...f.ids.keys()] },
        ...(f.inYear !== null ? { inYear: f.inYear } : {}),
      });
    });
    const head = figures.get(fc.year);
    const rule = metric.rule({ qualifyingTypes });
    const scaleNote = scale
      ? {
          zh: `目标按${scale.what.zh}（${scale.factor}）折算为 ${spec.target ?? '—'}。`,
          en: `The target is multiplied by ${scale.what.en} (${scale.factor}): ${spec.target ?? '—'}.`,
        }
      : null;
    const byDepartment: Record<string, number> = {};
    for (const d of head?.ids.values() ?? []) byDepartment[d] = (byDepartment[d] ?? 0) + 1;
    const result = {
      ...base,
      actual: head?.actual ?? null,
      denominator: head?.denominator ?? null,
      records: head ? { register: metric.register, ids: [...head.ids.keys()] } : null,
      byDepartment,
    };
    if (!head || head.actual === null) {
      const missing = head?.missing ?? { zh: `${fc.year} 年没有数据`, en: `No figure for ${fc.year}` };
      return {
        ...result,
        missing,
        statusReason: { zh: `${missing.zh}，无法判断。计算规则：${rule.zh}`, en: `${missing.en}, so no status. Rule: ${rule.en}` },
      };
    }
    const judged = judge(spec, head.actual, fc.year, elapsed);
    return {
      ...result,
      status: judged.status,
      statusReason: {
        zh: `${judged.reason.zh}${scaleNote ? scaleNote.zh : ''}计算规则：${rule.zh}`,
        en: `${judged.reason.en} ${scaleNote ? scaleNote.en + ' ' : ''}Rule: ${rule.en}`,
      },
    };
  }

  if (source === 'manual') {
    const entered = manualYears(record, years, horizon === 'perYear', kind === 'milestone');
    base.byYear = years.map((year) => yearFigure(year, entered.get(year)!.actual, { missing: entered.get(year)!.missing }));
    const head = entered.get(fc.year);
    const who = { enteredBy: fc.installationName(record.updatedBy), enteredAt: record.updatedAt };
    if (!head || head.actual === null) {
      const missing = head?.missing ?? { zh: `${fc.year} 年没有数据`, en: `No figure for ${fc.year}` };
      return {
        ...base,
        ...who,
        missing,
        statusReason: { zh: `手工填报：${missing.zh}，无法判断。`, en: `Entered by hand: ${missing.en}, so no status.` },
      };
    }
    const judged = judge(spec, head.actual, fc.year, elapsed);
    const achievedOn = str(v.achievedOn);
    const note = str(v.achievementNote);
    const reached =
      kind === 'milestone' && achievedOn && Number(achievedOn.slice(0, 4)) <= fc.year
        ? { zh: `于 ${achievedOn} 达成${note ? `：${note}` : ''}。`, en: ` Reached on ${achievedOn}${note ? `: ${note}` : ''}.` }
        : { zh: '', en: '' };
    return {
      ...base,
      ...who,
      actual: head.actual,
      status: judged.status,
      statusReason: {
        zh: `${judged.reason.zh}${reached.zh}数值为手工填报。`,
        en: `${judged.reason.en}${reached.en} The figure is entered by hand.`,
      },
    };
  }

  const missing = {
    zh: '没有数据来源：请选择由台账计算的指标，或手工填报数值',
    en: 'No source: choose a computed metric or enter the values by hand',
  };
  base.byYear = years.map((year) => yearFigure(year, null, { missing }));
  return { ...base, missing, statusReason: missing };
}
