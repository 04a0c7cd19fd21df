import { sql, type Kysely } from 'kysely';

/**
 * Rule checks: the rule versions and the holiday calendar as registers; the findings table the lists read
 * (derived locally from the records and rules, never synced); and the fields the rules need on the
 * subjects (dates of submission, notice, approval and disclosure, the academic task, a justification, the
 * leadership flag, a conference's discipline, an expert's residence permit date).
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
  rule: `
  "ruleId" TEXT, "title" TEXT, "titleEn" TEXT, "subject" TEXT, "severity" TEXT, "exemptAcademic" INTEGER, "parameters" TEXT,
  "source" TEXT, "effectiveFrom" TEXT, "effectiveTo" TEXT, "notes" TEXT`,
  holidayCalendar: `
  "title" TEXT, "year" INTEGER, "days" TEXT, "source" TEXT, "notes" TEXT`,
};

const addedColumns: [string, string, string][] = [
  ['delegation', 'academicTask', 'TEXT'],
  ['delegation', 'officialGuests', 'INTEGER'],
  ['delegation', 'unplannedReason', 'TEXT'],
  ['delegation', 'submittedDate', 'TEXT'],
  ['delegation', 'noticeStart', 'TEXT'],
  ['delegation', 'approvedDate', 'TEXT'],
  ['delegation', 'justification', 'TEXT'],
  ['delegation', 'justificationApproved', 'INTEGER'],
  ['delegation', 'disclosureDate', 'TEXT'],
  ['person', 'leadership', 'INTEGER'],
  ['conference', 'discipline', 'TEXT'],
  ['conference', 'highLevel', 'INTEGER'],
  ['conference', 'appliedDate', 'TEXT'],
  ['expert', 'residencePermitIssued', 'TEXT'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(registerTables)) {
    await sql.raw(`CREATE TABLE "${name}" (${metaColumns},${columns}\n)`).execute(db);
    await sql
      .raw(`CREATE VIRTUAL TABLE "${name}_fts" USING fts5("searchText", content='${name}', content_rowid='rowid', tokenize='trigram')`)
      .execute(db);
  }
  await sql.raw('CREATE INDEX "rule_ruleId" ON "rule" ("ruleId", "deleted", "effectiveFrom")').execute(db);
  await sql.raw('CREATE INDEX "holidayCalendar_year" ON "holidayCalendar" ("deleted", "year")').execute(db);
  for (const [table, column, type] of addedColumns) await sql.raw(`ALTER TABLE "${table}" ADD COLUMN "${column}" ${type}`).execute(db);
  // Findings of one subject are replaced together on every check; the list badge counts them per record.
  await sql
    .raw(`CREATE TABLE "ruleFinding" (
      "register" TEXT NOT NULL,
      "recordId" TEXT NOT NULL,
      "seq" INTEGER NOT NULL,
      "ruleId" TEXT NOT NULL,
      "ruleRecord" TEXT NOT NULL,
      "ruleVersion" TEXT NOT NULL,
      "severity" TEXT NOT NULL,
      "kind" TEXT NOT NULL,
      "justified" INTEGER NOT NULL,
      "data" TEXT NOT NULL,
      "checkedAt" TEXT NOT NULL,
      PRIMARY KEY ("register", "recordId", "seq")
    )`)
    .execute(db);
  await sql.raw('CREATE INDEX "ruleFinding_rule" ON "ruleFinding" ("ruleRecord")').execute(db);
}
