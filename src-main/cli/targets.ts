import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { pick, targetsSheetName, targetsSheetRows, targetsSheetWidths, type EvaluationTable, type TargetsReport } from '../contract';
import { departmentName } from '../services/departmentNames';
import { tableWorkbook } from '../services/xlsx/tableWorkbook';
import type { WaibanApp } from '../app/openApp';
import { evaluation } from '../services/targets/evaluation';
import { reportHtml } from '../services/targets/leadershipReport';
import { targetsReport } from '../services/targets/targetsReport';
import { cliLocale, printJson, say, UsageError } from './output';
import { printPdfs } from './printPdf';
import { writeFileSafely } from './xlsx';

export interface TargetsOptions {
  json?: boolean;
  plan?: string;
  year?: string;
  out?: string;
  xlsx?: string;
  force?: boolean;
}

/** The dashboard's table as a workbook: the same rows and the same writer as the window's export. */
function targetsWorkbook(app: WaibanApp, r: TargetsReport): Buffer {
  const locale = cliLocale();
  const rows = targetsSheetRows(r, locale, (code) => pick(departmentName(app.ctx, code), locale));
  return tableWorkbook({ name: targetsSheetName(r, locale), rows, widths: targetsSheetWidths(rows) });
}

function yearOf(o: TargetsOptions, required: boolean): number | undefined {
  if (o.year === undefined) {
    if (required) throw new UsageError('--year Y is required');
    return undefined;
  }
  const year = Number(o.year);
  if (!(Number.isInteger(year) && year >= 2000 && year <= 2100)) throw new UsageError(`--year takes a year such as 2026, not "${o.year}"`);
  return year;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function planOf(o: TargetsOptions): string | undefined {
  if (o.plan !== undefined && !uuid.test(o.plan))
    throw new UsageError(`--plan takes a plan's id (see \`waiban records list --register plan\`), not "${o.plan}"`);
  return o.plan;
}

const status = {
  met: ['达成', 'met'],
  onTrack: ['正常', 'on track'],
  atRisk: ['风险', 'at risk'],
  behind: ['滞后', 'behind'],
  noData: ['无数据', 'no data'],
} as const;

function targetsTable(r: TargetsReport, zh: boolean): string {
  const lines: string[] = [];
  lines.push(
    r.plan
      ? `${pick(r.plan.name, zh ? 'zh' : 'en')} (${r.plan.startYear}-${r.plan.endYear}) · ${r.year} · ${zh ? '截至' : 'as of'} ${r.asOf}`
      : `${r.year}`,
  );
  for (const p of r.problems) lines.push(`! ${pick(p, zh ? 'zh' : 'en')}`);
  for (const t of r.targets) {
    const actual = t.actual === null ? '—' : t.kind === 'percent' ? `${t.actual}%` : String(t.actual);
    const why = t.missing ? ` (${pick(t.missing, zh ? 'zh' : 'en')})` : '';
    lines.push(
      `${t.code.padEnd(5)} ${actual.padStart(7)}  ${t.targetText.padEnd(14)} ${status[t.status][zh ? 0 : 1]}${why}  ${pick(t.title, zh ? 'zh' : 'en')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function evaluationTable(t: EvaluationTable, zh: boolean): string {
  const lines = t.departments.map((d) => {
    const completion = d.completion === null ? '—' : `${d.doneCount}/${d.plannedCount}`;
    const results = d.results.reduce((n, r) => n + r.count, 0);
    const adjusted = d.adjustedSuggestion ? ` -> ${d.adjustedSuggestion}${d.adjustmentNote ? ` (${d.adjustmentNote})` : ''}` : '';
    return `${d.department.padEnd(6)} ${completion.padStart(7)} ${String(results).padStart(5)}  ${d.suggestion}${adjusted}  ${pick(d.suggestionReason, zh ? 'zh' : 'en')}`;
  });
  return `${zh ? '部门' : 'Dept'}   ${zh ? '计划完成' : 'plan'}  ${zh ? '成果' : 'results'}\n${lines.join('\n')}\n`;
}

/** `waiban targets`: every indicator with target, actual, status and the ids of the records counted. */
export function runTargets(app: WaibanApp, o: TargetsOptions): void {
  const r = targetsReport(app.ctx, { plan: planOf(o), year: yearOf(o, false) });
  if (o.xlsx) {
    writeFileSafely(o.xlsx, targetsWorkbook(app, r), !!o.force);
    return say({ zh: `已写入 ${o.xlsx}`, en: `Wrote ${o.xlsx}` });
  }
  if (o.json) return printJson(r);
  process.stdout.write(targetsTable(r, cliLocale() === 'zh'));
}

/** `waiban evaluation --year Y`: the departments' evaluation for the annual meeting. */
export function runEvaluation(app: WaibanApp, o: TargetsOptions): void {
  const t = evaluation(app.ctx, { plan: planOf(o), year: yearOf(o, true)! });
  if (o.json) return printJson(t);
  process.stdout.write(evaluationTable(t, cliLocale() === 'zh'));
}

/** `waiban report --out FILE.html|FILE.pdf`: the leadership report, as the app prints it. */
export async function runReport(app: WaibanApp, o: TargetsOptions): Promise<void> {
  if (!o.out) throw new UsageError('--out FILE.html or FILE.pdf is required');
  const kind = extname(o.out).toLowerCase();
  if (kind !== '.html' && kind !== '.pdf') throw new UsageError(`--out must end in .html or .pdf, not "${o.out}"`);
  const { html } = reportHtml(app.ctx, { plan: planOf(o), year: yearOf(o, false), locale: cliLocale() });
  if (kind === '.pdf') await printPdfs([{ html, out: o.out }], { zh: '改用 --out 报告.html', en: 'Use --out report.html' });
  else writeFileSync(o.out, html);
  say({ zh: `已写入 ${o.out}`, en: `Wrote ${o.out}` });
}
