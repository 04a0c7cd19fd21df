import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { zipEntries } from '../../../src-main/core/xlsx/zipSize';
import { parseWorkbook } from '../../../src-main/services/xlsx/parseWorkbook';
import { rawWorkbook } from '../../support/rawWorkbook';

/**
 * A workbook of `rows` rows of 20 inline text cells without cell references, in ~1 MB pieces: XML that deflates more
 * than a hundredfold, as a generated or hostile file does.
 */
function inflating(rows: number, text: string, row = `<row>${`<c t="inlineStr"><is><t>${text}</t></is></c>`.repeat(20)}</row>`): Buffer {
  const perPiece = Math.max(1, Math.floor(2 ** 20 / row.length));
  return rawWorkbook(
    (function* () {
      for (let r = 0; r < rows; r += perPiece) yield row.repeat(Math.min(perPiece, rows - r));
    })(),
  );
}

const refusal = async (work: Promise<unknown>): Promise<AppError> => {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof AppError)) throw new Error(`expected a refusal, got ${String(err)}`);
  return err;
};

/** The directory's size of the sheet replaced by 1 KB, as a crafted file lies. */
function understated(bytes: Buffer): Buffer {
  const out = Buffer.from(bytes);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let at = view.getUint32(out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) + 16, true);
  for (const entry of zipEntries(out)!) {
    if (entry.name === 'xl/worksheets/data.xml') view.setUint32(at + 24, 1024, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe('a sheet that inflates to hundreds of MB', () => {
  const bomb = inflating(113_000, '伦敦大学学院合作项目备注'.repeat(3));

  it('is refused from its size before SheetJS builds it, with a message in Chinese and English', async () => {
    expect(bomb.length).toBeLessThan(2 * 2 ** 20);
    const sheet = zipEntries(bomb)!.find((e) => e.name === 'xl/worksheets/data.xml')!;
    expect(sheet.declaredSize).toBeGreaterThan(300 * 2 ** 20);
    const err = await refusal(parseWorkbook(bomb));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.localized.zh).toMatch(/^表格内容解压后有 3\d\d MB（上限 160 MB），读取会占用过多内存/);
    expect(err.localized.en).toMatch(/^The sheet expands to 3\d\d MB \(limit 160 MB\)/);
  }, 60_000);

  it('is stopped at the cap as it inflates when the zip understates its size', async () => {
    const err = await refusal(parseWorkbook(understated(bomb)));
    expect(err.localized.en).toContain('The sheet expands to more than 160 MB (limit 160 MB)');
  }, 60_000);

  it('is refused by its rows or cells counted in the XML, before the parse, when its text is small', async () => {
    const rows = await refusal(parseWorkbook(inflating(100_003, '', '<row><c t="inlineStr"><is><t>a</t></is></c></row>')));
    expect(rows.localized.en).toBe('The sheet has more than 100000 rows; import it in parts.');
    const cells = await refusal(parseWorkbook(inflating(10, '', `<row>${'<c/>'.repeat(500_001)}</row>`)));
    expect(cells.localized.en).toBe('The sheet has more than 5000000 cells.');
  }, 60_000);
});
