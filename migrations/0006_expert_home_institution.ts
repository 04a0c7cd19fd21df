import { sql, type Kysely } from 'kysely';

/** A foreign expert's home institution, when it is a partner: the partner's page lists the experts it sent. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE "expert" ADD COLUMN "partner" TEXT`.execute(db);
  await sql`CREATE INDEX "expert_partner" ON "expert" ("partner")`.execute(db);
}
