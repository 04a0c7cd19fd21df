import { sql, type Kysely } from 'kysely';

/**
 * What the office sends on: `streamSegment` holds the office's own changes cut for one destination (a
 * department sees only its records and the reference data), signed once and kept so a re-export is
 * byte-identical; `receivedSegment` keeps other installations' segments as they arrived, with their authors'
 * signatures, so the office can relay them to the review copy and the receiver checks each author end to end.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "streamSegment" (
    "stream" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prev" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastAuthorSeq" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "signature" TEXT NOT NULL,
    PRIMARY KEY ("stream", "seq")
  )`.execute(db);
  await sql`CREATE TABLE "streamScan" ("stream" TEXT PRIMARY KEY, "lastAuthorSeq" INTEGER NOT NULL)`.execute(db);
  await sql`CREATE TABLE "receivedSegment" (
    "author" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "prev" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "content" BLOB NOT NULL,
    "signature" TEXT NOT NULL,
    PRIMARY KEY ("author", "seq")
  )`.execute(db);
}
