import { sql, type Kysely } from 'kysely';

/**
 * Bundles are built from stored content so that exporting again gives the same bytes: a segment is signed
 * once and kept, and an export whose content is unchanged reuses its signed manifest. `bundleAck` holds, per
 * author, the last segment the receiver confirmed; an incremental export starts after it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "bundleSegment" (
    "author" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prev" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastAuthorSeq" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "signature" TEXT NOT NULL,
    PRIMARY KEY ("author", "seq")
  )`.execute(db);
  await sql`CREATE TABLE "bundleExport" (
    "sequence" INTEGER PRIMARY KEY,
    "contentKey" TEXT NOT NULL,
    "manifest" BLOB NOT NULL,
    "signature" TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE TABLE "bundleAck" ("author" TEXT PRIMARY KEY, "seq" INTEGER NOT NULL)`.execute(db);
}
