import { addDays, daysBetween } from '../../core/expiry';
import { randomInt } from '../../core/random';
import { delegationStatuses } from '../../core/registers/delegation';

type Rand = () => number;

/** The workflow stages in order (cancelled stands outside it). */
export const stages = delegationStatuses.map((s) => s.value).filter((s) => s !== 'cancelled');

/**
 * The day each stage of a trip happens (or would happen): drafted, submitted with the lead time the rules
 * ask for, public notice of at least five working days (outbound only), approval, the trip itself,
 * passports back within seven days, the report within a month, closing. null: the stage does not apply.
 */
export interface Timeline {
  /** The day of each stage; no public notice for a visit. */
  at: {
    draft: string;
    submitted: string;
    publicNotice: string | null;
    approved: string;
    travelling: string;
    returned: string;
    reportFiled: string;
    closed: string;
  };
  passportsBack: string | null;
  depart: string;
  back: string;
}

export function tripTimeline(rand: Rand, outbound: boolean, depart: string, back: string, today: string): Timeline {
  // Lead times the rules name: up to 90 days for a trip abroad (several countries, the Americas), a month
  // or more for a visit. Internal review precedes the notice; the notice runs five working days, then the approvals.
  const submitted = addDays(depart, -(outbound ? randomInt(rand, 90, 130) : randomInt(rand, 30, 60)));
  const publicNotice = outbound ? addDays(submitted, randomInt(rand, 3, 10)) : null;
  // Eighteen days at least: a notice that runs into the National Day or Spring Festival week still has its five working days.
  const approved = addDays(publicNotice ?? submitted, randomInt(rand, 18, 28));
  const draft = addDays(submitted, -randomInt(rand, 3, 20));
  const reportFiled = addDays(back, randomInt(rand, 7, 30));
  const at: Timeline['at'] = {
    // A trip planned for next spring was drafted today at the latest.
    draft: draft < today ? draft : today,
    submitted,
    publicNotice,
    approved,
    travelling: depart,
    returned: addDays(back, 1),
    reportFiled,
    closed: addDays(reportFiled, randomInt(rand, 3, 30)),
  };
  // Some reports are overdue and some files wait for reimbursement: those stages have not happened yet.
  const sinceReturn = daysBetween(back, today);
  if (sinceReturn > 0 && sinceReturn < 120 && rand() < 0.12) at.reportFiled = at.closed = addDays(today, 10);
  else if (sinceReturn < 365 && rand() < 0.15) at.closed = addDays(today, 10);
  return { at, passportsBack: outbound ? addDays(back, randomInt(rand, 1, 7)) : null, depart, back };
}

/** The last stage reached on `day`. */
export function stageOn(timeline: Timeline, day: string): string {
  let reached = stages[0]!;
  for (const stage of stages) {
    const date = (timeline.at as Record<string, string | null>)[stage];
    if (date && date <= day) reached = stage;
  }
  return reached;
}

/**
 * Where a trip stands today: its stage, or cancelled (about one in twenty-five, somewhere between drafting
 * and departure), with the day its record stopped moving.
 */
export function tripState(rand: Rand, timeline: Timeline, today: string): { status: string; reached: string; asOf: string } {
  const drafted = timeline.at.draft;
  if (rand() < 0.04 && drafted < timeline.depart) {
    const last = timeline.depart <= today ? addDays(timeline.depart, -1) : today;
    const asOf = addDays(drafted, randomInt(rand, 0, Math.max(0, daysBetween(drafted, last))));
    return { status: 'cancelled', reached: stageOn(timeline, asOf), asOf };
  }
  const reached = stageOn(timeline, today);
  return { status: reached, reached, asOf: today };
}
