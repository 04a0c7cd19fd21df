import type BetterSqlite3 from 'better-sqlite3';
import type { FieldValue, RegisterDef } from '../contract';
import type { Change } from './changeLog';
import { RecordLinks } from './recordLinks';
import { decodeValues, encodeField, q } from './rowCodec';

export interface StoredRow {
  rowid: number;
  id: string;
  head: string;
  deleted: number;
  conflict: number;
  searchText: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  version: string;
  [field: string]: unknown;
}

/** The wall time an HLC carries, as ISO text; the last one kept, for a bulk write's changes share their milliseconds. */
let lastWall = { ms: '', iso: '' };
function wallIso(hlc: string): string {
  const ms = hlc.slice(0, 15);
  if (ms !== lastWall.ms) lastWall = { ms, iso: new Date(Number(ms)).toISOString() };
  return lastWall.iso;
}

/**
 * One register's materialised table: the state the change log arrives at, kept current by applying each
 * change as it is written, with its trigram index beside it.
 */
export class RegisterStore {
  private readonly upsert: BetterSqlite3.Statement;
  private readonly insert: BetterSqlite3.Statement;
  private readonly tombstone: BetterSqlite3.Statement;
  private readonly byId: BetterSqlite3.Statement;
  private readonly titleById: BetterSqlite3.Statement;
  private readonly ftsDelete: BetterSqlite3.Statement;
  private readonly ftsInsert: BetterSqlite3.Statement;
  private readonly setSearch: BetterSqlite3.Statement;
  private readonly table: string;
  readonly links: RecordLinks;
  /** Rows after this rowid are not in the search index yet: a batch indexes them at its end (see deferIndexing). */
  private indexedUpTo: number | undefined;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    readonly def: RegisterDef,
  ) {
    this.table = q(def.name);
    this.links = new RecordLinks(sqlite, def);
    const fts = q(`${def.name}_fts`);
    const fieldCols = def.fields.map((f) => q(f.key));
    const cols = [
      '"id"',
      '"createdAt"',
      '"createdBy"',
      '"updatedAt"',
      '"updatedBy"',
      '"version"',
      '"head"',
      '"deleted"',
      '"conflict"',
      '"searchText"',
      ...fieldCols,
    ];
    // Positional, in the order params() lists them: bound by name, a 100k-row insert took about 1.7 times as long.
    const params = ['?', '?', '?', '?', '?', '?', '?', '0', '0', '?', ...def.fields.map(() => '?')];
    const insertSql = `INSERT INTO ${this.table} (${cols.join(', ')}) VALUES (${params.join(', ')})`;
    this.insert = sqlite.prepare(insertSql);
    const updates = ['"updatedAt"', '"updatedBy"', '"version"', '"head"', '"deleted"', '"conflict"', '"searchText"', ...fieldCols]
      .map((c) => `${c} = excluded.${c}`)
      .join(', ');
    this.upsert = sqlite.prepare(`${insertSql} ON CONFLICT ("id") DO UPDATE SET ${updates} RETURNING rowid`);
    this.tombstone = sqlite.prepare(
      `UPDATE ${this.table} SET "deleted" = 1, "conflict" = 0, "head" = @head, "version" = @hlc, "updatedAt" = @at, "updatedBy" = @author WHERE "id" = @id`,
    );
    this.byId = sqlite.prepare(`SELECT rowid, * FROM ${this.table} WHERE "id" = ?`);
    this.titleById = sqlite.prepare(`SELECT ${q(def.titleField)} FROM ${this.table} WHERE "id" = ?`).pluck();
    this.ftsDelete = sqlite.prepare(`INSERT INTO ${fts} (${fts}, rowid, "searchText") VALUES ('delete', ?, ?)`);
    this.ftsInsert = sqlite.prepare(`INSERT INTO ${fts} (rowid, "searchText") VALUES (?, ?)`);
    this.setSearch = sqlite.prepare(`UPDATE ${this.table} SET "searchText" = ? WHERE rowid = ?`);
  }

  private indexed(rowid: number): boolean {
    return this.indexedUpTo === undefined || rowid <= this.indexedUpTo;
  }

  private unindex(row: { rowid: number; searchText: string }): void {
    // An external-content index is told the text it holds for a row; told a row it never held, it is corrupted.
    if (this.indexed(row.rowid)) this.ftsDelete.run(row.rowid, row.searchText);
  }

  private index(rowid: number, searchText: string): void {
    if (this.indexed(rowid)) this.ftsInsert.run(rowid, searchText);
  }

  /**
   * Rows added from now on are indexed together by indexDeferred(), in one statement, instead of one by one: a bulk
   * write spent a tenth of its time on the index row by row, and a dry run, rolled back, needs none of it. False when a
   * deferral is already under way (its owner ends it).
   */
  deferIndexing(): boolean {
    if (this.indexedUpTo !== undefined) return false;
    this.indexedUpTo = this.maxRowid();
    return true;
  }

  /** Indexes the rows added since deferIndexing(), as they are now; rows added later are indexed one by one again. */
  indexDeferred(): void {
    if (this.indexedUpTo === undefined) return;
    this.sqlite
      .prepare(
        `INSERT INTO ${q(`${this.def.name}_fts`)} (rowid, "searchText") SELECT rowid, "searchText" FROM ${this.table} WHERE rowid > ?`,
      )
      .run(this.indexedUpTo);
    this.indexedUpTo = undefined;
  }

  /** Ends a deferral without indexing: the transaction that added the rows was rolled back. */
  forgetDeferral(): void {
    this.indexedUpTo = undefined;
  }

  /** Removes a record's row, index entry and links altogether (only for records whose changes are dropped too). */
  remove(id: string): void {
    const row = this.get(id);
    if (!row) return;
    this.unindex(row);
    this.links.replace(row.rowid, null);
    this.sqlite.prepare(`DELETE FROM ${this.table} WHERE rowid = ?`).run(row.rowid);
  }

  get(id: string): StoredRow | undefined {
    return this.byId.get(id) as StoredRow | undefined;
  }

  /** A record's title alone: lists name the records they refer to, and need no more of them. */
  title(id: string): string | undefined {
    const title = this.titleById.get(id) as string | null | undefined;
    return title === undefined ? undefined : String(title ?? '');
  }

  values(row: StoredRow): Record<string, FieldValue> {
    return decodeValues(this.def, row);
  }

  /** The insert's parameters: id, created and updated (both at and by the change), version, head, search text, fields. */
  private params(c: Change, searchText: string): unknown[] {
    const at = wallIso(c.hlc);
    const p: unknown[] = [c.recordId, at, c.author, at, c.author, c.hlc, c.id, searchText];
    for (const f of this.def.fields) p.push(encodeField(f, c.data?.[f.key]));
    return p;
  }

  /** Makes the table show the state after `c`, which supersedes the record's current head; `before` is its row, if it has one. */
  apply(c: Change, searchText: string, before: StoredRow | undefined): void {
    if (c.op === 'delete') {
      this.tombstone.run({ id: c.recordId, head: c.id, hlc: c.hlc, at: wallIso(c.hlc), author: c.author });
      return;
    }
    // A record with no row yet is a plain insert, as the upsert would do: its conflict clause and RETURNING made it
    // several times slower, most of a new record's save in an import.
    const params = this.params(c, searchText);
    const rowid = before ? (this.upsert.get(params) as { rowid: number }).rowid : Number(this.insert.run(params).lastInsertRowid);
    if (before) this.unindex(before);
    this.index(rowid, searchText);
    this.links.replace(rowid, c.data, !before);
  }

  /** Removes a row outright with its index entry and links; only a local copy that was never sent goes this way. */
  drop(row: StoredRow): void {
    this.unindex(row);
    this.sqlite.prepare('DELETE FROM "recordLink" WHERE "register" = ? AND "row" = ?').run(this.def.name, row.rowid);
    this.sqlite.prepare(`DELETE FROM ${this.table} WHERE rowid = ?`).run(row.rowid);
  }

  /** Refills this register's links from its rows (a database from before the link table, or a repair). */
  relink(): void {
    this.sqlite.prepare('DELETE FROM "recordLink" WHERE "register" = ?').run(this.def.name);
    if (!this.links.paths.length) return;
    // In pages: the statement must finish before the inserts run, and a whole register need not sit in memory.
    const page = this.sqlite.prepare(`SELECT rowid, * FROM ${this.table} WHERE rowid > ? ORDER BY rowid LIMIT 2000`);
    for (let rows = page.all(0) as StoredRow[]; rows.length; rows = page.all(rows[rows.length - 1]!.rowid) as StoredRow[]) {
      for (const row of rows) this.links.replace(row.rowid, this.values(row), true);
    }
  }

  private maxRowid(): number {
    return (this.sqlite.prepare(`SELECT coalesce(max(rowid), 0) AS n FROM ${this.table}`).get() as { n: number }).n;
  }

  /** Re-index one row whose searchable text changed without a change of its own (a referenced title changed). */
  reindex(row: StoredRow, searchText: string): void {
    if (row.searchText === searchText) return;
    this.unindex(row);
    this.setSearch.run(searchText, row.rowid);
    this.index(row.rowid, searchText);
  }
}
