import type { FileHandle, XlsxTable } from '../../src-main/contract';
import { invoke } from '../api/client';
import { saveFile } from '../api/files';

/** A table the page shows, saved as a workbook by the app's one spreadsheet writer; null when the person cancelled. */
export const saveTable = (table: XlsxTable): Promise<FileHandle | null> =>
  saveFile('sheet', `${table.name}.xlsx`, (target) => invoke('xlsx.saveTable', { ...table, target }));
