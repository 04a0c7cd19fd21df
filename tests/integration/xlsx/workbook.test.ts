import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SheetCell } from '../../../src-main/core/xlsx/cells';
import { entryData, zipEntries } from '../../../src-main/core/xlsx/zipSize';
import { workbookBytes } from '../../../src-main/services/xlsx/workbook';
import { readSheet } from '../../support/xlsxRead';

/** A zip part's deflated bytes as a gzip member with the part's CRC and size, which zlib checks as it inflates. */
function inflateChecked(bytes: Buffer, localHeader: number, data: Uint8Array): Buffer {
  const gzipHeader = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
  const trailer = Buffer.concat([bytes.subarray(localHeader + 14, localHeader + 18), bytes.subarray(localHeader + 22, localHeader + 26)]);
  return gunzipSync(Buffer.concat([gzipHeader, data, trailer]));
}

describe('the workbook writer', () => {
  it('writes a sheet of many MB of XML, deflated in pieces, whose parts inflate to their checksums and read back cell for cell', () => {
    const rows: SheetCell[][] = Array.from({ length: 40_000 }, (_, i) => [
      { t: 's', v: `第${i}行 ${'x'.repeat(i % 50)}` },
      { t: 'n', v: i / 4 },
    ]);
    const bytes = workbookBytes([
      {
        name: '大表',
        rows: [
          [
            { t: 's', v: '文本' },
            { t: 's', v: '数' },
          ],
          ...rows,
        ],
        widths: [30, 10],
        headerRows: 1,
      },
    ]);
    const entries = zipEntries(bytes)!;
    const sizes = entries.map((e) => inflateChecked(bytes, e.localHeader, entryData(bytes, e)!).length);
    expect(Math.max(...sizes)).toBeGreaterThan(3 * 2 ** 20);
    const read = readSheet(bytes, '大表').rows;
    expect(read).toHaveLength(40_001);
    expect(read.slice(1)).toEqual(rows.map((r) => r.map((c) => c.v)));
  });

  it('keeps text XML cannot hold, text that reads like its escapes, markup and spaces at either end as they were', () => {
    const texts = ['a\u0001b', '_x0041_', '<b>&amp;"</b>', '  padded  ', 'line\nbreak', '=SUM(A1)'];
    const bytes = workbookBytes([{ name: 'S', rows: [texts.map((v) => ({ t: 's', v }))], widths: [], headerRows: 0 }]);
    expect(readSheet(bytes).rows[0]).toEqual(texts);
  });
});
