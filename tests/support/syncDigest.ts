import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { registers } from '../../src-main/core/registers';

/**
 * What a bundle import writes, read straight from a data folder's database file (as SQLite recovers it after a
 * crash): per table, the row count and a hash of the rows. The change log, every register table, conflicts,
 * segments kept for relaying, acknowledgements and the import ledger — without the ledger's wall-clock time,
 * so an import run at another moment arrives at the same digest.
 */
export function syncDigest(dataDir: string): Record<string, { rows: number; sha256: string }> {
  return digestOf(dataDir, () => ({
    changeLog: 'SELECT * FROM "changeLog" ORDER BY "seq"',
    conflictHead: 'SELECT * FROM "conflictHead" ORDER BY "recordId", "changeId"',
    receivedSegment: 'SELECT * FROM "receivedSegment" ORDER BY "author", "seq"',
    bundleAck: 'SELECT * FROM "bundleAck" ORDER BY "author"',
    bundleImport: 'SELECT "exporter", "sequence", "manifestSha256", "newChanges" FROM "bundleImport" ORDER BY "exporter", "sequence"',
    ...Object.fromEntries(registers.map((r) => [r.name, `SELECT * FROM "${r.name}" ORDER BY "id"`])),
  }));
}

/** Every table, every column, in storage order: a database exactly as it was, or not. */
export function wholeDigest(dataDir: string): Record<string, { rows: number; sha256: string }> {
  return digestOf(dataDir, (sqlite) =>
    Object.fromEntries(
      (sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' ORDER BY "name"`).pluck().all() as string[]).map((t) => [
        t,
        `SELECT * FROM "${t}"`,
      ]),
    ),
  );
}

function digestOf(
  dataDir: string,
  queriesOf: (sqlite: BetterSqlite3.Database) => Record<string, string>,
): Record<string, { rows: number; sha256: string }> {
  const sqlite = new BetterSqlite3(join(dataDir, 'waiban.sqlite'));
  try {
    return Object.fromEntries(
      Object.entries(queriesOf(sqlite)).map(([table, sql]) => {
        const hash = createHash('sha256');
        let rows = 0;
        for (const row of sqlite.prepare(sql).raw().iterate()) {
          hash.update(
            `${JSON.stringify((row as unknown[]).map((v) => (Buffer.isBuffer(v) ? createHash('sha256').update(v).digest('hex') : v)))}\n`,
          );
          rows += 1;
        }
        return [table, { rows, sha256: hash.digest('hex') }];
      }),
    );
  } finally {
    sqlite.close();
  }
}
