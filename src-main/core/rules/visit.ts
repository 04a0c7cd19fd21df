import { breach, cannotCheck, loc, type Breach, type CheckEnv, type Params, type Subject } from './types';

/**
 * Inbound visits (来访): the invitation goes through an authorised office about a month before entry,
 * three months for officials (embassy staff, politicians, international organisations).
 */
export function visitLeadTime(s: Subject, p: Params, env: CheckEnv): Breach[] {
  const official = s.values.officialGuests === true;
  const need = (official ? p.officialDays : p.days) as number;
  const allowed = official
    ? loc(`官员来访须在入境前至少 ${need} 天申报`, `officials: apply at least ${need} days before entry`)
    : loc(`入境前至少 ${need} 天申报`, `apply at least ${need} days before entry`);
  const entry = s.values.departDate as string | null;
  if (!entry) return [cannotCheck(loc('入境日期', 'the entry date'), allowed)];
  const applied = (s.values.submittedDate as string | null) ?? (s.values.status === 'draft' ? env.today : null);
  if (!applied) return [cannotCheck(loc('申报日期', 'the submission date'), allowed)];
  const ahead = Math.round((Date.parse(entry) - Date.parse(applied)) / 86_400_000);
  return ahead < need
    ? [breach(loc(`${applied} 申报，距入境 ${ahead} 天`, `submitted ${applied}, ${ahead} days before entry`), allowed)]
    : [];
}
