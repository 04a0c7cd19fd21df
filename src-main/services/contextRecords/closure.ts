import type { FieldValue, RegisterDef, TableRow } from '../../contract';
import { cutForContext, type ContextRecord } from '../../core/bundle/contextRecords';
import { visibleToDepartments } from '../../core/bundle/visibility';
import { ownerDepartment, registers } from '../../core/registers';
import type { StoredRow } from '../../db/registerStore';
import type { ServiceContext } from '../context';

type Ref = [register: string, id: string];

/** The records a record's values refer to: its reference fields and the references in its tables (a trip's members). */
function referencesOf(def: RegisterDef, values: Record<string, FieldValue>): Ref[] {
  const out: Ref[] = [];
  for (const f of def.fields) {
    const v = values[f.key];
    if (f.type === 'ref' && f.ref && typeof v === 'string') out.push([f.ref, v]);
    if (f.type === 'table' && Array.isArray(v)) {
      for (const c of f.columns ?? []) {
        if (c.type !== 'ref' || !c.ref) continue;
        for (const row of v as TableRow[]) if (typeof row[c.key] === 'string') out.push([c.ref, row[c.key] as string]);
      }
    }
  }
  return out;
}

const refersToAnything = (def: RegisterDef) =>
  def.fields.some((f) => (f.type === 'ref' && f.ref) || (f.type === 'table' && (f.columns ?? []).some((c) => c.type === 'ref')));

/**
 * Office: what the departments' laptops must hold besides what they may see, so that they can work on every
 * record they hold: every live record those records refer to that is not theirs to see (another department's
 * person on a joint trip, the office's agreement or fund), and what those refer to in turn, each cut to what
 * travels as context. Sorted, so the same holdings give the same bytes and a re-export stays identical.
 */
export function contextFor(ctx: ServiceContext, departments: string[]): ContextRecord[] {
  const visible = (def: RegisterDef, values: Record<string, FieldValue>) =>
    visibleToDepartments(def, departments, [ownerDepartment(def, values)]);
  const wanted: Ref[] = [];
  for (const def of registers.filter(refersToAnything)) {
    const store = ctx.stores.get(def.name)!;
    // Every row of a register all departments see; of the others, the departments' own.
    const own =
      'fixed' in def.ownership || def.sharedWithDepartments ? '' : ` AND "${def.ownership.field}" IN (SELECT "value" FROM json_each(?))`;
    const rows = ctx.sqlite.prepare(`SELECT * FROM "${def.name}" WHERE "deleted" = 0${own}`);
    for (const row of (own ? rows.iterate(JSON.stringify(departments)) : rows.iterate()) as Iterable<StoredRow>)
      wanted.push(...referencesOf(def, store.values(row)));
  }
  const found = new Map<string, ContextRecord>();
  for (let i = 0; i < wanted.length; i++) {
    const [register, id] = wanted[i]!;
    if (found.has(id)) continue;
    const store = ctx.stores.get(register);
    const row = store?.get(id);
    if (!store || !row || row.deleted) continue;
    const values = store.values(row);
    if (visible(store.def, values)) continue;
    found.set(id, {
      register,
      id,
      owner: ownerDepartment(store.def, values) ?? '',
      title: String(values[store.def.titleField] ?? id),
      values: cutForContext(store.def, values),
    });
    wanted.push(...referencesOf(store.def, values));
  }
  return [...found.values()].sort((a, b) => (a.register === b.register ? (a.id < b.id ? -1 : 1) : a.register < b.register ? -1 : 1));
}
