import { Migrator, type Kysely } from 'kysely';
import { migrations } from '../../migrations';
import type { Database } from './schema';

/** The migrations this build knows, in order. */
export const knownMigrations = Object.keys(migrations).sort();

export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  // SQLite runs DDL transactionally, so kysely applies the pending migrations inside one transaction:
  // a failure leaves the file at the version it had.
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}
