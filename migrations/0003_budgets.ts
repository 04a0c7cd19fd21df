import { sql, type Kysely } from 'kysely';

/** Funds, their allocations to departments, and expenses charged to allocations; money in integer fen. */
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
  fund: `
  "name" TEXT, "fiscalYear" INTEGER, "kind" TEXT, "department" TEXT, "total" INTEGER, "notes" TEXT`,
  allocation: `
  "title" TEXT, "fund" TEXT, "department" TEXT, "planLine" TEXT, "amount" INTEGER, "adjustments" TEXT, "current" INTEGER,
  "confirmedWarnings" TEXT, "notes" TEXT`,
  expense: `
  "description" TEXT, "allocation" TEXT, "department" TEXT, "stage" TEXT, "subjectKind" TEXT, "delegation" TEXT,
  "category" TEXT, "date" TEXT, "currency" TEXT, "amount" INTEGER, "rate" TEXT, "rateDate" TEXT, "rateSource" TEXT,
  "cnyAmount" INTEGER, "fiscalYear" INTEGER, "confirmedWarnings" TEXT, "notes" TEXT`,
};

const indexes = [
  'CREATE INDEX "fund_year" ON "fund" ("deleted", "fiscalYear")',
  'CREATE INDEX "fund_updated" ON "fund" ("deleted", "updatedAt")',
  'CREATE INDEX "allocation_fund" ON "allocation" ("fund", "deleted")',
  'CREATE INDEX "allocation_department" ON "allocation" ("department", "deleted")',
  'CREATE INDEX "allocation_updated" ON "allocation" ("deleted", "updatedAt")',
  'CREATE INDEX "expense_allocation" ON "expense" ("allocation", "deleted", "stage")',
  'CREATE INDEX "expense_delegation" ON "expense" ("delegation")',
  'CREATE INDEX "expense_date" ON "expense" ("deleted", "date")',
  'CREATE INDEX "expense_department" ON "expense" ("department", "deleted", "date")',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, columns] of Object.entries(registerTables)) {
    await sql.raw(`CREATE TABLE "${name}" (${metaColumns},${columns}\n)`).execute(db);
    await sql
      .raw(`CREATE VIRTUAL TABLE "${name}_fts" USING fts5("searchText", content='${name}', content_rowid='rowid', tokenize='trigram')`)
      .execute(db);
  }
  for (const statement of indexes) await sql.raw(statement).execute(db);
}
