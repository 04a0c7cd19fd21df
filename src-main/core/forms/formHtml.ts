import type { FormId } from '../../contract';
import { formFields, type FormFieldDef } from './formFields';

/** A table printed inside a form: its column heads and rows of text. */
export interface FormTable {
  columns: string[];
  rows: string[][];
}

export type FormValue = string | FormTable;

/** One sheet of paper: a record's values (or one member's, for the forms made per member). */
export interface FormPage {
  values: Record<string, FormValue>;
}

/** The office's template, as the register keeps it. */
export interface FormTemplateText {
  title: string;
  organisation: string;
  fields: { key: string; label: string; shown: boolean }[];
  wording: string | null;
  footnote: string | null;
  signoffs: { label: string; signer: string | null; stamp: boolean }[];
}

export interface FormHtmlInput {
  form: FormId;
  template: FormTemplateText;
  pages: FormPage[];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Notices and pledges are read as letters (wording first, signature lines on the right); the others are grids. */
const letters: FormId[] = ['tripNotice', 'memberPledge'];

const plain = (v: FormValue | undefined): string =>
  v === undefined ? '' : typeof v === 'string' ? v : v.rows.map((r) => r.join(' ')).join('；');

/** The template's text with {field} replaced by the page's value, as paragraphs. */
function paragraphs(text: string | null, values: Record<string, FormValue>, cls: string): string {
  if (!text?.trim()) return '';
  const filled = text.replace(/\{([A-Za-z]+)\}/g, (_, key: string) => plain(values[key]));
  return filled
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p class="${cls}">${esc(line)}</p>`)
    .join('');
}

const valueHtml = (v: FormValue | undefined): string => esc(plain(v)).replace(/\n/g, '<br>');

function tableHtml(t: FormValue | undefined): string {
  if (!t) return '<div class="blank"></div>';
  if (typeof t === 'string') return `<div class="note">${esc(t)}</div>`;
  const head = `<tr>${t.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
  const body = t.rows.length
    ? t.rows.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('')
    : `<tr>${t.columns.map(() => '<td>&nbsp;</td>').join('')}</tr>`;
  return `<table class="inner"><thead>${head}</thead><tbody>${body}</tbody></table>`;
}

const dateLine =
  '<span class="date">日期：<span class="gap"></span>年<span class="gap small"></span>月<span class="gap small"></span>日</span>';

/** A box for an opinion: its heading, space to write, and the signature, the stamp and the date at its foot. */
function signoffBox(s: FormTemplateText['signoffs'][number], span: number): string {
  const sign = `${esc(s.signer || '签字')}：<span class="gap wide"></span>`;
  const stamp = s.stamp ? '<span class="stamp">（盖章）</span>' : '';
  return `<td class="signoff" colspan="${span}"><div class="heading">${esc(s.label)}：</div><div class="opinion"></div><div class="signline">${sign}${stamp}</div><div class="signline">${dateLine}</div></td>`;
}

/** The opinion boxes two to a row, as the paper forms set them; an odd last one takes the whole row. */
function signoffRows(signoffs: FormTemplateText['signoffs']): string {
  const rows: string[] = [];
  for (let i = 0; i < signoffs.length; i += 2) {
    const pair = signoffs.slice(i, i + 2);
    rows.push(`<tr class="signoffs">${pair.map((s) => signoffBox(s, pair.length === 2 ? 2 : 4)).join('')}</tr>`);
  }
  return rows.join('');
}

function signatureLines(signoffs: FormTemplateText['signoffs']): string {
  const line = '<span class="gap wide"></span>';
  const who = (s: FormTemplateText['signoffs'][number]) =>
    s.signer ? `${esc(s.label)}\u3000${esc(s.signer)}：${line}` : s.stamp ? `${esc(s.label)}（盖章）` : `${esc(s.label)}：${line}`;
  return `<div class="letter-sign">${signoffs.map((s) => `<div class="sig"><div>${who(s)}</div><div>${dateLine}</div></div>`).join('')}</div>`;
}

/** The grid: two label/value pairs to a row, whole rows for long values, tables and space to write under a heading. */
function grid(shown: { def: FormFieldDef; label: string }[], values: Record<string, FormValue>, signoffs: string): string {
  const rows: string[] = [];
  // A cell left without a partner takes the rest of its row rather than leave an empty pair.
  let pending: { label: string; value: string } | null = null;
  const flush = () => {
    if (pending) rows.push(`<tr><th class="label">${pending.label}</th><td colspan="3">${pending.value}</td></tr>`);
    pending = null;
  };
  for (const { def, label } of shown) {
    const v = values[def.key];
    if (def.kind === 'cell') {
      if (!pending) pending = { label: esc(label), value: valueHtml(v) };
      else {
        rows.push(
          `<tr><th class="label">${pending.label}</th><td>${pending.value}</td><th class="label">${esc(label)}</th><td>${valueHtml(v)}</td></tr>`,
        );
        pending = null;
      }
      continue;
    }
    flush();
    if (def.kind === 'row') rows.push(`<tr><th class="label">${esc(label)}</th><td colspan="3">${valueHtml(v)}</td></tr>`);
    else if (def.kind === 'table')
      rows.push(`<tr><th class="section" colspan="4">${esc(label)}</th></tr><tr><td colspan="4" class="holder">${tableHtml(v)}</td></tr>`);
    else
      rows.push(`<tr><th class="section" colspan="4">${esc(label)}</th></tr><tr><td colspan="4" class="writing">${valueHtml(v)}</td></tr>`);
  }
  flush();
  return `<table class="grid"><colgroup><col class="l"><col class="v"><col class="l"><col class="v"></colgroup><tbody>${rows.join('')}${signoffs}</tbody></table>`;
}

/**
 * A form as one standalone HTML document (inline CSS, A4, CJK serif as paper forms are set): the
 * university's name and the form's title at the head, the template's wording, the fields it prints filled
 * from the record, and boxes for opinions, signatures, stamps and dates. The CLI prints it to PDF and the
 * app prints the same page.
 */
export function renderFormHtml(input: FormHtmlInput): string {
  const { template } = input;
  const defs = new Map(formFields[input.form].map((d) => [d.key, d]));
  const shown = template.fields.filter((f) => f.shown && defs.has(f.key)).map((f) => ({ def: defs.get(f.key)!, label: f.label }));
  const letter = letters.includes(input.form);
  const pages = input.pages.map((page) => {
    const body = letter
      ? `${paragraphs(template.wording, page.values, 'wording')}${grid(shown, page.values, '')}${paragraphs(template.footnote, page.values, 'wording')}${signatureLines(template.signoffs)}`
      : `${paragraphs(template.wording, page.values, 'wording')}${grid(shown, page.values, signoffRows(template.signoffs))}${paragraphs(template.footnote, page.values, 'footnote')}`;
    return `<section class="page"><div class="org">${esc(template.organisation)}</div><h1>${esc(template.title)}</h1>${body}</section>`;
  });
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(template.title)}</title>
<style>
@page { size: A4; margin: 12mm 15mm 10mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Serif CJK SC', 'Songti SC', SimSun, serif; font-size: 10pt; color: #000; line-height: 1.35; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
.org { text-align: center; font-size: 12pt; letter-spacing: 2pt; margin-bottom: 1pt; }
h1 { text-align: center; font-family: 'Noto Sans CJK SC', sans-serif; font-size: 17pt; font-weight: 700; letter-spacing: 1pt; margin: 0 0 6pt; }
p.wording { text-indent: 2em; margin: 0 0 6pt; font-size: 11pt; line-height: 1.75; }
p.footnote { font-size: 8.5pt; margin: 2pt 0 0; line-height: 1.4; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4pt 0 6pt; }
table.grid > colgroup > col.l { width: 17%; }
table.grid > colgroup > col.v { width: 33%; }
table.grid > tbody > tr > th, table.grid > tbody > tr > td { border: 1px solid #000; padding: 2.5pt 4pt; vertical-align: middle; overflow-wrap: anywhere; }
table.grid > tbody > tr { break-inside: avoid; }
th.label { font-weight: 700; text-align: center; background: #f2f2f2; }
th.section { font-weight: 700; text-align: left; background: #f2f2f2; }
td.holder { padding: 0 !important; }
td.writing { height: 120mm; vertical-align: top !important; white-space: pre-wrap; }
table.inner { width: 100%; border-collapse: collapse; font-size: 9pt; }
table.inner th, table.inner td { border: 0; border-right: 1px solid #000; border-bottom: 1px solid #000; padding: 2pt 3pt; text-align: center; overflow-wrap: anywhere; }
table.inner th:last-child, table.inner td:last-child { border-right: 0; }
table.inner tr:last-child td { border-bottom: 0; }
table.inner th { font-weight: 700; }
.blank { height: 18mm; }
table.grid > tbody > tr > td.signoff { vertical-align: top; padding: 3pt 6pt; }
.signoff .heading { font-weight: 700; }
.opinion { height: 9mm; }
.signline { text-align: right; white-space: nowrap; font-size: 10pt; line-height: 1.6; }
.note { padding: 4pt 5pt; }
.stamp { margin: 0 12pt 0 6pt; }
.gap { display: inline-block; width: 12mm; border-bottom: 1px solid transparent; }
.gap.small { width: 7mm; }
.gap.wide { width: 24mm; }
.date { margin-left: 6pt; }
.letter-sign { margin: 18pt 0 0 auto; width: 62%; }
.sig { text-align: right; margin-bottom: 10pt; font-size: 11pt; line-height: 2; }
.sig .gap.wide { border-bottom-color: #000; width: 32mm; }
</style></head>
<body>${pages.join('')}</body></html>
`;
}
