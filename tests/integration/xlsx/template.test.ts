import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { registerTemplate } from '../../../src-main/services/xlsx/template';
import { readSheet } from '../../support/xlsxRead';

const sheetXml = (bytes: Buffer, n: number) =>
  Buffer.from(XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), `/xl/worksheets/sheet${n}.xml`)!.content as Uint8Array).toString(
    'utf8',
  );

describe('a register template', () => {
  const bytes = registerTemplate('person');

  it('has the two header rows and no derived, file or table columns', () => {
    const { book, rows } = readSheet(bytes);
    expect(book.SheetNames).toEqual(['人员', '选项 Options', '说明 Instructions']);
    expect(rows[0]).toContain('护照号码');
    expect(rows[1]).toContain('Passport number');
    expect(rows[1]).not.toContain('Overseas experience');
    expect(rows[1]).not.toContain('Record id');
    expect(rows).toHaveLength(2);
  });

  it("lists each choice column's allowed values and offers them as a drop-down on the data sheet", () => {
    const options = readSheet(bytes, '选项 Options').rows;
    const gender = options[1]!.indexOf('Gender');
    expect(
      options
        .slice(2)
        .map((r) => r[gender])
        .filter(Boolean),
    ).toEqual(['男', '女']);
    const data = readSheet(bytes).rows[1]!;
    const letter = XLSX.utils.encode_col(data.indexOf('Gender'));
    const source = XLSX.utils.encode_col(gender);
    expect(sheetXml(bytes, 1)).toContain(`sqref="${letter}3:${letter}5002"><formula1>'选项 Options'!$${source}$3:$${source}$4</formula1>`);
  });

  it('explains how to fill in every column, dates by example', () => {
    const rows = readSheet(bytes, '说明 Instructions').rows;
    const expiry = rows.find((r) => r[2] === 'passportExpiry')!;
    expect(expiry).toEqual([
      '护照有效期至',
      'Passport valid until',
      'passportExpiry',
      'date',
      null,
      '日期，如 2019-05-01',
      'A date, e.g. 2019-05-01',
    ]);
    expect(rows.find((r) => r[2] === 'name')![4]).toBe('是 Yes');
  });

  it('freezes the header rows and sets them in bold', () => {
    const xml = sheetXml(bytes, 1);
    expect(xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    const style = /<c r="A1" s="(\d+)"/.exec(xml)![1];
    const styles = Buffer.from(XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), '/xl/styles.xml')!.content as Uint8Array).toString(
      'utf8',
    );
    const xf = [...styles.matchAll(/<xf [^>]*\/>/g)].map((m) => m[0]).slice(1)[Number(style)]!;
    const font = [...styles.matchAll(/<font>[\s\S]*?<\/font>/g)][Number(/fontId="(\d+)"/.exec(xf)![1])]![0];
    expect(font).toContain('<b/>');
  });
});
