import { sql, type Kysely } from 'kysely';

/**
 * The printed forms' templates (register formTemplate): each record one version of one form the office
 * edits (title, header, fields printed, wording, signature boxes), as the rules are kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE "formTemplate" (
  "id" TEXT NOT NULL UNIQUE,
  "createdAt" TEXT NOT NULL,
  "createdBy" TEXT NOT NULL,
  "updatedAt" TEXT NOT NULL,
  "updatedBy" TEXT NOT NULL,
  "version" TEXT NOT NULL,
  "head" TEXT NOT NULL,
  "deleted" INTEGER NOT NULL DEFAULT 0,
  "conflict" INTEGER NOT NULL DEFAULT 0,
  "searchText" TEXT NOT NULL DEFAULT '',
  "form" TEXT, "title" TEXT, "organisation" TEXT, "effectiveFrom" TEXT, "effectiveTo" TEXT, "fields" TEXT,
  "wording" TEXT, "footnote" TEXT, "signoffs" TEXT, "notes" TEXT
)`.execute(db);
  await sql`CREATE VIRTUAL TABLE "formTemplate_fts" USING fts5("searchText", content='formTemplate', content_rowid='rowid', tokenize='trigram')`.execute(db);
  // A record prints on its form's version in force on its date.
  await sql`CREATE INDEX "formTemplate_form" ON "formTemplate" ("form", "deleted", "effectiveFrom")`.execute(db);
}
