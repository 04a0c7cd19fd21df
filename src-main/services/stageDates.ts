import type { FieldValue, RegisterDef, TableRow } from '../contract';

type Values = Record<string, FieldValue>;

/** The day a status was reached, kept when the user left it empty: the lead-time and notice rules read it. */
const stageDates: Record<string, Record<string, string>> = {
  delegation: { submitted: 'submittedDate', publicNotice: 'noticeStart', approved: 'approvedDate' },
  conference: { applied: 'appliedDate' },
};

/** A checklist item ticked done says as much as the move: the public notice done means it was posted. */
const itemDates: Record<string, Record<string, string>> = {
  delegation: { publicNotice: 'noticeStart' },
};

const doneItem = (def: RegisterDef, values: Values | undefined, key: string): TableRow | undefined => {
  const items = def.checklist ? ((values?.[def.checklist.field] as TableRow[] | null | undefined) ?? []) : [];
  return items.find((i) => i.key === key && i.status === 'done');
};

/**
 * Fills, where left empty, the dates a save implies: the day a status is entered, and the day a checklist item
 * is ticked done (its own date when it has one). Every local change passes here, from the window or the CLI.
 */
export function stampStageDates(def: RegisterDef, values: Values, previous: Values | undefined, today: string): void {
  const status = def.statusField ? (values[def.statusField] as string | null) : null;
  const field = status ? stageDates[def.name]?.[status] : undefined;
  if (field && status !== previous?.[def.statusField!] && !values[field]) values[field] = today;
  for (const [key, dateField] of Object.entries(itemDates[def.name] ?? {})) {
    const ticked = doneItem(def, values, key);
    if (!ticked || values[dateField] || doneItem(def, previous, key)) continue;
    values[dateField] = typeof ticked.date === 'string' && ticked.date ? ticked.date : today;
  }
}
