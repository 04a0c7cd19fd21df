import type { EvaluationSuggestion, Localized } from '../../contract';

/** Completion from which a plan counts as completed, and below which the plan is clearly not carried out. */
export const completedShare = 0.9;
export const shortfallShare = 0.6;

/**
 * The plan's incentive rule (监督与评估): a department that completes its annual plan with strong results gets
 * more funds next year, one that does not gets its exchange funds cut. Completed: at least 90% of the planned
 * items done (each line counted up to its planned number); strong results: the year's records at least as
 * many as the items planned; not carried out: under 60% done.
 */
export function suggestFunding(
  plannedCount: number | null,
  doneCount: number,
  results: number,
): { suggestion: EvaluationSuggestion; reason: Localized } {
  if (plannedCount === null) {
    return {
      suggestion: 'noPlan',
      reason: {
        zh: '本年度没有年度计划，无法按计划完成情况考核。',
        en: 'No annual plan for the year, so there is no completion to evaluate.',
      },
    };
  }
  const completion = plannedCount > 0 ? doneCount / plannedCount : 1;
  const pct = `${Math.round(completion * 100)}%`;
  const done = {
    zh: `年度计划完成 ${doneCount}/${plannedCount} 项（${pct}），当年成果 ${results} 项`,
    en: `${doneCount} of ${plannedCount} planned items done (${pct}), ${results} results in the year`,
  };
  if (completion >= completedShare && results >= plannedCount) {
    return {
      suggestion: 'increase',
      reason: {
        zh: `${done.zh}：完成计划（≥${completedShare * 100}%）且成果不少于计划项数，建议增加经费和项目。`,
        en: `${done.en}: the plan is completed (≥${completedShare * 100}%) with at least as many results as planned items, so more funds and projects.`,
      },
    };
  }
  if (completion < shortfallShare) {
    return {
      suggestion: 'reduce',
      reason: {
        zh: `${done.zh}：完成不足 ${shortfallShare * 100}%，建议扣减交流经费。`,
        en: `${done.en}: under ${shortfallShare * 100}% done, so the exchange funds are cut.`,
      },
    };
  }
  return {
    suggestion: 'keep',
    reason:
      completion >= completedShare
        ? {
            zh: `${done.zh}：完成计划，但成果少于计划项数，建议维持。`,
            en: `${done.en}: the plan is completed but with fewer results than planned items, so funding stays.`,
          }
        : {
            zh: `${done.zh}：完成 ${shortfallShare * 100}%–${completedShare * 100}% 之间，建议维持。`,
            en: `${done.en}: between ${shortfallShare * 100}% and ${completedShare * 100}% done, so funding stays.`,
          },
  };
}
