import { addDays, daysBetween } from '../expiry';
import { breach, cannotCheck, loc, type Breach, type CheckEnv, type Params, type Subject } from './types';

/** After entry on a Z visa, the residence permit within N days (and no leaving China before it). */
export function residencePermit(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const n = p.days as number;
  const allowed = loc(`入境后 ${n} 天内办理居留许可`, `residence permit within ${n} days of entry`);
  const entry = s.values.entryDate as string | null;
  if (!entry) return [cannotCheck(loc('入境日期', 'the entry date'), allowed)];
  const due = addDays(entry, n);
  const issued = s.values.residencePermitIssued as string | null;
  if (issued && issued > due) return [breach(loc(`${issued} 办理，期限 ${due}`, `issued ${issued}, due ${due}`), allowed)];
  if (!issued && env.today > due) return [breach(loc(`逾期：期限 ${due}，尚未登记办理日期`, `overdue: due ${due}, not recorded`), allowed)];
  return [];
}

/**
 * The work-permit application is made about N days before the contract starts: while the hire is still being
 * applied for, a start closer than that is flagged so the office can move it or hurry.
 */
export function expertLeadTime(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const n = p.days as number;
  const allowed = loc(`合同开始前约 ${n} 天申请工作许可`, `apply for the work permit about ${n} days before the contract starts`);
  if (s.values.status !== 'applying') return [];
  const start = s.values.contractFrom as string | null;
  if (!start) return [cannotCheck(loc('合同开始日期', 'the contract start date'), allowed)];
  const ahead = daysBetween(env.today, start);
  return ahead < n
    ? [breach(loc(`仍在申请中，距合同开始 ${ahead} 天`, `still applying, ${ahead} days before the contract starts`), allowed)]
    : [];
}
