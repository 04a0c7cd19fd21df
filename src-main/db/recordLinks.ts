import type BetterSqlite3 from 'better-sqlite3';
import type { FieldValue, RegisterDef, TableRow } from '../contract';

/**
 * Field paths whose values are linked: lists a list filters on ("countries") and references inside tables
 * ("members.person"). Other lists are not: every link is a row written with the record, and bulk imports
 * pay for each.
 */
export function linkedPaths(def: RegisterDef): string[] {
  const filtered = new Set(def.filters.filter((f) => f.kind === 'listContains').map((f) => f.field));
  return def.fields.flatMap((f) => {
    if ((f.type === 'enumList' || f.type === 'departmentList') && filtered.has(f.key)) return [f.key];
    if (f.type === 'table') return (f.columns ?? []).filter((c) => c.type === 'ref').map((c) => `${f.key}.${c.key}`);
    return [];
  });
}

/** The (path, value) pairs a record's values give, each once. */
export function linkPairs(paths: string[], values: Record<string, FieldValue> | null | undefined): [string, string][] {
  if (!values) return [];
  const pairs = new Set<string>();
  const out: [string, string][] = [];
  const add = (path: string, v: unknown) => {
    if (typeof v !== 'string' || pairs.has(`${path}\u0000${v}`)) return;
    pairs.add(`${path}\u0000${v}`);
    out.push([path, v]);
  };
  for (const path of paths) {
    const [key, column] = path.split('.') as [string, string | undefined];
    const v = values[key];
    if (!Array.isArray(v)) continue;
    if (column) for (const row of v as TableRow[]) add(path, row?.[column]);
    else for (const item of v as string[]) add(path, item);
  }
  return out;
}

/** One register's rows in the link table, replaced whenever the row's values change. */
export class RecordLinks {
  private readonly clear: BetterSqlite3.Statement;
  private readonly insert: BetterSqlite3.Statement;
  readonly paths: string[];

  constructor(
    sqlite: BetterSqlite3.Database,
    private readonly def: RegisterDef,
  ) {
    this.paths = linkedPaths(def);
    this.clear = sqlite.prepare('DELETE FROM "recordLink" WHERE "register" = ? AND "row" = ?');
    this.insert = sqlite.prepare('INSERT INTO "recordLink" ("register", "field", "value", "row") VALUES (?, ?, ?, ?)');
  }

  /** `fresh`: the row is new, so there is nothing to clear first. */
  replace(rowid: number, values: Record<string, FieldValue> | null | undefined, fresh = false): void {
    if (!this.paths.length) return;
    if (!fresh) this.clear.run(this.def.name, rowid);
    for (const [field, value] of linkPairs(this.paths, values)) this.insert.run(this.def.name, field, value, rowid);
  }
}

/** SQL matching rows of `register` (aliased `alias`) that hold `value` (or any of several) at `path`; one bound parameter list. */
export const linkCondition = (
  alias: string,
  register: string,
  path: string,
  value: string | string[],
): { sql: string; params: unknown[] } => {
  const values = Array.isArray(value) ? value : [value];
  const match = values.length === 1 ? '= ?' : `IN (${values.map(() => '?').join(', ')})`;
  return {
    sql: `${alias}.rowid IN (SELECT "row" FROM "recordLink" WHERE "register" = ? AND "field" = ? AND "value" ${match})`,
    params: [register, path, ...values],
  };
};
