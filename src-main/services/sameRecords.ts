import type { FieldValue, Localized, RegisterDef } from '../contract';
import { prepared } from '../db/preparedCache';
import type { ServiceContext } from './context';

export interface SameRecord {
  id: string;
  title: string;
}

const text = (v: FieldValue | undefined) => (typeof v === 'string' ? v.trim().toLowerCase() : v == null ? '' : String(v));

/**
 * Live records that look like the same thing entered again (a partner of the same name in the same country), by the
 * register's `sameAs` field sets, text compared without case or surrounding spaces; `id` (the record itself) left out.
 * A warning to show, never a refusal: two schools may share a name.
 */
export function sameRecords(
  ctx: ServiceContext,
  def: RegisterDef,
  values: Record<string, FieldValue | undefined>,
  id?: string,
): SameRecord[] {
  const found = new Map<string, string>();
  for (const keys of def.sameAs ?? []) {
    if (keys.some((k) => !text(values[k]))) continue;
    const where = keys.map((k) => `lower(trim("${k}")) = ?`).join(' AND ');
    const rows = prepared(
      ctx.sqlite,
      `SELECT "id", "${def.titleField}" AS "title" FROM "${def.name}" WHERE "deleted" = 0 AND "id" <> ? AND ${where} LIMIT 3`,
    ).all(id ?? '', ...keys.map((k) => text(values[k]))) as SameRecord[];
    for (const r of rows) found.set(r.id, String(r.title ?? ''));
  }
  return [...found].map(([rid, title]) => ({ id: rid, title }));
}

/** "已有同名记录：“伦敦大学学院”" for a form or an import's notes. */
export const sameRecordsNote = (def: RegisterDef, same: SameRecord[]): Localized => ({
  zh: `${def.label.zh}中已有相同的记录：${same.map((s) => `“${s.title}”`).join('、')}，请确认不是重复录入`,
  en: `${def.label.en} already has the same: ${same.map((s) => `"${s.title}"`).join(', ')}; check this is not entered twice`,
});

/**
 * sameRecords for many rows (a spreadsheet import): the register is read once into a map of its `sameAs` keys, and
 * each row written is added to it, so a 20,000-row import asks one scan rather than one per row.
 */
export function sameRecordsFinder(ctx: ServiceContext, def: RegisterDef) {
  const sets = def.sameAs ?? [];
  const byKey = new Map<string, Map<string, string>>();
  const keyOf = (set: string[], values: Record<string, FieldValue | undefined>) =>
    set.some((k) => !text(values[k])) ? null : JSON.stringify([set.join(','), ...set.map((k) => text(values[k]))]);
  const add = (values: Record<string, FieldValue | undefined>, id: string) => {
    for (const set of sets) {
      const key = keyOf(set, values);
      if (key === null) continue;
      const ids = byKey.get(key) ?? new Map<string, string>();
      ids.set(id, String(values[def.titleField] ?? ''));
      byKey.set(key, ids);
    }
  };
  if (sets.length) {
    const columns = [...new Set(['id', def.titleField, ...sets.flat()])].map((c) => `"${c}"`).join(', ');
    for (const row of ctx.sqlite.prepare(`SELECT ${columns} FROM "${def.name}" WHERE "deleted" = 0`).iterate()) {
      const r = row as Record<string, FieldValue>;
      add(r, String(r.id));
    }
  }
  return {
    find(values: Record<string, FieldValue | undefined>, id: string): SameRecord[] {
      const found = new Map<string, string>();
      for (const set of sets) {
        const key = keyOf(set, values);
        for (const [rid, title] of (key === null ? undefined : byKey.get(key)) ?? [])
          if (rid !== id && found.size < 3) found.set(rid, title);
      }
      return [...found].map(([rid, title]) => ({ id: rid, title }));
    },
    add,
  };
}
