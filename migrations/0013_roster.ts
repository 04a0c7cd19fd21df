import { sql, type Kysely } from 'kysely';

/**
 * Trust (design/bundles.md): every roster version this installation accepted, signed by the office, so the
 * newest is known and an older one is refused; the pinned office key the roster must be signed with (one
 * row); and, per installation, the last of its segments still trusted once it is revoked. The installation
 * table becomes the roster's materialised form.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "roster" (
    "version" INTEGER PRIMARY KEY,
    "document" BLOB NOT NULL,
    "signature" TEXT NOT NULL,
    "receivedAt" TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE TABLE "officePin" (
    "pin" INTEGER PRIMARY KEY CHECK ("pin" = 1),
    "id" TEXT NOT NULL,
    "publicKey" BLOB NOT NULL,
    "keyId" TEXT NOT NULL,
    "pinnedAt" TEXT NOT NULL
  )`.execute(db);
  await sql`ALTER TABLE "installation" ADD COLUMN "lastGoodSeq" INTEGER`.execute(db);
}
