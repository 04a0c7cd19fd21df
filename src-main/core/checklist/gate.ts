import type { ChecklistBlocker, FieldValue, NextStep, RegisterDef, TableRow } from '../../contract';

const statusOrder = (def: RegisterDef): string[] => def.fields.find((f) => f.key === def.statusField)?.options?.map((o) => o.value) ?? [];

function blockerOf(item: TableRow): ChecklistBlocker['reason'] | null {
  if (item.status === 'notApplicable') return null;
  if (item.status === 'rejected') return 'rejected';
  if (item.status !== 'done') return 'pending';
  return item.evidenceNeeded === true && !item.evidence ? 'evidenceMissing' : null;
}

/**
 * The checklist items that stop a record entering `target`: every item required before a stage at or
 * before `target` in the workflow that is not done (with its evidence, when evidence is needed) or marked
 * not applicable. Items naming a stage this register does not have never block.
 */
export function checklistBlockers(def: RegisterDef, values: Record<string, FieldValue>, target: string): ChecklistBlocker[] {
  if (!def.checklist || def.checklist.exemptStatuses.includes(target)) return [];
  const order = statusOrder(def);
  const at = order.indexOf(target);
  const items = (values[def.checklist.field] as TableRow[] | null) ?? [];
  const blockers: ChecklistBlocker[] = [];
  for (const item of items) {
    const stage = order.indexOf(String(item.requiredBefore));
    if (stage < 0 || at < stage) continue;
    const reason = blockerOf(item);
    if (reason) blockers.push({ title: String(item.title ?? ''), titleEn: (item.titleEn as string | null) ?? null, reason });
  }
  return blockers;
}

/** The statuses a record may move to now, each with what blocks it. */
export function nextSteps(def: RegisterDef, values: Record<string, FieldValue>): NextStep[] {
  if (!def.statusField || !def.transitions) return [];
  const current = String(values[def.statusField] ?? '');
  return (def.transitions[current] ?? []).map((status) => ({ status, blockers: checklistBlockers(def, values, status) }));
}

const reasonText = {
  pending: { zh: '未完成', en: 'not done' },
  rejected: { zh: '未通过', en: 'rejected' },
  evidenceMissing: { zh: '缺证明材料', en: 'evidence missing' },
};

/** "邀请函（未完成）、公示（缺证明材料）" in the user's language, for the refusal message. */
export const blockerList = (blockers: ChecklistBlocker[]) => ({
  zh: blockers.map((b) => `${b.title}（${reasonText[b.reason].zh}）`).join('、'),
  en: blockers.map((b) => `${b.titleEn ?? b.title} (${reasonText[b.reason].en})`).join('; '),
});
