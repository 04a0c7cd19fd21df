import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { readLimits, readSheet } from '../../../../src-main/core/xlsx/readSheet';
import { refusalOf as refusal } from '../../../support/refusal';

const xlsxOf = (cells: Record<string, XLSX.CellObject>, ref: string, bookType: XLSX.BookType = 'xlsx'): Buffer => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, { ...cells, '!ref': ref }, 'S');
  return XLSX.write(book, { type: 'buffer', bookType }) as Buffer;
};

describe('reading a spreadsheet for import', () => {
  it('reads .xlsx and .xls alike, a formula cell as the value saved with it, never its formula', () => {
    const cells = {
      A1: { t: 's', v: '备注' },
      A2: { t: 's', v: '已保存的值', f: 'HYPERLINK("http://example.com","x")' },
      B2: { t: 'n', v: 43586 },
    } as Record<string, XLSX.CellObject>;
    for (const type of ['xlsx', 'xls'] as const) expect(readSheet(xlsxOf(cells, 'A1:B2', type))).toEqual([['备注'], ['已保存的值', 43586]]);
  });

  it('reads CSV text as text, in UTF-8 or in the GBK that Chinese Windows saves', () => {
    const csv = '名称,日期,金额\n=1+1,2019/5/1,"1,234.50"\n';
    expect(readSheet(Buffer.from(csv, 'utf8'))).toEqual([
      ['名称', '日期', '金额'],
      ['=1+1', '2019/5/1', '1,234.50'],
    ]);
    const gbk = new Uint8Array([0xc3, 0xfb, 0xb3, 0xc6, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd]); // "名称\n张三"
    expect(readSheet(gbk)).toEqual([['名称'], ['张三']]);
  });

  it('reads UTF-16 CSV and tab-separated "Unicode text", with or without its byte-order mark', () => {
    const text = '中文名称,国家\n伦敦大学学院,GB\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(readSheet(Buffer.concat([Buffer.from([0xff, 0xfe]), le]))).toEqual([
      ['中文名称', '国家'],
      ['伦敦大学学院', 'GB'],
    ]);
    expect(readSheet(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual([
      ['中文名称', '国家'],
      ['伦敦大学学院', 'GB'],
    ]);
    expect(readSheet(le)).toEqual([
      ['中文名称', '国家'],
      ['伦敦大学学院', 'GB'],
    ]);
    const unicodeText = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('中文名称\t国家\r\n伦敦大学学院\tGB\r\n', 'utf16le')]);
    expect(readSheet(unicodeText)).toEqual([
      ['中文名称', '国家'],
      ['伦敦大学学院', 'GB'],
    ]);
  });

  it('refuses a damaged workbook with a message in both languages', () => {
    const damaged = xlsxOf({ A1: { t: 's', v: 'x' } }, 'A1').subarray(0, 200);
    const err = refusal(() => readSheet(damaged));
    expect(err.code).toBe('VALIDATION');
    expect(err.localized.zh).toContain('无法读取');
  });

  it('refuses a workbook whose parts would expand past the cap before expanding them (a zip bomb)', () => {
    const bytes = xlsxOf({ A1: { t: 's', v: 'x'.repeat(5000) } }, 'A1');
    expect(refusal(() => readSheet(bytes, { ...readLimits, inflatedBytes: 4000 })).code).toBe('FILE_TOO_LARGE');
    // The same file, its directory claiming 4 GB for one part: refused on the claim alone.
    const bomb = Buffer.from(bytes);
    const directory = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xfffffff0, directory + 24);
    expect(refusal(() => readSheet(bomb)).localized.en).toContain('zip bomb');
  });

  it('refuses files, rows and cells over the caps', () => {
    const csv = Buffer.from('a,b\n1,2\n3,4\n5,6\n');
    expect(refusal(() => readSheet(csv, { ...readLimits, fileBytes: 10 })).code).toBe('FILE_TOO_LARGE');
    expect(refusal(() => readSheet(csv, { ...readLimits, rows: 1 })).localized.zh).toContain('超过 1 行');
    expect(refusal(() => readSheet(csv, { ...readLimits, cells: 5 })).localized.en).toContain('more than 5 cells');
    expect(readSheet(csv, { ...readLimits, rows: 2 })).toHaveLength(4);
  });
});
