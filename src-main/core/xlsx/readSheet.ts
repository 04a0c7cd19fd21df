import * as XLSX from 'xlsx';
import { AppError } from '../../contract';
import { zipEntries } from './zipSize';

/** What an import reads at most: a ledger is thousands of rows; these leave room and stop pathological files. */
export interface ReadLimits {
  fileBytes: number;
  /** What a zipped workbook (.xlsx) may declare its parts expand to. */
  inflatedBytes: number;
  /**
   * The XML of the sheet read and of its shared strings together: what SheetJS holds as text and builds cells from,
   * its memory several times this. A ledger of 100k rows and 20 columns written by Excel or SheetJS is ~120 MB.
   */
  sheetXmlBytes: number;
  /** Data rows, after the header rows. */
  rows: number;
  cells: number;
}

/** A sheet of 100k rows and 20 text columns is ~33 MB zipped and ~300 MB of XML. The window and the CLI read files up to these. */
export const readLimits: ReadLimits = {
  fileBytes: 48 * 2 ** 20,
  inflatedBytes: 400 * 2 ** 20,
  sheetXmlBytes: 160 * 2 ** 20,
  rows: 100_000,
  cells: 5_000_000,
};

/** A cell as an import sees it: its value, never a formula (a formula cell gives the value last saved with it). */
export type RawCell = string | number | boolean | null;

const tooLarge = (zh: string, en: string) => new AppError('FILE_TOO_LARGE', { zh, en });
/** `bytes` null: the sheet was stopped as it passed the cap, its whole size unknown. */
export const sheetTooLarge = (bytes: number | null, cap: number) => {
  const mb = (n: number) => Math.round(n / 2 ** 20);
  const size =
    bytes === null ? { zh: `超过 ${mb(cap)} MB`, en: `more than ${mb(cap)} MB` } : { zh: `${mb(bytes)} MB`, en: `${mb(bytes)} MB` };
  return tooLarge(
    `表格内容解压后有 ${size.zh}（上限 ${mb(cap)} MB），读取会占用过多内存，不予读取。请分批导入。`,
    `The sheet expands to ${size.en} (limit ${mb(cap)} MB); reading it would take too much memory, so it was not read. Import it in parts.`,
  );
};
export const tooManyRows = (rows: number) =>
  tooLarge(`表格超过 ${rows} 行，请分批导入。`, `The sheet has more than ${rows} rows; import it in parts.`);
export const tooManyCells = (cells: number) => tooLarge(`表格超过 ${cells} 个单元格。`, `The sheet has more than ${cells} cells.`);
export const expandsTooFar = (cap: number) =>
  tooLarge(
    `文件解压后将超过 ${cap} 字节（疑似压缩炸弹），不予读取。`,
    `The file would expand to more than ${cap} bytes (a zip bomb?); not read.`,
  );

export const unreadable = (detail: string) =>
  new AppError('VALIDATION', {
    zh: `无法读取该文件，它不是有效的 .xlsx、.xls 或 .csv 表格：${detail}`,
    en: `The file cannot be read; it is not a valid .xlsx, .xls or .csv spreadsheet: ${detail}`,
  });

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);
export const isZip = (b: Uint8Array) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);
/** The compound-file header of a legacy .xls. */
const isCompound = (b: Uint8Array) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0]);

/**
 * UTF-16 text (Excel's "Unicode text", some exports): by its byte-order mark, or, without one, by the zero bytes
 * every ASCII character (the commas, the digits) carries in its high half.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 ? oddZeros++ : evenZeros++;
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > half * 0.3 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * CSV bytes as text: UTF-16 when it is (see utf16Of), UTF-8 when they are valid UTF-8 (LibreOffice, Excel's "CSV
 * UTF-8"), else GBK, which Excel and WPS on a Chinese Windows write by default.
 */
function csvText(bytes: Uint8Array): string {
  const utf16 = utf16Of(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

/** Excel's error codes by number: the parse keeps only the number, having no formatted text (see readSheet). */
const errorTexts: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

function rawValue(cell: XLSX.CellObject | undefined): RawCell {
  if (!cell || cell.t === 'z' || cell.v === undefined) return null;
  if (cell.t === 'e') return cell.w ?? errorTexts[cell.v as number] ?? null;
  return cell.v as RawCell;
}

/**
 * The first sheet of a workbook as rows of cell values (rows[0] is spreadsheet row 1). SheetJS reads .xlsx, .xls
 * and .csv alike, with formulas, styles and HTML left out; CSV text is kept as text (`raw`) so the import, not the
 * parser, decides what a date or a number is.
 */
export function readSheet(bytes: Uint8Array, limits: ReadLimits = readLimits): RawCell[][] {
  if (bytes.length > limits.fileBytes) {
    throw tooLarge(
      `文件过大：${bytes.length} 字节（上限 ${limits.fileBytes}）。`,
      `The file is too large: ${bytes.length} bytes (cap ${limits.fileBytes}).`,
    );
  }
  if (isZip(bytes)) {
    const entries = zipEntries(bytes);
    if (entries === null) throw unreadable('zip directory damaged');
    const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0);
    if (declared > limits.inflatedBytes) {
      throw expandsTooFar(limits.inflatedBytes);
    }
  }
  let book: XLSX.WorkBook;
  try {
    const binary = isZip(bytes) || isCompound(bytes);
    book = XLSX.read(binary ? bytes : csvText(bytes), {
      // cellText: no formatted text per cell, which the import never reads and which was a fifth of the parse.
      type: binary ? 'array' : 'string',
      dense: true,
      raw: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      cellText: false,
      cellNF: false,
      bookVBA: false,
      sheets: 0,
      sheetRows: limits.rows + 3,
    });
  } catch (err) {
    throw unreadable((err as Error).message);
  }
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw unreadable('no sheet');
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  // Two header rows at most, so more than rows + 2 means the data is over the cap.
  if (data.length > limits.rows + 2) {
    throw tooManyRows(limits.rows);
  }
  let cells = 0;
  const rows: RawCell[][] = new Array(data.length);
  for (let r = 0; r < data.length; r++) {
    const values = Array.from(data[r] ?? [], rawValue);
    // Each row's cell objects let go once read: the workbook and the rows are never both whole in memory.
    data[r] = [];
    cells += values.length;
    if (cells > limits.cells) throw tooManyCells(limits.cells);
    rows[r] = values;
  }
  return rows;
}
