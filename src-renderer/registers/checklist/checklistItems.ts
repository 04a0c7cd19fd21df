import type { EnumOption, FieldDef, TableRow } from '../../../src-main/contract';

/** Done, but the evidence the item asks for is not attached: the backend's gate still counts it open. */
export const needsEvidence = (row: TableRow): boolean => row.status === 'done' && row.evidenceNeeded === true && !row.evidence;

/** An item that no longer blocks a status move: done (with its evidence) or not applicable. */
export const isSettled = (row: TableRow): boolean => row.status === 'notApplicable' || (row.status === 'done' && !needsEvidence(row));

export interface Stage {
  value: string;
  label: EnumOption['label'];
  /** The items required before this stage, with their index in the checklist (their form path). */
  items: { row: TableRow; index: number }[];
}

/** The items grouped by the stage they are required before, in the workflow's order. */
export function checklistStages(field: FieldDef, rows: TableRow[]): Stage[] {
  const options = field.columns?.find((c) => c.key === 'requiredBefore')?.options ?? [];
  const stages: Stage[] = options.map((o) => ({ value: o.value, label: o.label, items: [] }));
  rows.forEach((row, index) => {
    const value = String(row.requiredBefore ?? '');
    let stage = stages.find((s) => s.value === value);
    if (!stage) stages.push((stage = { value, label: { zh: value, en: value }, items: [] }));
    stage.items.push({ row, index });
  });
  return stages.filter((s) => s.items.length > 0);
}
