import { sql, type Kysely } from 'kysely';

/**
 * A year's holiday calendar names the State Council notice it follows by number and date (国办发明电〔2025〕7号,
 * 2025-11-04), as the form for next year's schedule asks for them. Years entered before keep only their source text.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE "holidayCalendar" ADD COLUMN "noticeNumber" TEXT`.execute(db);
  await sql`ALTER TABLE "holidayCalendar" ADD COLUMN "noticeDate" TEXT`.execute(db);
}
