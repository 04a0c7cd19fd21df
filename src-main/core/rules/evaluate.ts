import type { Localized } from '../../contract';
import { parseParams, ruleKindById, ruleKinds } from './catalog';
import { loc, type CheckEnv, type Finding, type RuleSubject, type RuleVersion, type Subject } from './types';

/** The version of a rule in force on a date: effective from that day on, to the end of its last day. */
export const versionInForce = (versions: RuleVersion[], ruleId: string, date: string): RuleVersion | undefined =>
  versions.find((v) => v.ruleId === ruleId && v.effectiveFrom <= date && (!v.effectiveTo || date <= v.effectiveTo));

/** An academic trip is exempt from a rule that allows it only with its academic task recorded. */
const academicExempt = (s: Subject) =>
  s.values.academic === true && typeof s.values.academicTask === 'string' && s.values.academicTask.trim() !== '';
const justified = (s: Subject) =>
  s.values.justificationApproved === true && typeof s.values.justification === 'string' && s.values.justification.trim() !== '';

function resolution(change: Localized, version: RuleVersion): Localized {
  const zh = [change.zh];
  const en = [change.en];
  if (version.exemptAcademic) {
    zh.push('或标记为教学科研类并填写学术任务');
    en.push('or mark it as teaching & research with its academic task recorded');
  }
  if (version.severity === 'block') {
    zh.push('或填写书面说明并经外办批准');
    en.push('or record a written justification the office approves');
  }
  return loc(zh.join('；'), en.join('; '));
}

/**
 * Every rule of the subject's kind, in the version in force on the subject's own date (a trip's
 * departure), run against it. A rule with no version in force that day is not checked; a version whose
 * parameters no longer parse is reported rather than skipped.
 */
export function checkSubject(kind: RuleSubject, subject: Subject, date: string, versions: RuleVersion[], env: CheckEnv): Finding[] {
  const out: Finding[] = [];
  for (const rule of ruleKinds.filter((k) => k.subject === kind)) {
    const version = versionInForce(versions, rule.id, date);
    if (!version || (version.exemptAcademic && academicExempt(subject))) continue;
    const head = {
      ruleId: rule.id,
      ruleRecord: version.recordId,
      ruleVersion: version.version,
      title: version.title,
      severity: version.severity,
      stage: rule.stage,
      source: version.source,
      resolution: resolution(rule.change, version),
      justified: version.severity === 'block' && justified(subject),
    };
    const { params, problems } = parseParams(rule, version.params);
    if (problems.length) {
      out.push({
        ...head,
        kind: 'cannotCheck',
        found: loc(`无法检查：规则参数有误（${problems[0]!.zh}）`, `cannot check: the rule's parameters are wrong (${problems[0]!.en})`),
        allowed: loc('—', '—'),
      });
      continue;
    }
    for (const b of rule.check(subject, params, env)) out.push({ ...head, ...b });
  }
  return out;
}

/**
 * The findings that refuse a move to `target`: blocking, not justified, and guarding a status at or before
 * the target in the workflow's order. Moves back (to rework) and cancellations are never refused.
 */
export function blockingFindings(
  findings: Finding[],
  statusOrder: string[],
  target: string,
  from: string | null,
  exempt: string[],
): Finding[] {
  if (exempt.includes(target) || target === from) return [];
  const at = statusOrder.indexOf(target);
  if (from !== null && statusOrder.indexOf(from) > at) return [];
  return findings.filter(
    (f) => f.severity === 'block' && !f.justified && statusOrder.indexOf(f.stage) !== -1 && statusOrder.indexOf(f.stage) <= at,
  );
}

export const knownRuleId = (id: string) => ruleKindById.has(id);
