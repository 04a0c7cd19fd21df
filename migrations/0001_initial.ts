import { sql, type Kysely } from 'kysely';

/**
 * The change log and the first registers. Register tables are materialised views of the change log: they
 * can be rebuilt from it, and every write goes through it. Column names are the register field keys.
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
  department: `
  "code" TEXT, "nameZh" TEXT, "nameEn" TEXT, "kind" TEXT, "liaisonOfficer" TEXT, "liaisonContact" TEXT`,
  partner: `
  "nameZh" TEXT, "nameOriginal" TEXT, "country" TEXT, "city" TEXT, "type" TEXT, "website" TEXT,
  "backgroundReview" TEXT, "department" TEXT, "notes" TEXT`,
  agreement: `
  "title" TEXT, "partner" TEXT, "type" TEXT, "level" TEXT, "status" TEXT, "department" TEXT,
  "departmentsInvolved" TEXT, "signedDate" TEXT, "effectiveDate" TEXT, "expiryDate" TEXT, "autoRenewal" INTEGER,
  "signatoryOurs" TEXT, "signatoryPartner" TEXT, "document" TEXT, "notes" TEXT`,
  plan: `
  "code" TEXT, "nameZh" TEXT, "nameEn" TEXT, "startYear" INTEGER, "endYear" INTEGER`,
  planTarget: `
  "plan" TEXT, "number" INTEGER, "code" TEXT, "titleZh" TEXT, "titleEn" TEXT, "kind" TEXT, "targetMin" INTEGER, "targetMax" INTEGER,
  "targetText" TEXT, "horizon" TEXT, "dueYear" INTEGER, "responsibleDepartments" TEXT`,
  planTask: `
  "plan" TEXT, "number" INTEGER, "taskZh" TEXT, "taskEn" TEXT, "schedule" TEXT, "responsibleDepartments" TEXT,
  "status" TEXT, "remark" TEXT`,
};

/** Indexes serve the list views' sorts and filters; SQLite appends rowid to every index, which is the keyset tie-break. */
const indexes = [
  'CREATE INDEX "department_code" ON "department" ("code")',
  'CREATE INDEX "partner_updated" ON "partner" ("deleted", "updatedAt")',
  'CREATE INDEX "partner_name" ON "partner" ("nameZh")',
  'CREATE INDEX "partner_country" ON "partner" ("country")',
  'CREATE INDEX "partner_department" ON "partner" ("department")',
  'CREATE INDEX "agreement_updated" ON "agreement" ("deleted", "updatedAt")',
  'CREATE INDEX "agreement_expiry" ON "agreement" ("expiryDate")',
  'CREATE INDEX "agreement_signed" ON "agreement" ("signedDate")',
  'CREATE INDEX "agreement_status" ON "agreement" ("status", "deleted", "expiryDate")',
  'CREATE INDEX "agreement_partner" ON "agreement" ("partner")',
  'CREATE INDEX "agreement_department" ON "agreement" ("department", "deleted", "updatedAt")',
  'CREATE INDEX "planTarget_plan" ON "planTarget" ("plan")',
  'CREATE INDEX "planTask_plan" ON "planTask" ("plan")',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "meta" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL)`.execute(db);
  await sql`CREATE TABLE "installation" (
    "id" TEXT PRIMARY KEY,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL CHECK ("role" IN ('office', 'department', 'review')),
    "departments" TEXT NOT NULL,
    "publicKey" BLOB NOT NULL,
    "keyId" TEXT NOT NULL,
    "createdAt" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'active' CHECK ("status" IN ('active', 'revoked')),
    "isSelf" INTEGER NOT NULL DEFAULT 0
  )`.execute(db);
  await sql`CREATE TABLE "changeLog" (
    "seq" INTEGER PRIMARY KEY,
    "id" TEXT NOT NULL UNIQUE,
    "register" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "op" TEXT NOT NULL CHECK ("op" IN ('put', 'delete')),
    "data" TEXT,
    "department" TEXT NOT NULL,
    "author" TEXT NOT NULL,
    "authorSeq" INTEGER NOT NULL,
    "hlc" TEXT NOT NULL,
    "parents" TEXT NOT NULL,
    UNIQUE ("author", "authorSeq")
  )`.execute(db);
  await sql`CREATE INDEX "changeLog_record" ON "changeLog" ("recordId")`.execute(db);
  // Heads beyond the winner shown in the register table: present only while a conflict is open.
  await sql`CREATE TABLE "conflictHead" (
    "register" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "changeId" TEXT NOT NULL,
    PRIMARY KEY ("recordId", "changeId")
  )`.execute(db);
  await sql`CREATE TABLE "fileBlob" ("sha256" TEXT PRIMARY KEY, "size" INTEGER NOT NULL, "addedAt" TEXT NOT NULL)`.execute(db);
  for (const [name, columns] of Object.entries(registerTables)) {
    await sql.raw(`CREATE TABLE "${name}" (${metaColumns},${columns}\n)`).execute(db);
    await sql
      .raw(`CREATE VIRTUAL TABLE "${name}_fts" USING fts5("searchText", content='${name}', content_rowid='rowid', tokenize='trigram')`)
      .execute(db);
  }
  for (const statement of indexes) await sql.raw(statement).execute(db);
}
