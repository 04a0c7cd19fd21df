import { sql, type Kysely } from 'kysely';

/**
 * The per-country/city daily standards for trips abroad (register travelStandard). Delegations' itinerary
 * legs gain "host provides lodging / meals" flags inside their JSON, which needs no column.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "travelStandard" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "title" TEXT, "country" TEXT, "city" TEXT, "currency" TEXT, "lodging" INTEGER, "food" INTEGER, "misc" INTEGER,
  "effectiveFrom" TEXT, "effectiveTo" TEXT, "source" TEXT, "notes" TEXT
)`.execute(db);
  await sql`CREATE VIRTUAL TABLE "travelStandard_fts" USING fts5("searchText", content='travelStandard', content_rowid='rowid', tokenize='trigram')`.execute(db);
  // The calculator and the overlap check look up a country's versions; the list sorts by title.
  await sql`CREATE INDEX "travelStandard_country" ON "travelStandard" ("country", "deleted", "effectiveFrom")`.execute(db);
  await sql`CREATE INDEX "travelStandard_title" ON "travelStandard" ("deleted", "title")`.execute(db);
}
