import type { FieldDef, FieldValue, RegisterDef, TableRow } from '../contract';
import { registers } from '../core/registers';
import { foldText } from '../core/searchText';
import { linkCondition } from '../db/recordLinks';
import type { RegisterStore } from '../db/registerStore';
import type { ServiceContext } from './context';
import { contextTitle } from './contextRecords/held';

export type TitleLookup = (register: string, id: string) => string | undefined;

/** Title of a stored record, for references, options and history. */
export function titleLookup(ctx: ServiceContext, cache?: Map<string, string | undefined>): TitleLookup {
  return (register, id) => {
    const key = `${register}:${id}`;
    if (cache?.has(key)) return cache.get(key);
    // A record held only as context (another school's teacher on a joint trip) is named all the same.
    const title = ctx.stores.get(register)?.title(id) ?? contextTitle(ctx, register, id);
    cache?.set(key, title);
    return title;
  };
}

/** The searchable words of one value: option labels in both languages, referenced titles, text as is. */
function valueWords(f: FieldDef, v: FieldValue, title: TitleLookup, parts: string[]): void {
  if (v === null || v === undefined) return;
  if (f.type === 'enum' || f.type === 'enumList') {
    for (const item of Array.isArray(v) ? (v as string[]) : [String(v)]) {
      const o = f.options?.find((x) => x.value === item);
      parts.push(o ? `${o.label.zh} ${o.label.en}` : item);
    }
  } else if (f.type === 'ref' && f.ref) {
    parts.push(title(f.ref, String(v)) ?? '');
  } else if (f.type === 'table') {
    for (const row of v as TableRow[]) for (const c of f.columns ?? []) valueWords(c, row[c.key] ?? null, title, parts);
  } else if (f.type === 'file' || f.type === 'boolean' || f.type === 'date') {
    return;
  } else if (Array.isArray(v)) {
    parts.push(v.join(' '));
  } else {
    parts.push(String(v));
  }
}

/**
 * The folded text a record is found by: its search fields, with enumerations by their Chinese and English
 * labels (so 英国 and United Kingdom both find a British partner), references by the referenced title, and
 * tables by their rows (a delegation by its members' names and its itinerary).
 */
export function searchTextOf(def: RegisterDef, values: Record<string, FieldValue>, title: TitleLookup): string {
  const parts: string[] = [];
  for (const key of def.searchFields) {
    const f = def.fields.find((x) => x.key === key);
    if (f) valueWords(f, values[key] ?? null, title, parts);
  }
  return foldText(parts.join(' \u2502 '));
}

/**
 * Registers whose search text includes the title of a record of `register`: through a reference field, or
 * through a reference column of a table ("members.person").
 */
export const dependentsOf = (register: string): { def: RegisterDef; path: string; inTable: boolean }[] =>
  registers.flatMap((def) =>
    def.fields
      .filter((f) => def.searchFields.includes(f.key))
      .flatMap((f): { def: RegisterDef; path: string; inTable: boolean }[] => {
        if (f.type === 'ref' && f.ref === register) return [{ def, path: f.key, inTable: false }];
        if (f.type !== 'table') return [];
        return (f.columns ?? [])
          .filter((c) => c.type === 'ref' && c.ref === register)
          .map((c) => ({ def, path: `${f.key}.${c.key}`, inTable: true }));
      }),
  );

/** A record's title changed: re-index the records that are found by it. */
export function refreshDependents(ctx: ServiceContext, register: string, id: string): void {
  const lookup = titleLookup(ctx, new Map());
  for (const { def, path, inTable } of dependentsOf(register)) {
    const store = ctx.stores.get(def.name)!;
    const link = linkCondition('r', def.name, path, id);
    const rows = (
      inTable
        ? ctx.sqlite.prepare(`SELECT r."id" FROM "${def.name}" r WHERE ${link.sql}`).all(...link.params)
        : ctx.sqlite.prepare(`SELECT "id" FROM "${def.name}" WHERE "${path}" = ?`).all(id)
    ) as { id: string }[];
    for (const { id: depId } of rows) {
      const row = store.get(depId)!;
      store.reindex(row, searchTextOf(def, store.values(row), lookup));
    }
  }
}

/**
 * Runs `work` (inside the caller's transaction) with every register's new rows indexed for search at its end, in
 * one statement per register, and not at all if it throws: the transaction is then rolled back, rows and all.
 */
export function withSearchIndexDeferred<T>(ctx: ServiceContext, work: () => T): T {
  const owned: RegisterStore[] = [];
  try {
    for (const store of ctx.stores.values()) if (store.deferIndexing()) owned.push(store);
    const result = work();
    for (const store of owned) store.indexDeferred();
    return result;
  } finally {
    for (const store of owned) store.forgetDeferral();
  }
}
