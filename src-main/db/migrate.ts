import type BetterSqlite3 from 'better-sqlite3';
import { Migrator, type Kysely, type Migration } from 'kysely';
import { migrations } from '../../migrations';

/** The migrations this build knows, in order. */
export const knownMigrations = Object.keys(migrations).sort();

/**
 * Applies pending migrations one at a time, each with its ledger row inside its own transaction: kysely does
 * not wrap SQLite migrations in transactions, and a half-applied migration must never be left behind.
 */
export async function migrateToLatest(
  sqlite: BetterSqlite3.Database,
  db: Kysely<unknown>,
  available: Record<string, Migration> = migrations,
): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => available } });
  const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
  for (const name of pending) {
    sqlite.exec('BEGIN IMMEDIATE');
    const { error } = await migrator.migrateTo(name);
    if (error) {
      sqlite.exec('ROLLBACK');
      throw error;
    }
    sqlite.exec('COMMIT');
  }
}
