import type { FieldValue, RegisterDef } from '../contract';
import { registers } from '../core/registers';
import { foldText } from '../core/searchText';
import type { ServiceContext } from './context';

export type TitleLookup = (register: string, id: string) => string | undefined;

/** Title of a stored record, for references, options and history. */
export function titleLookup(ctx: ServiceContext, cache?: Map<string, string | undefined>): TitleLookup {
  return (register, id) => {
    const key = `${register}:${id}`;
    if (cache?.has(key)) return cache.get(key);
    const store = ctx.stores.get(register);
    const row = store?.get(id);
    const title = row ? String(row[store!.def.titleField] ?? '') : undefined;
    cache?.set(key, title);
    return title;
  };
}

/**
 * The folded text a record is found by: its search fields, with enumerations by their Chinese and English
 * labels (so 英国 and United Kingdom both find a British partner) and references by the referenced title.
 */
export function searchTextOf(def: RegisterDef, values: Record<string, FieldValue>, title: TitleLookup): string {
  const parts: string[] = [];
  for (const key of def.searchFields) {
    const f = def.fields.find((x) => x.key === key);
    const v = values[key];
    if (!f || v === null || v === undefined) continue;
    if (f.type === 'enum') {
      const o = f.options?.find((x) => x.value === v);
      parts.push(o ? `${o.label.zh} ${o.label.en}` : String(v));
    } else if (f.type === 'ref' && f.ref) {
      parts.push(title(f.ref, String(v)) ?? '');
    } else if (f.type === 'department') {
      parts.push(String(v));
    } else if (Array.isArray(v)) {
      parts.push(v.join(' '));
    } else {
      parts.push(String(v));
    }
  }
  return foldText(parts.join(' \u2502 '));
}

/** Registers whose search text includes the title of a record of `register`. */
export const dependentsOf = (register: string): { def: RegisterDef; field: string }[] =>
  registers.flatMap((def) =>
    def.fields
      .filter((f) => f.type === 'ref' && f.ref === register && def.searchFields.includes(f.key))
      .map((f) => ({ def, field: f.key })),
  );

/** A record's title changed: re-index the records that are found by it. */
export function refreshDependents(ctx: ServiceContext, register: string, id: string): void {
  const lookup = titleLookup(ctx, new Map());
  for (const { def, field } of dependentsOf(register)) {
    const store = ctx.stores.get(def.name)!;
    const rows = ctx.sqlite.prepare(`SELECT "id" FROM "${def.name}" WHERE "${field}" = ?`).all(id) as { id: string }[];
    for (const { id: depId } of rows) {
      const row = store.get(depId)!;
      store.reindex(row, searchTextOf(def, store.values(row), lookup));
    }
  }
}
