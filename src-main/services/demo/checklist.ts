import type { TableRow } from '../../contract';
import { addDays } from '../../core/expiry';
import { pickOne, randomInt } from '../../core/random';
import type { DemoEvidence } from './evidence';
import { stages, type Timeline } from './timeline';

type Rand = () => number;

export interface ChecklistSituation {
  timeline: Timeline;
  /** The stage the trip had reached when its record last moved (today, or the day it was cancelled). */
  reached: string;
  asOf: string;
  cancelled: boolean;
  /** Every country is visa-free for the travellers; or the permit note for Hong Kong, Macao and Taiwan. */
  visaFree: boolean;
  permitNote: string | null;
  unplanned: boolean;
  reviewers: string[];
  evidence: DemoEvidence;
}

/** Why an item was turned down, as the office writes it, for trips that were then cancelled. */
const rejections: Record<string, string> = {
  invitation: '邀请方级别与出访人员不对口，请重新联系',
  politicalReview: '政审材料不全，未予通过',
  budget: '经费来源未落实',
  visa: '签证未获签发',
  taskApproval: '未获出国任务批准',
  receptionPlan: '接待方案超出接待标准',
  visitorBackground: '来访人员背景审查未通过',
  visaInvitation: '来访人员护照有效期不足6个月',
};

/** The day an item is (or would be) dealt with: before the stage it is required for. */
function naturalDate(rand: Rand, key: string, requiredBefore: string, t: Timeline): string | null {
  const at = t.at;
  const notBefore = (date: string, floor: string | null) => (floor && date < floor ? floor : date);
  switch (requiredBefore) {
    case 'submitted':
      return notBefore(addDays(at.submitted, -randomInt(rand, 0, 5)), at.draft);
    case 'approved':
      return addDays(at.approved, -randomInt(rand, 0, 3));
    case 'travelling':
      return notBefore(addDays(t.depart, -randomInt(rand, 1, 10)), at.approved);
    case 'returned':
      return t.depart;
    case 'reportFiled':
      return key === 'passportReturned' ? t.passportsBack : at.reportFiled;
    default:
      return (at as Record<string, string | null>)[requiredBefore] ?? null;
  }
}

/**
 * A trip's checklist as it stands: every item required before the stage reached is done (or not
 * applicable), so the record obeys the gate; items due later are done when their day has passed and the
 * office got to them early; a cancelled trip sometimes shows the item that was turned down.
 */
export function demoChecklist(rand: Rand, items: TableRow[], s: ChecklistSituation): TableRow[] {
  const reachedIndex = stages.indexOf(s.reached);
  let rejectionLeft = s.cancelled && rand() < 0.3;
  return items.map((item) => {
    const key = String(item.key ?? '');
    const stage = String(item.requiredBefore);
    const date = naturalDate(rand, key, stage, s.timeline);
    const required = stages.indexOf(stage) <= reachedIndex;
    const early = !required && date !== null && date <= s.asOf && rand() < 0.6;
    if (!required && !early) {
      if (rejectionLeft && rejections[key]) {
        rejectionLeft = false;
        return { ...item, status: 'rejected', reviewer: pickOne(rand, s.reviewers), date: s.asOf, note: rejections[key] };
      }
      return s.cancelled ? item : { ...item, dueDate: date };
    }
    const done = { ...item, status: 'done', reviewer: pickOne(rand, s.reviewers), date };
    if (key === 'visa' && s.visaFree) return { ...done, status: 'notApplicable', note: '互免签证，无需办理' };
    if (key === 'visa' && s.permitNote) return { ...done, note: s.permitNote };
    if (key === 'plan' && s.unplanned) return { ...done, note: '计划外出访，已书面说明理由并经主管校领导同意' };
    return item.evidenceNeeded === true ? { ...done, evidence: s.evidence[key] ?? s.evidence.invitation! } : done;
  });
}
