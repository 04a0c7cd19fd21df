import type { ColumnMapping, OnProgress, SheetImportReport, XlsxFile } from '../../contract';
import type { ChangeWriter } from '../changeWriter';
import { registerOf, type ServiceContext } from '../context';
import { localDate } from '../../ports/clock';
import { exportBudget } from './exportBudget';
import { exportRegister, type ExportQuery } from './exportRegister';
import { importRegister } from './importRegister';
import { backupBeforeImport } from '../backup/autoBackup';
import { registerTemplate } from './template';

/** The workbooks the UI saves, named as the office would name them: register, what, date. */
const file = (name: string, bytes: Buffer): XlsxFile => ({ name, base64: bytes.toString('base64') });

export const templateFile = (register: string): XlsxFile => file(`${registerOf(register).label.zh}-导入模板.xlsx`, registerTemplate(register));

export const exportFile = (ctx: ServiceContext, query: ExportQuery): XlsxFile =>
  file(`${registerOf(query.register).label.zh}-${localDate(ctx.clock.now())}.xlsx`, exportRegister(ctx, query));

export const budgetFile = (ctx: ServiceContext, fiscalYear: number): XlsxFile => file(`经费执行-${fiscalYear}.xlsx`, exportBudget(ctx, fiscalYear));

/** An import from the UI: the dry run (preview) or the write, from base64 bytes, with the rows checked or written so far. */
export const importFile = (
  ctx: ServiceContext,
  writer: ChangeWriter,
  input: { register: string; base64: string; mapping?: ColumnMapping },
  dryRun: boolean,
  progress?: OnProgress,
): Promise<SheetImportReport> =>
  importRegister(ctx, writer, {
    register: input.register,
    bytes: Buffer.from(input.base64, 'base64'),
    mapping: input.mapping,
    dryRun,
    onProgress: progress && ((done, total) => progress({ stage: dryRun ? 'check' : 'write', done, total })),
    beforeWrite: (rows) => backupBeforeImport(ctx, rows),
  });
