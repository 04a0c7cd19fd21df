import { sql, type Kysely } from 'kysely';

/**
 * People, delegations (members, itinerary legs and the review checklist live inside the record as JSON
 * tables) and checklist templates; and the log of who revealed masked personal data.
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
  person: `
  "name" TEXT, "nameOriginal" TEXT, "gender" TEXT, "category" TEXT, "department" TEXT, "position" TEXT, "phone" TEXT,
  "email" TEXT, "nationality" TEXT, "passportNumber" TEXT, "passportType" TEXT, "passportExpiry" TEXT,
  "foreignResidence" INTEGER, "foreignResidenceDetails" TEXT, "overseasExperience" TEXT, "notes" TEXT`,
  delegation: `
  "title" TEXT, "direction" TEXT, "purpose" TEXT, "academic" INTEGER, "status" TEXT, "department" TEXT, "partner" TEXT,
  "hostName" TEXT, "departDate" TEXT, "returnDate" TEXT, "legs" TEXT, "members" TEXT, "days" INTEGER, "countries" TEXT,
  "countryCount" INTEGER, "groupSize" INTEGER, "approvalNumber" TEXT, "agreement" TEXT, "budgetEstimate" INTEGER,
  "passportReturnedDate" TEXT, "tripReport" TEXT, "tripReportFile" TEXT, "reportFiledDate" TEXT, "checklist" TEXT, "notes" TEXT`,
  checklistTemplate: `
  "name" TEXT, "subjectKind" TEXT, "effectiveFrom" TEXT, "effectiveTo" TEXT, "items" TEXT, "source" TEXT, "notes" TEXT`,
};

const indexes = [
  'CREATE INDEX "person_updated" ON "person" ("deleted", "updatedAt")',
  'CREATE INDEX "person_name" ON "person" ("name")',
  'CREATE INDEX "person_department" ON "person" ("department", "deleted", "updatedAt")',
  'CREATE INDEX "person_passportExpiry" ON "person" ("passportExpiry")',
  'CREATE INDEX "delegation_depart" ON "delegation" ("deleted", "departDate")',
  'CREATE INDEX "delegation_status" ON "delegation" ("status", "deleted", "departDate")',
  'CREATE INDEX "delegation_direction" ON "delegation" ("direction", "deleted", "departDate")',
  'CREATE INDEX "delegation_department" ON "delegation" ("department", "deleted", "departDate")',
  'CREATE INDEX "delegation_updated" ON "delegation" ("deleted", "updatedAt")',
  'CREATE INDEX "delegation_partner" ON "delegation" ("partner")',
  'CREATE INDEX "delegation_agreement" ON "delegation" ("agreement")',
  'CREATE INDEX "checklistTemplate_kind" ON "checklistTemplate" ("subjectKind", "effectiveFrom")',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(registerTables)) {
    await sql.raw(`CREATE TABLE "${name}" (${metaColumns},${columns}\n)`).execute(db);
    await sql
      .raw(`CREATE VIRTUAL TABLE "${name}_fts" USING fts5("searchText", content='${name}', content_rowid='rowid', tokenize='trigram')`)
      .execute(db);
  }
  for (const statement of indexes) await sql.raw(statement).execute(db);
  // Who saw a masked value in full, and when: kept beside the change log, shown in the record's history.
  await sql`CREATE TABLE "recordReveal" (
    "seq" INTEGER PRIMARY KEY,
    "register" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "fields" TEXT NOT NULL,
    "at" TEXT NOT NULL,
    "installation" TEXT NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX "recordReveal_record" ON "recordReveal" ("recordId")`.execute(db);
}
