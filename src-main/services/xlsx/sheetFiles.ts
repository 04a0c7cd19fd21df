import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { AppError, type ColumnMapping, type OnProgress, type SheetImportReport, type ValueMapping, type XlsxTable } from '../../contract';
import { refusedRowsSheet } from '../../core/xlsx/refusedRows';
import { registerOf } from '../context';
import { workbookBytes } from './workbook';
import { readLimits } from '../../core/xlsx/readSheet';
import type { ChangeWriter } from '../changeWriter';
import type { ServiceContext } from '../context';
import { writeTarget } from '../savedFile';
import { exportBudget } from './exportBudget';
import { exportRegister, type ExportQuery } from './exportRegister';
import { importSheet, type ImportInput } from './importRegister';
import { backupBeforeImport } from '../backup/autoBackup';
import { registerTemplate } from './template';
import { tableWorkbook } from './tableWorkbook';

/** The workbooks the window saves, each written to the target the person chose. */
const save = (out: string, bytes: Buffer): Promise<void> => writeTarget(out, (temp) => writeFileSync(temp, bytes));

export const templateFile = (register: string, out: string): Promise<void> => save(out, registerTemplate(register));

export const exportFile = (ctx: ServiceContext, query: ExportQuery, out: string): Promise<void> => save(out, exportRegister(ctx, query));

export const tableFile = (table: XlsxTable, out: string): Promise<void> => save(out, tableWorkbook(table));

export const budgetFile = (ctx: ServiceContext, fiscalYear: number, out: string): Promise<void> => save(out, exportBudget(ctx, fiscalYear));

/**
 * A spreadsheet file's bytes, refused by its size before it is read: the import's own cap (readLimits), which the
 * parse checks again on the bytes.
 */
export function readSheetFile(path: string): Buffer {
  const size = statSync(path).size;
  if (size > readLimits.fileBytes) {
    throw new AppError('FILE_TOO_LARGE', {
      zh: `表格文件过大：${(size / 1048576).toFixed(1)} MB（上限 ${readLimits.fileBytes / 1048576} MB）。请分批导入。`,
      en: `The spreadsheet is too large: ${(size / 1048576).toFixed(1)} MB (limit ${readLimits.fileBytes / 1048576} MB). Import it in parts.`,
    });
  }
  return readFileSync(path);
}

type WindowImport = { register: string; file: string; mapping?: ColumnMapping; valueMapping?: ValueMapping };

const importInput = (ctx: ServiceContext, input: WindowImport, dryRun: boolean, progress?: OnProgress): ImportInput => ({
  register: input.register,
  bytes: readSheetFile(input.file),
  mapping: input.mapping,
  valueMapping: input.valueMapping,
  dryRun,
  onProgress: progress && ((done, total) => progress({ stage: dryRun ? 'check' : 'write', done, total })),
  beforeWrite: (rows) => backupBeforeImport(ctx, rows),
});

/** An import from the window: the dry run (preview) or the write, of a picked file, with the rows checked or written so far. */
export const importFile = async (
  ctx: ServiceContext,
  writer: ChangeWriter,
  input: WindowImport,
  dryRun: boolean,
  progress?: OnProgress,
): Promise<SheetImportReport> => (await importSheet(ctx, writer, importInput(ctx, input, dryRun, progress))).report;

/**
 * The rows the dry run refuses, with the mapping chosen, written as a workbook to fix and import again (see
 * refusedRowsSheet). Returns the report it was written from.
 */
export async function refusedRowsFile(
  ctx: ServiceContext,
  writer: ChangeWriter,
  input: WindowImport,
  out: string,
  progress?: OnProgress,
): Promise<SheetImportReport> {
  const { report, rows, headerRows } = await importSheet(ctx, writer, importInput(ctx, input, true, progress));
  await save(out, refusedRowsBytes(input.register, rows, headerRows, report));
  return report;
}

export const refusedRowsBytes = (
  register: string,
  rows: Parameters<typeof refusedRowsSheet>[1],
  headerRows: number,
  report: SheetImportReport,
): Buffer => workbookBytes([refusedRowsSheet(registerOf(register), rows, headerRows, report)]);
