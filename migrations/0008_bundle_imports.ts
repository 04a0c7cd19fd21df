import { sql, type Kysely } from 'kysely';

/**
 * The import ledger: every bundle this installation took in, by exporter and sequence with its manifest's
 * hash, so a second import of the same file is recognised and a different file under the same number is not
 * taken for it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "bundleImport" (
    "exporter" TEXT NOT NULL,
    "sequence" INTEGER NOT NULL,
    "manifestSha256" TEXT NOT NULL,
    "importedAt" TEXT NOT NULL,
    "newChanges" INTEGER NOT NULL,
    PRIMARY KEY ("exporter", "sequence")
  )`.execute(db);
}
