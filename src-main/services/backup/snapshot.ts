import BetterSqlite3 from 'better-sqlite3';
import { AppError, type Role } from '../../contract';
import { registers } from '../../core/registers';
import { applicationId } from '../../db/openDatabase';
import { knownMigrations } from '../../db/migrate';
import { fingerprint } from '../keys';

/**
 * A consistent copy of the database, taken while the app runs and writes: `VACUUM INTO` reads the database in one
 * read transaction on a connection of its own (WAL lets writers go on meanwhile) and writes a compact, whole SQLite
 * file. The copy holds the state after some commit and before the next, never half of one.
 */
export function takeSnapshot(database: string, out: string, nativeBinding?: string): void {
  const source = new BetterSqlite3(database, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    source.pragma('busy_timeout = 10000');
    source.prepare('VACUUM INTO ?').run(out);
  } finally {
    source.close();
  }
}

export interface SnapshotFacts {
  installation: { id: string; name: string; role: Role; departments: string[]; fingerprint: string };
  migrations: string[];
  /** Live records per register, for the registers this snapshot has. */
  records: Record<string, number>;
}

const notASnapshot = (detail: string) =>
  new AppError('BAD_BACKUP', {
    zh: `备份中的数据库不是完整的外办台账数据库（${detail}），未做任何改动。`,
    en: `The database in the backup is not a whole Waiban database (${detail}); nothing was changed.`,
  });

/**
 * Reads a database as a backup describes it and refuses one that is damaged (SQLite's integrity check, for a
 * snapshot), not a Waiban database, or without an installation. One written by a newer version of Waiban is
 * described, and said to be newer: this version can list it but not restore it. Without the integrity check it
 * describes the live database a restore would replace.
 */
export function describeDatabase(
  file: string,
  o: { checkIntegrity: boolean; nativeBinding?: string },
): SnapshotFacts & { newerVersion: boolean } {
  const nativeBinding = o.nativeBinding;
  let db: BetterSqlite3.Database;
  try {
    db = new BetterSqlite3(file, { readonly: true, fileMustExist: true, nativeBinding });
  } catch (err) {
    throw notASnapshot((err as Error).message);
  }
  try {
    const problems = o.checkIntegrity
      ? (db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[])
      : [{ integrity_check: 'ok' }];
    if (problems.length !== 1 || problems[0]!.integrity_check !== 'ok')
      throw notASnapshot(
        problems
          .slice(0, 3)
          .map((p) => p.integrity_check)
          .join('; '),
      );
    if (db.pragma('application_id', { simple: true }) !== applicationId) throw notASnapshot('application_id');
    const has = (table: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
    if (!has('installation') || !has('kysely_migration')) throw notASnapshot('no installation');
    const self = db.prepare('SELECT "id", "name", "role", "departments", "publicKey" FROM "installation" WHERE "isSelf" = 1').get() as
      { id: string; name: string; role: Role; departments: string; publicKey: Buffer } | undefined;
    if (!self) throw notASnapshot('no installation');
    const migrations = db.prepare('SELECT "name" FROM "kysely_migration" ORDER BY "name"').pluck().all() as string[];
    const records: Record<string, number> = {};
    for (const def of registers) {
      if (has(def.name)) records[def.name] = db.prepare(`SELECT count(*) FROM "${def.name}" WHERE "deleted" = 0`).pluck().get() as number;
    }
    return {
      installation: {
        id: self.id,
        name: self.name,
        role: self.role,
        departments: JSON.parse(self.departments) as string[],
        fingerprint: fingerprint(self.publicKey),
      },
      migrations,
      records,
      newerVersion: migrations.some((m) => !knownMigrations.includes(m)),
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notASnapshot((err as Error).message);
  } finally {
    db.close();
  }
}
