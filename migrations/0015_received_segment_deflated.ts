import { sql, type Kysely } from 'kysely';

/**
 * Segments kept for relaying are stored deflated: their NDJSON shrinks about fifteenfold, and a 100k-change
 * import no longer writes it a second time beside the change log. Rows kept before stay as they arrived (0).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE "receivedSegment" ADD COLUMN "deflated" INTEGER NOT NULL DEFAULT 0 CHECK ("deflated" IN (0, 1))`.execute(db);
}
