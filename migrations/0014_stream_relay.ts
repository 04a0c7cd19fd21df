import { sql, type Kysely } from 'kysely';

/**
 * The office relays to a department every change that department may see, whoever wrote it, not only its
 * own: a partner one department's laptop adds is shared with every department. A stream's scan mark becomes a
 * position in the local change log (which holds received changes too). Streams already cut keep their
 * `lastAuthorSeq`, the office's own changes they carry, so a rescan from the start adds only what they lack.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE "streamScan" ADD COLUMN "lastLogSeq" INTEGER NOT NULL DEFAULT 0`.execute(db);
}
