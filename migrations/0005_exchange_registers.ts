import { sql, type Kysely } from 'kysely';

/**
 * Exchange programs, student mobility, conferences, foreign experts, international students, trainings and
 * departments' annual plans; the links from records to the plan line they carry out (delegations and
 * allocations gain `annualPlan`, allocations already had `planLine`); and expenses for conferences, expert
 * hires and trainings.
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
  program: `
  "title" TEXT, "department" TEXT, "partner" TEXT, "agreement" TEXT, "kind" TEXT, "level" TEXT, "startYear" INTEGER,
  "annualQuota" INTEGER, "status" TEXT, "annualPlan" TEXT, "planLine" TEXT, "notes" TEXT`,
  mobility: `
  "title" TEXT, "student" TEXT, "department" TEXT, "program" TEXT, "partner" TEXT, "hostName" TEXT, "country" TEXT,
  "kind" TEXT, "fromDate" TEXT, "toDate" TEXT, "status" TEXT, "fund" TEXT, "creditsRecognised" TEXT, "annualPlan" TEXT,
  "planLine" TEXT, "notes" TEXT`,
  conference: `
  "title" TEXT, "titleEn" TEXT, "kind" TEXT, "department" TEXT, "role" TEXT, "partner" TEXT, "mode" TEXT, "startDate" TEXT,
  "endDate" TEXT, "place" TEXT, "status" TEXT, "participantsTotal" INTEGER, "participantsForeign" INTEGER,
  "countryCount" INTEGER, "brandSeries" TEXT, "allocation" TEXT, "budgetEstimate" INTEGER, "checklist" TEXT,
  "summary" TEXT, "summaryFile" TEXT, "summaryDate" TEXT, "annualPlan" TEXT, "planLine" TEXT, "notes" TEXT`,
  expert: `
  "title" TEXT, "person" TEXT, "department" TEXT, "kind" TEXT, "position" TEXT, "category" TEXT, "status" TEXT,
  "contractFrom" TEXT, "contractTo" TEXT, "entryDate" TEXT, "workPermitNumber" TEXT, "workPermitExpiry" TEXT,
  "residencePermitNumber" TEXT, "residencePermitExpiry" TEXT, "permitExpiry" TEXT, "checklist" TEXT, "annualPlan" TEXT,
  "planLine" TEXT, "notes" TEXT`,
  training: `
  "title" TEXT, "department" TEXT, "funder" TEXT, "funderName" TEXT, "audience" TEXT, "startDate" TEXT, "endDate" TEXT,
  "place" TEXT, "trainees" INTEGER, "countries" TEXT, "status" TEXT, "annualPlan" TEXT, "planLine" TEXT, "notes" TEXT`,
  studentIntake: `
  "title" TEXT, "year" INTEGER, "kind" TEXT, "department" TEXT, "count" INTEGER, "countries" TEXT, "date" TEXT,
  "document" TEXT, "notes" TEXT`,
  annualPlan: `
  "title" TEXT, "department" TEXT, "year" INTEGER, "lines" TEXT, "budgetTotal" INTEGER, "summary" TEXT, "notes" TEXT`,
};

const addedColumns = [
  'ALTER TABLE "delegation" ADD COLUMN "annualPlan" TEXT',
  'ALTER TABLE "delegation" ADD COLUMN "planLine" TEXT',
  'ALTER TABLE "allocation" ADD COLUMN "annualPlan" TEXT',
  'ALTER TABLE "expense" ADD COLUMN "conference" TEXT',
  'ALTER TABLE "expense" ADD COLUMN "expert" TEXT',
  'ALTER TABLE "expense" ADD COLUMN "training" TEXT',
];

/** Default sorts, the filters lists offer, and the references completion and "still in use" follow. */
const indexes = [
  'CREATE INDEX "program_updated" ON "program" ("deleted", "updatedAt")',
  'CREATE INDEX "program_department" ON "program" ("department", "deleted", "updatedAt")',
  'CREATE INDEX "program_status" ON "program" ("status", "deleted", "updatedAt")',
  'CREATE INDEX "program_partner" ON "program" ("partner")',
  'CREATE INDEX "program_agreement" ON "program" ("agreement")',
  'CREATE INDEX "mobility_from" ON "mobility" ("deleted", "fromDate")',
  'CREATE INDEX "mobility_department" ON "mobility" ("department", "deleted", "fromDate")',
  'CREATE INDEX "mobility_status" ON "mobility" ("status", "deleted", "fromDate")',
  'CREATE INDEX "mobility_student" ON "mobility" ("student", "deleted", "fromDate")',
  'CREATE INDEX "mobility_program" ON "mobility" ("program")',
  'CREATE INDEX "mobility_partner" ON "mobility" ("partner")',
  'CREATE INDEX "mobility_fund" ON "mobility" ("fund")',
  'CREATE INDEX "conference_start" ON "conference" ("deleted", "startDate")',
  'CREATE INDEX "conference_department" ON "conference" ("department", "deleted", "startDate")',
  'CREATE INDEX "conference_status" ON "conference" ("status", "deleted", "startDate")',
  'CREATE INDEX "conference_partner" ON "conference" ("partner")',
  'CREATE INDEX "conference_allocation" ON "conference" ("allocation")',
  'CREATE INDEX "expert_contract" ON "expert" ("deleted", "contractFrom")',
  'CREATE INDEX "expert_department" ON "expert" ("department", "deleted", "contractFrom")',
  'CREATE INDEX "expert_status" ON "expert" ("status", "deleted", "contractFrom")',
  'CREATE INDEX "expert_permitExpiry" ON "expert" ("permitExpiry")',
  'CREATE INDEX "expert_person" ON "expert" ("person")',
  'CREATE INDEX "training_start" ON "training" ("deleted", "startDate")',
  'CREATE INDEX "training_department" ON "training" ("department", "deleted", "startDate")',
  'CREATE INDEX "training_status" ON "training" ("status", "deleted", "startDate")',
  'CREATE INDEX "studentIntake_year" ON "studentIntake" ("deleted", "year")',
  'CREATE INDEX "studentIntake_department" ON "studentIntake" ("department", "deleted", "year")',
  'CREATE INDEX "annualPlan_year" ON "annualPlan" ("deleted", "year")',
  'CREATE INDEX "annualPlan_department" ON "annualPlan" ("department", "year", "deleted")',
  ...['program', 'mobility', 'conference', 'expert', 'training', 'delegation', 'allocation'].map(
    (table) => `CREATE INDEX "${table}_annualPlan" ON "${table}" ("annualPlan", "planLine")`,
  ),
  'CREATE INDEX "expense_conference" ON "expense" ("conference")',
  'CREATE INDEX "expense_expert" ON "expense" ("expert")',
  'CREATE INDEX "expense_training" ON "expense" ("training")',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(registerTables)) {
    await sql.raw(`CREATE TABLE "${name}" (${metaColumns},${columns}\n)`).execute(db);
    await sql
      .raw(`CREATE VIRTUAL TABLE "${name}_fts" USING fts5("searchText", content='${name}', content_rowid='rowid', tokenize='trigram')`)
      .execute(db);
  }
  for (const statement of [...addedColumns, ...indexes]) await sql.raw(statement).execute(db);
}
