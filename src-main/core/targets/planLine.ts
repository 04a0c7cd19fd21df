import type { Localized, TargetStatus } from '../../contract';

/** Below this share of the plan line a target is behind; from it up to the line, at risk. */
export const atRiskShare = 0.8;

export interface TargetSpec {
  kind: 'count' | 'range' | 'percent' | 'milestone';
  horizon: 'byDate' | 'perYear' | 'period';
  /** The figure to reach (the low end of a range), already multiplied out where stated per unit. */
  target: number | null;
  /** byDate: the year it is due; perYear: the first year it applies; period: the plan's last year when empty. */
  dueYear: number | null;
  planStart: number;
  planEnd: number;
  /** A figure that stands (partners in force) starts the plan line where it stood before the plan began. */
  baseline: number;
}

/**
 * Where the plan line says the figure should be at `year`, `elapsed` (0..1) of the way through it. A target
 * per year asks its full figure each year from its first year (pro rata while the year runs); a target by a
 * date climbs in a straight line from the baseline at the plan's start to the target in the due year; a
 * milestone is due in its year.
 */
export function plannedAt(spec: TargetSpec, year: number, elapsed: number): number | null {
  if (spec.kind === 'milestone') return spec.dueYear === null ? null : year >= spec.dueYear ? 1 : 0;
  if (spec.target === null) return null;
  if (spec.horizon === 'perYear') return year < (spec.dueYear ?? spec.planStart) ? null : spec.target * elapsed;
  const due = spec.dueYear ?? spec.planEnd;
  const steps = Math.max(1, due - spec.planStart + 1);
  const t = Math.min(Math.max(0, year - spec.planStart + elapsed), steps);
  return spec.baseline + (spec.target - spec.baseline) * (t / steps);
}

const fmt = (n: number, percent: boolean) => `${Math.round(n * 10) / 10}${percent ? '%' : ''}`;

/** The status of a figure against its target and plan line, with the rule that decided it in words. */
export function judge(
  spec: TargetSpec,
  actual: number,
  year: number,
  elapsed: number,
): { status: TargetStatus; reason: Localized; planned: number | null } {
  const planned = plannedAt(spec, year, elapsed);
  const pct = spec.kind === 'percent';
  if (spec.kind === 'milestone') {
    const due = spec.dueYear;
    if (actual >= 1) return { status: 'met', planned, reason: { zh: '里程碑已达成。', en: 'The milestone is reached.' } };
    if (due === null) return { status: 'noData', planned, reason: { zh: '里程碑没有截止年份。', en: 'The milestone has no due year.' } };
    if (year < due)
      return { status: 'onTrack', planned, reason: { zh: `尚未达成，${due} 年到期。`, en: `Not reached yet; due in ${due}.` } };
    if (year === due)
      return { status: 'atRisk', planned, reason: { zh: `${due} 年到期，尚未达成。`, en: `Due in ${due} and not reached yet.` } };
    return {
      status: 'behind',
      planned,
      reason: { zh: `${due} 年到期，至 ${year} 年仍未达成。`, en: `Due in ${due}; still not reached in ${year}.` },
    };
  }
  if (spec.target === null)
    return {
      status: 'noData',
      planned,
      reason: { zh: '目标没有填写数值（目标下限）。', en: 'The target has no figure (its low end) entered.' },
    };
  const target = fmt(spec.target, pct);
  if (actual >= spec.target) {
    return spec.horizon === 'perYear'
      ? {
          status: 'met',
          planned,
          reason: {
            zh: `${year} 年实际 ${fmt(actual, pct)}，达到每年 ${target} 的目标。`,
            en: `${fmt(actual, pct)} in ${year}: the yearly target of ${target} is reached.`,
          },
        }
      : {
          status: 'met',
          planned,
          reason: {
            zh: `实际 ${fmt(actual, pct)}，已达到目标 ${target}。`,
            en: `${fmt(actual, pct)}: the target of ${target} is reached.`,
          },
        };
  }
  if (planned === null) {
    const from = spec.dueYear ?? spec.planStart;
    return {
      status: 'onTrack',
      planned,
      reason: {
        zh: `该目标自 ${from} 年起考核，${year} 年不作要求。`,
        en: `The target applies from ${from}; nothing is asked in ${year}.`,
      },
    };
  }
  const share = planned > 0 ? actual / planned : 1;
  const line =
    spec.horizon === 'perYear'
      ? {
          zh: `每年目标 ${target}${elapsed < 1 ? `，按已过 ${Math.round(elapsed * 100)}% 的时间折算应达 ${fmt(planned, pct)}` : ''}`,
          en: `the yearly target is ${target}${elapsed < 1 ? `; with ${Math.round(elapsed * 100)}% of the year gone that is ${fmt(planned, pct)}` : ''}`,
        }
      : {
          zh: `按计划线（${spec.planStart} 年起自 ${fmt(spec.baseline, pct)} 匀速增至 ${spec.dueYear ?? spec.planEnd} 年的 ${target}）${year} 年应达 ${fmt(planned, pct)}`,
          en: `the plan line (from ${fmt(spec.baseline, pct)} in ${spec.planStart} evenly to ${target} in ${spec.dueYear ?? spec.planEnd}) asks ${fmt(planned, pct)} by ${year}`,
        };
  const got = {
    zh: `实际 ${fmt(actual, pct)}，${line.zh}，达到计划线的 ${Math.round(share * 100)}%`,
    en: `${fmt(actual, pct)} where ${line.en}: ${Math.round(share * 100)}% of the line`,
  };
  if (share >= 1) return { status: 'onTrack', planned, reason: { zh: `${got.zh}：按计划推进。`, en: `${got.en}: on track.` } };
  if (share >= atRiskShare)
    return {
      status: 'atRisk',
      planned,
      reason: {
        zh: `${got.zh}（不足计划线、但不低于 ${atRiskShare * 100}%）：有风险。`,
        en: `${got.en} (below it, but at least ${atRiskShare * 100}%): at risk.`,
      },
    };
  return {
    status: 'behind',
    planned,
    reason: { zh: `${got.zh}（低于 ${atRiskShare * 100}%）：滞后。`, en: `${got.en} (under ${atRiskShare * 100}%): behind.` },
  };
}
