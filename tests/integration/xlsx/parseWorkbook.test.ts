import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { entryData, zipEntries } from '../../../src-main/core/xlsx/zipSize';
import { parseWorkbook } from '../../../src-main/services/xlsx/parseWorkbook';
import { csvBytes } from '../../support/xlsxWrite';

/** A workbook of `rows` rows of 20 short cells. */
const workbook = (rows: number): Buffer => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet(Array.from({ length: rows }, (_, r) => Array.from({ length: 20 }, (_, c) => `r${r}c${c}`))),
    'S',
  );
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
};

const refusal = async (work: Promise<unknown>): Promise<AppError> => {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return err;
};

describe('parsing a workbook in a worker thread', () => {
  it('gives the first sheet as rows of cell values', async () => {
    expect(
      await parseWorkbook(
        csvBytes([
          ['名称', '国家'],
          ['牛津大学', 'GB'],
        ]),
      ),
    ).toEqual({
      rows: [
        ['名称', '国家'],
        ['牛津大学', 'GB'],
      ],
      formulasWithoutValue: [],
    });
    const { rows } = await parseWorkbook(workbook(3));
    expect(rows).toHaveLength(3);
    expect(rows[2]![19]).toBe('r2c19');
  });

  it('stops a parse that runs past its time limit, with a message in Chinese and English', async () => {
    const err = await refusal(parseWorkbook(workbook(20_000), { timeMs: 50, heapMb: 1024 }));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.localized.zh).toContain('超过 0.05 秒');
    expect(err.localized.en).toContain('longer than 0.05 s');
  });

  it('stops a parse that needs more memory than its limit', async () => {
    const err = await refusal(parseWorkbook(workbook(40_000), { timeMs: 60_000, heapMb: 16 }));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.localized.zh).toContain('16 MB 内存');
    expect(err.localized.en).toContain('more than 16 MB of memory');
  });

  it("passes the reader's own refusals through (a damaged file)", async () => {
    const damaged = workbook(3).subarray(0, 200);
    const err = await refusal(parseWorkbook(damaged));
    expect(err.code).toBe('VALIDATION');
    expect(err.localized.zh).toContain('无法读取该文件');
  });

  it('refuses a workbook whose largest part does not inflate (its compressed bytes damaged, the zip directory intact)', async () => {
    const bytes = Buffer.from(workbook(500));
    const largest = zipEntries(bytes)!.reduce((a, b) => (b.compressedSize > a.compressedSize ? b : a));
    const data = entryData(bytes, largest)!;
    const at = data.byteOffset - bytes.byteOffset + Math.floor(data.length / 2);
    bytes.fill(0xff, at, at + 64);
    const err = await refusal(parseWorkbook(bytes));
    expect(err.code).toBe('VALIDATION');
    expect(err.localized.zh).toContain('无法读取该文件');
  });

  it('parses file after file, also after a refusal or a stopped parse (a kept worker answers each in turn)', async () => {
    expect((await refusal(parseWorkbook(workbook(3).subarray(0, 200)))).code).toBe('VALIDATION');
    expect((await parseWorkbook(workbook(2))).rows[1]![0]).toBe('r1c0');
    expect((await parseWorkbook(workbook(4))).rows[3]![19]).toBe('r3c19');
    const limits = { timeMs: 50, heapMb: 1024 };
    expect((await refusal(parseWorkbook(workbook(20_000), limits))).code).toBe('FILE_TOO_LARGE');
    expect((await parseWorkbook(csvBytes([['a'], ['b']]), { ...limits, timeMs: 60_000 })).rows).toEqual([['a'], ['b']]);
  });

  it('gives the same bytes read again the rows already read, frozen, and reads changed bytes afresh', async () => {
    const bytes = workbook(5);
    const first = await parseWorkbook(bytes);
    expect(await parseWorkbook(Buffer.from(bytes))).toBe(first);
    expect(Object.isFrozen(first.rows) && Object.isFrozen(first.rows[0])).toBe(true);
    expect(() => (first.rows[0]![0] = 'changed')).toThrow(TypeError);
    const other = await parseWorkbook(workbook(6));
    expect(other).not.toBe(first);
    expect(other.rows).toHaveLength(6);
    // The same bytes under other limits are read under those limits, and a refusal is never kept.
    expect((await refusal(parseWorkbook(workbook(20_000), { timeMs: 50, heapMb: 1024 }))).code).toBe('FILE_TOO_LARGE');
    expect(await parseWorkbook(bytes, { timeMs: 60_000, heapMb: 1024 })).not.toBe(first);
  });
});
