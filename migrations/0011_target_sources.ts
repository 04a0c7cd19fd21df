import { sql, type Kysely } from 'kysely';

/**
 * Where a plan target's figure comes from (a computed metric with its editable rule, or values entered by hand
 * per year, or the day a milestone was reached); the university's yearly head-counts the share targets divide
 * by; and the office's adjustments of the department evaluation.
 */
const metaColumns = `
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT ''`;

const registerTables: Record<string, string> = {
  annualFigure: `"year" INTEGER, "teachers" INTEGER, "studentsEnrolled" INTEGER, "source" TEXT`,
  departmentEvaluation: `"year" INTEGER, "evaluatedDepartment" TEXT, "suggestion" TEXT, "note" TEXT`,
};

const statements = [
  'ALTER TABLE "planTarget" ADD COLUMN "source" TEXT',
  'ALTER TABLE "planTarget" ADD COLUMN "metric" TEXT',
  'ALTER TABLE "planTarget" ADD COLUMN "qualifyingTypes" TEXT',
  'ALTER TABLE "planTarget" ADD COLUMN "manualValues" TEXT',
  'ALTER TABLE "planTarget" ADD COLUMN "achievedOn" TEXT',
  'ALTER TABLE "planTarget" ADD COLUMN "achievementNote" TEXT',
  'CREATE INDEX "annualFigure_year" ON "annualFigure" ("deleted", "year")',
  'CREATE INDEX "departmentEvaluation_year" ON "departmentEvaluation" ("year", "evaluatedDepartment", "deleted")',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(registerTables)) {
    await sql.raw(`CREATE TABLE "${name}" (${metaColumns},\n  ${columns}\n)`).execute(db);
    await sql
      .raw(`CREATE VIRTUAL TABLE "${name}_fts" USING fts5("searchText", content='${name}', content_rowid='rowid', tokenize='trigram')`)
      .execute(db);
  }
  for (const statement of statements) await sql.raw(statement).execute(db);
}
