import { sql, type Kysely } from 'kysely';

/**
 * Values held inside JSON lists and tables (a trip's countries, its members), one row each, so lists filter
 * and "who refers to this person" answer through an index instead of reading every record's JSON. The app
 * fills it from the register tables on first open (see services/recordLinks.ts), so this migration only
 * makes the table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "recordLink" (
    "register" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "row" INTEGER NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX "recordLink_value" ON "recordLink" ("register", "field", "value", "row")`.execute(db);
  await sql`CREATE INDEX "recordLink_row" ON "recordLink" ("register", "row")`.execute(db);
}
