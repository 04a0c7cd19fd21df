import type BetterSqlite3 from 'better-sqlite3';
import { registers } from '../../core/registers';

/** Tables a rebuild makes again from the change log rather than copying: the registers, their search indexes and links. */
export function isRebuiltTable(name: string): boolean {
  if (name === 'recordLink' || name === 'conflictHead' || name.startsWith('kysely_migration') || name.startsWith('sqlite_')) return true;
  return registers.some((def) => name === def.name || name.startsWith(`${def.name}_fts`));
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * The rows of one table that can still be read, in rowid order. A damaged page stops a scan where it lies: the scan
 * starts again past it, probing rowids at growing distances until one can be read, so one bad page costs only the rows
 * on it. `skipped` counts the stretches passed over.
 */
export function* readableRows(source: BetterSqlite3.Database, table: string, onSkip: () => void): Generator<Record<string, unknown>> {
  const from = source.prepare(`SELECT rowid AS "__rowid", * FROM ${q(table)} WHERE rowid > ? ORDER BY rowid`);
  const probe = source.prepare(`SELECT rowid FROM ${q(table)} WHERE rowid >= ? ORDER BY rowid LIMIT 1`).pluck();
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    try {
      for (const row of from.iterate(after) as IterableIterator<Record<string, unknown>>) {
        after = row.__rowid as number;
        delete row.__rowid;
        yield row;
      }
      return;
    } catch {
      onSkip();
      let resumed: number | undefined;
      for (let step = 1; resumed === undefined && after + step < Number.MAX_SAFE_INTEGER; step *= 2) {
        try {
          const next = probe.get(after + step) as number | undefined;
          if (next === undefined) return;
          resumed = next;
        } catch {
          // Still inside the damage: further on.
        }
      }
      if (resumed === undefined) return;
      after = resumed - 1;
    }
  }
}

export interface Salvage {
  copied: Record<string, number>;
  unreadable: Record<string, number>;
}

/**
 * Copies every table of the new database that a rebuild does not make again (installation, trust roster, sync state,
 * settings, the change log, segments…) from the damaged one, row by row, the columns the two share; a row that cannot
 * be read or written is left out and counted. Rows the migrations seeded are replaced by the ones kept.
 */
export function salvageTables(
  source: BetterSqlite3.Database,
  target: BetterSqlite3.Database,
  onTable?: (done: number, total: number) => void,
): Salvage {
  const copied: Record<string, number> = {};
  const unreadable: Record<string, number> = {};
  const tables = (
    target.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' ORDER BY "name"`).pluck().all() as string[]
  ).filter((t) => !isRebuiltTable(t));
  const held = new Set(source.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table'`).pluck().all() as string[]);
  tables.forEach((table, i) => {
    onTable?.(i, tables.length);
    if (!held.has(table)) return;
    const columnsOf = (db: BetterSqlite3.Database) => db.prepare(`SELECT "name" FROM pragma_table_info(?)`).pluck().all(table) as string[];
    const theirs = new Set(columnsOf(source));
    const columns = columnsOf(target).filter((c) => theirs.has(c));
    const insert = target.prepare(
      `INSERT OR REPLACE INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    let n = 0;
    let lost = 0;
    target.transaction(() => {
      for (const row of readableRows(source, table, () => lost++)) {
        try {
          insert.run(columns.map((c) => row[c]));
          n++;
        } catch {
          lost++;
        }
      }
    })();
    copied[table] = n;
    if (lost) unreadable[table] = lost;
  });
  onTable?.(tables.length, tables.length);
  return { copied, unreadable };
}
