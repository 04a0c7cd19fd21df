import { AppError, formInfo, formsFor, type FieldValue, type FormHtml, type FormHtmlInput, type TableRow } from '../../contract';
import { renderFormHtml, type FormPage, type FormTemplateText } from '../../core/forms/formHtml';
import { localDate } from '../../ports/clock';
import { storeOf, type ServiceContext } from '../context';
import { notFound } from '../recordQueries';
import { delegationPages } from './delegationPages';
import { conferencePages, expertPages } from './eventPages';

type Values = Record<string, FieldValue>;

/** The date a record's form version is chosen by: its own (a trip's departure), today's while it has none. */
const dateFields: Record<FormHtmlInput['register'], string> = { delegation: 'departDate', conference: 'startDate', expert: 'contractFrom' };

/** The office's template of the form in force on the date: the latest version begun by then. */
function templateOf(ctx: ServiceContext, form: string, date: string): FormTemplateText | undefined {
  const row = ctx.sqlite
    .prepare(
      `SELECT "title", "organisation", "fields", "wording", "footnote", "signoffs" FROM "formTemplate"
        WHERE "deleted" = 0 AND "form" = ? AND "effectiveFrom" <= ? AND ("effectiveTo" IS NULL OR "effectiveTo" >= ?)
        ORDER BY "effectiveFrom" DESC, "updatedAt" DESC LIMIT 1`,
    )
    .get(form, date, date) as Record<'title' | 'organisation' | 'fields' | 'wording' | 'footnote' | 'signoffs', string | null> | undefined;
  if (!row) return undefined;
  const table = (json: string | null) => (json ? (JSON.parse(json) as TableRow[]) : []);
  return {
    title: String(row.title),
    organisation: String(row.organisation),
    fields: table(row.fields).map((f) => ({ key: String(f.key), label: String(f.label), shown: f.shown !== false })),
    wording: row.wording,
    footnote: row.footnote,
    signoffs: table(row.signoffs).map((s) => ({
      label: String(s.label),
      signer: s.signer ? String(s.signer) : null,
      stamp: s.stamp !== false,
    })),
  };
}

/** The values a record's form is filled with: one page, or one per member. */
export function formPages(ctx: ServiceContext, input: FormHtmlInput, values: Values): FormPage[] {
  if (input.register === 'delegation') return delegationPages(ctx, input.form, input.id, values);
  return input.register === 'conference' ? conferencePages(ctx, values) : expertPages(ctx, values);
}

/**
 * A record's form as a print-ready page: refused, in both languages, for a record not held here (or deleted),
 * a form that is not the record's (来访接待审批表 for an outbound trip), a per-member form of a trip without
 * members, and a form with no template in force on the record's date.
 */
export function formHtml(ctx: ServiceContext, input: FormHtmlInput): FormHtml {
  const info = formInfo(input.form)!;
  const store = storeOf(ctx, input.register);
  const row = store.get(input.id);
  if (!row || row.deleted) throw notFound(input.register, input.id);
  const values = store.values(row);
  if (!formsFor(input.register, values.direction as string | null).some((f) => f.id === input.form)) {
    const fits = formsFor(input.register, values.direction as string | null).map((f) => f.label);
    throw new AppError('VALIDATION', {
      zh: `“${info.label.zh}”不适用于此记录；此记录可打印：${fits.map((f) => f.zh).join('、') || '无'}`,
      en: `"${info.label.en}" does not apply to this record; it can be printed on: ${fits.map((f) => f.en).join(', ') || 'none'}`,
    });
  }
  const date = (values[dateFields[input.register]] as string | null) ?? localDate(ctx.clock.now());
  const template = templateOf(ctx, input.form, date);
  if (!template) {
    throw new AppError('NOT_FOUND', {
      zh: `没有 ${date} 有效的“${info.label.zh}”模板：请在“表单模板”中添加`,
      en: `No template of "${info.label.en}" is in force on ${date}: add one under Form templates`,
    });
  }
  const pages = formPages(ctx, input, values);
  if (!pages.length) {
    throw new AppError('VALIDATION', {
      zh: `团组还没有成员，无法打印“${info.label.zh}”`,
      en: `The delegation has no members yet: "${info.label.en}" has nothing to print`,
    });
  }
  return { form: input.form, title: template.title, html: renderFormHtml({ form: input.form, template, pages }) };
}
