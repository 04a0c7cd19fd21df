import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { checkInflatedSize } from '../../../src-main/services/xlsx/inflateCap';
import { refusalOf } from '../../support/refusal';

/** About 200 kB of sheet XML that compresses to a few kB. */
const workbook = (): Buffer => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(Array.from({ length: 20 }, () => ['x'.repeat(10_000)])), 'S');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
};

/** The same file with every part's size in the central directory understated, as a crafted zip bomb would. */
function understated(bytes: Buffer): Buffer {
  const lying = Buffer.from(bytes);
  for (
    let at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    at >= 0;
    at = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)
  ) {
    lying.writeUInt32LE(1, at + 24);
  }
  return lying;
}

describe('capping what a workbook inflates to', () => {
  it('refuses a workbook that expands past the cap even when its directory understates the sizes', () => {
    const bomb = understated(workbook());
    const err = refusalOf(() => checkInflatedSize(bomb, 100_000));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.localized.en).toContain('zip bomb');
  });

  it('lets a workbook within the cap through, and leaves non-zip files to the reader', () => {
    expect(() => checkInflatedSize(understated(workbook()), 1_000_000)).not.toThrow();
    expect(() => checkInflatedSize(Buffer.from('a,b\n1,2\n'), 1)).not.toThrow();
  });
});
