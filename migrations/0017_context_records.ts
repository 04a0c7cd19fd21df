import { sql, type Kysely } from 'kysely';

/**
 * Records a department's laptop holds only as read-only context: another department's person on its trip, the
 * office's agreement its programme names. They come with each office bundle, replacing the last set, and are never
 * in the change log (they are not this laptop's to change, nor its history to keep).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS "contextRecord" (
    "register" TEXT NOT NULL,
    "id" TEXT NOT NULL PRIMARY KEY,
    "owner" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "receivedAt" TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS "contextRecord_register" ON "contextRecord" ("register")`.execute(db);
}
