import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, formCatalog, pick, formHtmlInputSchema, formsFor, type FormHtml, type FormId } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { storeOf } from '../services/context';
import { formHtml } from '../services/forms/printForms';
import { notFound } from '../services/recordQueries';
import { cliLocale, printJson, say, UsageError } from './output';
import { printPdfs } from './printPdf';

export interface FormsOptions {
  register?: string;
  id?: string;
  out?: string;
  form?: string;
  html?: boolean;
  json?: boolean;
}

const registersWithForms = ['delegation', 'conference', 'expert'] as const;

/** A form named by its id (tripApproval) or its Chinese title (因公出国（境）任务审批表). */
function formNamed(name: string): FormId {
  const found = formCatalog.find((f) => f.id === name || f.label.zh === name);
  if (!found) throw new UsageError(`--form must be one of ${formCatalog.map((f) => `${f.id} (${f.label.zh})`).join(', ')}, not "${name}"`);
  return found.id;
}

/** A file name the form can be saved under on any system: its title, with what a file system refuses replaced. */
const fileName = (f: FormHtml, ext: string) => `${f.title.replace(/[\\/:*?"<>|\s]+/g, '_')}${ext}`;

/**
 * `waiban forms --register delegation --id ID --out DIR [--form NAME] [--html]`: the record's forms (or the
 * one named) filled from it, as PDFs printed by Chromium like the leadership report, or as the HTML pages.
 */
export async function runForms(app: WaibanApp, o: FormsOptions): Promise<void> {
  if (!o.register || !(registersWithForms as readonly string[]).includes(o.register)) {
    throw new UsageError(`--register must be one of ${registersWithForms.join(', ')}`);
  }
  if (!o.id) throw new UsageError('--id ID is required');
  if (!o.out) throw new UsageError('--out DIR is required');
  const register = o.register as (typeof registersWithForms)[number];
  const row = storeOf(app.ctx, register).get(o.id);
  if (!row || row.deleted) throw notFound(register, o.id);
  const values = storeOf(app.ctx, register).values(row);
  const forms = o.form ? [formNamed(o.form)] : formsFor(register, values.direction as string | null).map((f) => f.id);
  const made: FormHtml[] = [];
  for (const form of forms) {
    try {
      made.push(formHtml(app.ctx, formHtmlInputSchema.parse({ register, id: o.id, form })));
    } catch (err) {
      // Printing all: a form with nothing to print yet (no members) is named and the others still print.
      if (o.form || !(err instanceof AppError) || err.code !== 'VALIDATION') throw err;
      process.stderr.write(`${pick(err.localized, cliLocale())}\n`);
    }
  }
  mkdirSync(o.out, { recursive: true });
  const files = made.map((f) => ({ ...f, out: join(o.out!, fileName(f, o.html ? '.html' : '.pdf')) }));
  if (o.html) for (const f of files) writeFileSync(f.out, f.html);
  else await printPdfs(files, { zh: '加 --html 输出 HTML', en: 'Add --html to write the HTML' });
  if (o.json) return printJson(files.map((f) => ({ form: f.form, title: f.title, file: f.out })));
  say({
    zh: `已写入 ${files.length} 份表单：\n${files.map((f) => f.out).join('\n')}`,
    en: `Wrote ${files.length} forms:\n${files.map((f) => f.out).join('\n')}`,
  });
}
