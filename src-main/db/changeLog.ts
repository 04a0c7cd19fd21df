import type BetterSqlite3 from 'better-sqlite3';
import type { FieldValue } from '../contract';
import { canonicalJson } from '../core/bundle/canonicalJson';
import { numberingFloorKey } from './numberingFloor';

/** An immutable edit of one record, as stored and (later) carried in bundles. */
export interface Change {
  id: string;
  register: string;
  recordId: string;
  op: 'put' | 'delete';
  /** The record's values after a put; null for a delete (the tombstone keeps no image of its own). */
  data: Record<string, FieldValue> | null;
  department: string;
  author: string;
  authorSeq: number;
  hlc: string;
  parents: string[];
}

/** A change as a segment carries it: one line of canonical JSON, with the author's number it is sealed under. */
export interface ChangeLine {
  author: string;
  authorSeq: number;
  line: string;
}

interface ChangeRow extends Omit<Change, 'data' | 'parents'> {
  data: string | null;
  parents: string;
}

// Field by field rather than spreading the row: an export reads every change it seals through here.
const fromRow = (r: ChangeRow): Change => ({
  id: r.id,
  register: r.register,
  recordId: r.recordId,
  op: r.op,
  data: r.data === null ? null : (JSON.parse(r.data) as Record<string, FieldValue>),
  department: r.department,
  author: r.author,
  authorSeq: r.authorSeq,
  hlc: r.hlc,
  parents: JSON.parse(r.parents) as string[],
});

const q = JSON.stringify;

/**
 * canonicalJson(fromRow(row)) without parsing: the fields in sorted order around the stored data, which is kept as
 * canonical JSON, and parents, a JSON array of ids. A test holds the two equal over every register's changes.
 */
const lineOf = (r: ChangeRow): string =>
  `{"author":${q(r.author)},"authorSeq":${r.authorSeq},"data":${r.data ?? 'null'},"department":${q(r.department)},"hlc":${q(r.hlc)},"id":${q(r.id)},"op":${q(r.op)},"parents":${r.parents},"recordId":${q(r.recordId)},"register":${q(r.register)}}`;

// Exactly the fields of a Change, so a stored change compares equal to the same change received in a bundle.
const columns = '"id", "register", "recordId", "op", "data", "department", "author", "authorSeq", "hlc", "parents"';

/** The append-only log every write goes through. */
export class ChangeLog {
  private readonly insertStmt: BetterSqlite3.Statement;
  private readonly byRecordStmt: BetterSqlite3.Statement;
  private readonly byIdStmt: BetterSqlite3.Statement;
  private readonly maxSeqStmt: BetterSqlite3.Statement;
  private readonly byAuthorAfterStmt: BetterSqlite3.Statement;
  private readonly loggedAfterStmt: BetterSqlite3.Statement;
  private readonly byAuthorAfterPageStmt: BetterSqlite3.Statement;
  private readonly byAuthorLoggedAfterStmt: BetterSqlite3.Statement;

  constructor(sqlite: BetterSqlite3.Database) {
    this.insertStmt = sqlite.prepare(
      `INSERT INTO "changeLog" ("id", "register", "recordId", "op", "data", "department", "author", "authorSeq", "hlc", "parents")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.byRecordStmt = sqlite.prepare(`SELECT ${columns} FROM "changeLog" WHERE "recordId" = ? ORDER BY "hlc", "id"`);
    this.byIdStmt = sqlite.prepare(`SELECT ${columns} FROM "changeLog" WHERE "id" = ?`);
    // A restored installation's numbers continue above the floor its restore set (db/numberingFloor.ts).
    this.maxSeqStmt = sqlite.prepare(
      `SELECT max(coalesce((SELECT max("authorSeq") FROM "changeLog" WHERE "author" = @author), 0),
                  coalesce((SELECT json_extract("value", '$.floor') FROM "meta" WHERE "key" = '${numberingFloorKey}' AND json_extract("value", '$.installation') = @author), 0)) AS n`,
    );
    this.byAuthorAfterStmt = sqlite.prepare(
      `SELECT ${columns} FROM "changeLog" WHERE "author" = ? AND "authorSeq" > ? ORDER BY "authorSeq"`,
    );
    this.loggedAfterStmt = sqlite.prepare(`SELECT "seq" AS "logSeq", ${columns} FROM "changeLog" WHERE "seq" > ? ORDER BY "seq" LIMIT ?`);
    this.byAuthorAfterPageStmt = sqlite.prepare(
      `SELECT ${columns} FROM "changeLog" WHERE "author" = ? AND "authorSeq" > ? ORDER BY "authorSeq" LIMIT ?`,
    );
    this.byAuthorLoggedAfterStmt = sqlite.prepare(
      `SELECT "seq" AS "logSeq", ${columns} FROM "changeLog" WHERE "author" = ? AND "seq" > ? ORDER BY "seq" LIMIT ?`,
    );
  }

  insert(c: Change): void {
    // Positional: bound by name, a 100k-row insert took about 1.7 times as long. The data is kept as canonical JSON
    // (migration 0016 made older rows so), which lineOf() relies on.
    const data = c.data === null ? null : canonicalJson(c.data);
    this.insertStmt.run(c.id, c.register, c.recordId, c.op, data, c.department, c.author, c.authorSeq, c.hlc, JSON.stringify(c.parents));
  }

  forRecord(recordId: string): Change[] {
    return (this.byRecordStmt.all(recordId) as ChangeRow[]).map(fromRow);
  }

  get(id: string): Change | undefined {
    const row = this.byIdStmt.get(id) as ChangeRow | undefined;
    return row && fromRow(row);
  }

  /** One author's changes after a sequence number, in the order the author made them. */
  byAuthorAfter(author: string, afterSeq: number): Change[] {
    return (this.byAuthorAfterStmt.all(author, afterSeq) as ChangeRow[]).map(fromRow);
  }

  /**
   * The first `limit` of them as the lines a segment carries: a large log is read a page at a time, and sealed
   * without parsing each change and printing it again.
   */
  linesByAuthorAfter(author: string, afterSeq: number, limit: number): ChangeLine[] {
    return (this.byAuthorAfterPageStmt.all(author, afterSeq, limit) as ChangeRow[]).map((row) => ({
      author: row.author,
      authorSeq: row.authorSeq,
      line: lineOf(row),
    }));
  }

  /** The same by log position: one author's changes in the order this installation took them in. */
  linesByAuthorLoggedAfter(author: string, logSeq: number, limit: number): (ChangeLine & { logSeq: number })[] {
    return (this.byAuthorLoggedAfterStmt.all(author, logSeq, limit) as (ChangeRow & { logSeq: number })[]).map((row) => ({
      author: row.author,
      authorSeq: row.authorSeq,
      line: lineOf(row),
      logSeq: row.logSeq,
    }));
  }

  /** Every change held, whoever wrote it, in the order this installation took it in, after a log position (the first `limit`). */
  loggedAfter(logSeq: number, limit = -1): { logSeq: number; change: Change }[] {
    return (this.loggedAfterStmt.all(logSeq, limit) as (ChangeRow & { logSeq: number })[]).map((row) => ({
      logSeq: row.logSeq,
      change: fromRow(row),
    }));
  }

  /** The author's last number, or, for an installation restored from a backup, the floor its next numbers start above. */
  lastAuthorSeq(author: string): number {
    return (this.maxSeqStmt.get({ author }) as { n: number }).n;
  }
}
