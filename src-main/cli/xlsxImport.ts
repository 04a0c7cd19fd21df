import { pick, type SheetImportReport } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { importSheet } from '../services/xlsx/importRegister';
import { readSheetFile, refusedRowsBytes } from '../services/xlsx/sheetFiles';
import { writeFileSafely } from './xlsx';
import { backupBeforeImport } from '../services/backup/autoBackup';
import { cliLocale, printJson, say, UsageError } from './output';

export interface ImportOptions {
  register?: string;
  'dry-run'?: boolean;
  json?: boolean;
  map?: string[];
  'map-value'?: string[];
  'refused-out'?: string;
  force?: boolean;
}

/** `--map "列标题=fieldKey"`, repeatable; `--map "列标题="` leaves that column out. */
function parseMap(entries: string[] | undefined): Record<string, string | null> | undefined {
  if (!entries?.length) return undefined;
  const out: Record<string, string | null> = {};
  for (const entry of entries) {
    const at = entry.lastIndexOf('=');
    if (at <= 0) throw new UsageError(`--map takes "HEADER=FIELD" (or "HEADER=" to leave the column out), not "${entry}"`);
    out[entry.slice(0, at).trim()] = entry.slice(at + 1).trim() || null;
  }
  return out;
}

/**
 * `--map-value "类型:研究机构=researchInstitute"`, repeatable: the option (its value or label) a column's value is
 * read as. The header ends at the first colon, the value at the last equals sign.
 */
function parseMapValue(entries: string[] | undefined): Record<string, Record<string, string>> | undefined {
  if (!entries?.length) return undefined;
  const out: Record<string, Record<string, string>> = {};
  for (const entry of entries) {
    const colon = entry.search(/[:：]/);
    const equals = entry.lastIndexOf('=');
    const header = entry.slice(0, Math.max(colon, 0)).trim();
    const value = entry.slice(colon + 1, equals).trim();
    const option = entry.slice(equals + 1).trim();
    if (colon <= 0 || equals <= colon + 1 || !header || !value || !option) {
      throw new UsageError(`--map-value takes "HEADER:VALUE=OPTION" (e.g. "类型:研究机构=researchInstitute"), not "${entry}"`);
    }
    (out[header] ??= {})[value] = option;
  }
  return out;
}

/** Progress is worth a line only for work a person waits on. */
const quietFor = 1000;

function printReport(report: SheetImportReport): void {
  const verb = report.written ? { zh: '已导入', en: 'Imported' } : { zh: '试导入（未写入）', en: 'Dry run (nothing written)' };
  say({
    zh: `${verb.zh}：${report.rowsOk} 行可用（新增 ${report.created}，更新 ${report.updated}，无变化 ${report.unchanged}），${report.rowsRefused.length} 处问题`,
    en: `${verb.en}: ${report.rowsOk} rows ok (${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged), ${report.rowsRefused.length} problem(s)`,
  });
  const locale = cliLocale();
  for (const r of report.rowsRefused) {
    process.stdout.write(
      `  ${r.row}${r.column ? ` ${r.column} ${r.header}` : ''}${r.value ? ` "${r.value}"` : ''}: ${pick(r.reason, locale)}\n`,
    );
  }
  for (const u of report.unknownColumns)
    say({ zh: `  未读取的列 ${u.column}「${u.header}」`, en: `  Column ${u.column} "${u.header}" not read` });
}

/**
 * `waiban xlsx import`: exit 0 when every row was (or, in a dry run, would be) imported; 1 when any row was
 * refused, whether or not the valid rows were written, so a script notices rows left behind.
 */
export async function runXlsxImport(
  files: string[],
  o: ImportOptions,
  withApp: (work: (app: WaibanApp) => Promise<void>) => Promise<void>,
): Promise<number> {
  if (!o.register) throw new UsageError('--register NAME is required');
  if (files.length !== 1) throw new UsageError('xlsx import takes one FILE');
  const { register } = o;
  const mappingByHeader = parseMap(o.map);
  const valueMappingByHeader = parseMapValue(o['map-value']);
  const refusedOut = o['refused-out'];
  const bytes = readSheetFile(files[0]!);
  const started = Date.now();
  const onProgress = (done: number, total: number) => {
    if (Date.now() - started > quietFor) process.stderr.write(`${done}/${total}\n`);
  };
  let report: SheetImportReport | undefined;
  await withApp(async (app) => {
    const read = await importSheet(app.ctx, app.writer, {
      register,
      bytes,
      dryRun: !!o['dry-run'],
      onProgress,
      mappingByHeader,
      valueMappingByHeader,
      beforeWrite: (rows) => backupBeforeImport(app.ctx, rows),
    });
    report = read.report;
    if (refusedOut && report.rowsRefused.length)
      writeFileSafely(refusedOut, refusedRowsBytes(register, read.rows, read.headerRows, report), !!o.force);
  });
  if (o.json) printJson(report);
  else printReport(report!);
  if (refusedOut && report!.rowsRefused.length && !o.json)
    say({ zh: `未导入的行已写入 ${refusedOut}`, en: `Refused rows written to ${refusedOut}` });
  return report!.rowsRefused.length ? 1 : 0;
}
