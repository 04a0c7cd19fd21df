import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../contract';
import { fileRefsOf } from '../../core/bundle/fileRefs';
import { registers } from '../../core/registers';
import type { SheetCell } from '../../core/xlsx/cells';
import type { StoredRow } from '../../db/registerStore';
import { localDate } from '../../ports/clock';
import type { ServiceContext } from '../context';
import { storedFilePath } from '../files';
import { registerSheet } from './exportRegister';
import { workbookBytes } from './workbook';

export interface ExportAllReport {
  workbook: string;
  /** Records per register sheet. */
  records: Record<string, number>;
  documents: number;
  /** Documents a record names that this data folder does not hold (not yet arrived with a bundle). */
  missing: number;
}

const text = (v: string): SheetCell => ({ t: 's', v });

/** A file name any file system takes, keeping the document's own name readable. */
const safeName = (name: string) => name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 120) || 'document';

interface DocumentRow {
  register: string;
  id: string;
  title: string;
  field: string;
  name: string;
  savedAs: string | null;
  sha256: string;
  size: number;
}

/**
 * Everything out, for an archive or a move to another system: one workbook with a sheet per register, as the
 * spreadsheet export writes each (live records, masked fields masked), and a sheet listing every document the records
 * name, each copied once into documents/ under its own name.
 */
export function exportAll(ctx: ServiceContext, dir: string): ExportAllReport {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    throw new AppError('VALIDATION', {
      zh: `文件夹 ${dir} 不是空的，未写入任何文件。请指定一个新的或空的文件夹。`,
      en: `The folder ${dir} is not empty; nothing was written. Give a new or empty folder.`,
    });
  }
  mkdirSync(join(dir, 'documents'), { recursive: true });
  const documents: DocumentRow[] = [];
  const copied = new Map<string, string | null>();
  for (const def of registers) {
    const store = ctx.stores.get(def.name)!;
    for (const row of ctx.sqlite
      .prepare(`SELECT * FROM "${def.name}" WHERE "deleted" = 0 ORDER BY "rowid"`)
      .iterate() as IterableIterator<StoredRow>) {
      for (const { field, ref } of fileRefsOf(def.name, store.values(row))) {
        if (!copied.has(ref.sha256)) {
          const source = storedFilePath(ctx.dataDir, ref.sha256);
          const savedAs = existsSync(source) ? join('documents', `${ref.sha256.slice(0, 8)}-${safeName(ref.name)}`) : null;
          if (savedAs) copyFileSync(source, join(dir, savedAs));
          copied.set(ref.sha256, savedAs);
        }
        documents.push({
          register: def.label.zh,
          id: row.id,
          title: String(row[def.titleField] ?? ''),
          field,
          name: ref.name,
          savedAs: copied.get(ref.sha256)!,
          sha256: ref.sha256,
          size: ref.size,
        });
      }
    }
  }
  const sheets = registers.map((def) => registerSheet(ctx, { register: def.name }));
  const headers = [
    ['台账', 'Register'],
    ['记录编号', 'Record id'],
    ['记录', 'Record'],
    ['字段', 'Field'],
    ['文件名', 'File name'],
    ['保存为', 'Saved as'],
    ['SHA-256', 'SHA-256'],
    ['字节数', 'Bytes'],
  ];
  const documentRows: (SheetCell | null)[][] = [
    headers.map(([zh]) => text(zh!)),
    headers.map(([, en]) => text(en!)),
    ...documents.map((d) => [
      text(d.register),
      text(d.id),
      text(d.title),
      text(d.field),
      text(d.name),
      d.savedAs ? text(d.savedAs) : text('（本机没有 / not held here）'),
      text(d.sha256),
      { t: 'n' as const, v: d.size },
    ]),
  ];
  sheets.push({ name: '文件 Documents', rows: documentRows, widths: [14, 38, 30, 18, 30, 40, 66, 12], headerRows: 2 });
  const workbook = join(dir, `外办台账-全部-${localDate(ctx.clock.now())}.xlsx`);
  writeFileSync(workbook, workbookBytes(sheets), { flag: 'wx' });
  const records = Object.fromEntries(
    registers.map((def) => [
      def.name,
      ctx.sqlite.prepare(`SELECT count(*) FROM "${def.name}" WHERE "deleted" = 0`).pluck().get() as number,
    ]),
  );
  return {
    workbook,
    records,
    documents: [...copied.values()].filter(Boolean).length,
    missing: [...copied.values()].filter((v) => v === null).length,
  };
}
