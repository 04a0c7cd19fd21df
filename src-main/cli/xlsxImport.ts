import { pick, type SheetImportReport } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { importRegister } from '../services/xlsx/importRegister';
import { readSheetFile } from '../services/xlsx/sheetFiles';
import { backupBeforeImport } from '../services/backup/autoBackup';
import { cliLocale, printJson, say, UsageError } from './output';

export interface ImportOptions {
  register?: string;
  'dry-run'?: boolean;
  json?: boolean;
  map?: string[];
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
    process.stdout.write(`  ${r.row}${r.column ? ` ${r.column} ${r.header}` : ''}${r.value ? ` "${r.value}"` : ''}: ${pick(r.reason, locale)}\n`);
  }
  for (const u of report.unknownColumns) say({ zh: `  未读取的列 ${u.column}「${u.header}」`, en: `  Column ${u.column} "${u.header}" not read` });
}

/**
 * `waiban xlsx import`: exit 0 when every row was (or, in a dry run, would be) imported; 1 when any row was
 * refused, whether or not the valid rows were written, so a script notices rows left behind.
 */
export async function runXlsxImport(files: string[], o: ImportOptions, withApp: (work: (app: WaibanApp) => Promise<void>) => Promise<void>): Promise<number> {
  if (!o.register) throw new UsageError('--register NAME is required');
  if (files.length !== 1) throw new UsageError('xlsx import takes one FILE');
  const { register } = o;
  const mappingByHeader = parseMap(o.map);
  const bytes = readSheetFile(files[0]!);
  const started = Date.now();
  const onProgress = (done: number, total: number) => {
    if (Date.now() - started > quietFor) process.stderr.write(`${done}/${total}\n`);
  };
  let report: SheetImportReport | undefined;
  await withApp(async (app) => {
    report = await importRegister(app.ctx, app.writer, {
      register,
      bytes,
      dryRun: !!o['dry-run'],
      onProgress,
      mappingByHeader,
      beforeWrite: (rows) => backupBeforeImport(app.ctx, rows),
    });
  });
  if (o.json) printJson(report);
  else printReport(report!);
  return report!.rowsRefused.length ? 1 : 0;
}
