import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { parseWorkbook } from '../../../src-main/services/xlsx/parseWorkbook';
import { rawWorkbook, textCell } from '../../support/rawWorkbook';
import { tempApp } from '../../support/tempApp';

const headers = `<row r="1">${['名称', '城市', '国家', '类型', '备注'].map((h, i) => textCell(`${'ABCDE'[i]}1`, h)).join('')}</row>`;

describe('formula cells as programs write them', () => {
  it('reads a saved value without its type as the value, never NaN or a number cut from the text', async () => {
    // A formula whose saved text has no t="str", as some generators write it: SheetJS read 伦敦 as NaN and 2x as 2.
    const row =
      '<row r="2"><c r="A2"><f>"伦敦"&amp;"大学"</f><v>伦敦大学</v></c><c r="B2"><f>"伦敦"</f><v>伦敦</v></c>' +
      '<c r="C2"><f>"GB"</f><v>GB</v></c><c r="D2"><f>"大学"</f><v>大学</v></c><c r="E2"><f>A2&amp;"x"</f><v>2x</v></c></row>';
    const { rows, formulasWithoutValue } = await parseWorkbook(rawWorkbook([headers, row]));
    expect(rows[1]).toEqual(['伦敦大学', '伦敦', 'GB', '大学', '2x']);
    expect(formulasWithoutValue).toEqual([]);
    const app = await tempApp();
    const report = await importRegister(app.ctx, app.writer, { register: 'partner', bytes: rawWorkbook([headers, row]), dryRun: false });
    expect(report).toMatchObject({ created: 1, rowsRefused: [] });
    expect((await app.call('records.list', { register: 'partner' })).rows[0]!.values).toMatchObject({
      nameZh: '伦敦大学',
      city: '伦敦',
      notes: '2x',
    });
  });

  it('refuses a formula cell the file holds no value for, where its column is read, naming how to fix it', async () => {
    // No <v> at all: SheetJS read an empty cell (and false for t="b"), so a required name went missing unexplained.
    const row = `<row r="2"><c r="A2"><f>CONCAT("牛津","大学")</f></c>${textCell('B2', '牛津')}${textCell('C2', '英国')}${textCell('D2', '大学')}<c r="E2" t="str"><f>B2</f></c></row>`;
    const good = `<row r="3">${textCell('A3', '剑桥大学')}${textCell('B3', '剑桥')}${textCell('C3', '英国')}${textCell('D3', '大学')}<c r="F3" t="b"><f>TRUE()</f></c></row>`;
    const sheet = await parseWorkbook(rawWorkbook([headers, row, good]));
    expect(sheet.formulasWithoutValue).toEqual([
      { row: 1, column: 0 },
      { row: 1, column: 4 },
      { row: 2, column: 5 },
    ]);
    const app = await tempApp();
    const report = await importRegister(app.ctx, app.writer, {
      register: 'partner',
      bytes: rawWorkbook([headers, row, good]),
      dryRun: true,
    });
    expect(report.rowsRefused.map((r) => [r.row, r.column])).toEqual([
      [2, 'A'],
      [2, 'E'],
    ]);
    expect(report.rowsRefused[0]!.reason.zh).toContain('公式，文件中没有保存其计算结果');
    expect(report.rowsRefused[0]!.reason.en).toContain('Open the file in Excel, WPS or LibreOffice, save it');
    expect(report).toMatchObject({ rowsOk: 1, created: 1 });
  });
});
