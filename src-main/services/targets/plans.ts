import type { Localized, PlanSummary } from '../../contract';
import { rows } from './metric';
import type { ServiceContext } from '../context';

export function livePlans(ctx: ServiceContext): PlanSummary[] {
  return rows<{ id: string; code: string; nameZh: string; nameEn: string | null; startYear: number; endYear: number }>(
    ctx,
    `SELECT "id", "code", "nameZh", "nameEn", "startYear", "endYear" FROM "plan" WHERE "deleted" = 0 ORDER BY "startYear", "code"`,
  ).map((p) => ({ id: p.id, code: p.code, name: { zh: p.nameZh, en: p.nameEn || p.nameZh }, startYear: p.startYear, endYear: p.endYear }));
}

/** A plan as a message names it: by its name in the message's language (its code is an internal key). */
const period = (p: PlanSummary, lang: 'zh' | 'en') =>
  lang === 'zh' ? `${p.name.zh}（${p.startYear}–${p.endYear}）` : `${p.name.en} (${p.startYear}–${p.endYear})`;

export interface ChosenPlan {
  plan: PlanSummary | null;
  year: number;
  problems: Localized[];
}

/**
 * The plan a report is about and the year looked at. A plan named is used, its year kept within its period;
 * otherwise the plan covering the year (today's by default). With no year asked and none covering today, the
 * latest plan that has ended is shown as of its last year, saying so; two plans covering the year make the
 * choice ambiguous, so none is chosen until one is named.
 */
export function choosePlan(plans: PlanSummary[], input: { plan?: string; year?: number }, currentYear: number): ChosenPlan {
  const problems: Localized[] = [];
  const overlaps = (p: PlanSummary) => plans.filter((o) => o.id !== p.id && o.startYear <= p.endYear && p.startYear <= o.endYear);
  const note = (p: PlanSummary) => {
    for (const o of overlaps(p)) {
      problems.push({
        zh: `规划期重叠：${period(p, 'zh')} 与 ${period(o, 'zh')} 的年份重叠，请核对两个规划的起止年份。`,
        en: `Overlapping plan periods: ${period(p, 'en')} and ${period(o, 'en')} share years; check both plans' first and last years.`,
      });
    }
  };
  if (input.plan) {
    const plan = plans.find((p) => p.id === input.plan);
    if (!plan)
      return {
        plan: null,
        year: input.year ?? currentYear,
        problems: [{ zh: '找不到所选规划（可能已删除）。', en: 'The plan chosen does not exist (it may have been deleted).' }],
      };
    let year = input.year ?? Math.min(Math.max(currentYear, plan.startYear), plan.endYear);
    if (year < plan.startYear || year > plan.endYear) {
      problems.push({
        zh: `${year} 年不在 ${period(plan, 'zh')} 规划期内，显示其 ${year < plan.startYear ? '首' : '末'}年。`,
        en: `${year} is outside ${period(plan, 'en')}; showing its ${year < plan.startYear ? 'first' : 'last'} year.`,
      });
      year = Math.min(Math.max(year, plan.startYear), plan.endYear);
    }
    note(plan);
    return { plan, year, problems };
  }
  const year = input.year ?? currentYear;
  const covering = plans.filter((p) => p.startYear <= year && year <= p.endYear);
  if (covering.length > 1) {
    return {
      plan: null,
      year,
      problems: [
        {
          zh: `规划期重叠：${covering.map((p) => period(p, 'zh')).join('、')} 都包含 ${year} 年，无法确定适用的规划。请修改规划的起止年份，或选择其中一个规划。`,
          en: `Overlapping plan periods: ${covering.map((p) => period(p, 'en')).join(', ')} all include ${year}, so the plan in force is unclear. Correct the plans' years, or choose one of them.`,
        },
      ],
    };
  }
  if (covering.length === 1) {
    note(covering[0]!);
    return { plan: covering[0]!, year, problems };
  }
  const ended = plans.filter((p) => p.endYear < year).at(-1);
  if (input.year === undefined && ended) {
    problems.push({
      zh: `没有覆盖 ${year} 年的规划；显示最近结束的 ${period(ended, 'zh')}，截至 ${ended.endYear} 年。可在“发展规划”中新建下一个规划。`,
      en: `No plan covers ${year}; showing the latest plan to end, ${period(ended, 'en')}, as of ${ended.endYear}. The next plan can be created under Plans.`,
    });
    note(ended);
    return { plan: ended, year: ended.endYear, problems };
  }
  return { plan: null, year, problems: [{ zh: `没有覆盖 ${year} 年的规划。`, en: `No plan covers ${year}.` }] };
}
