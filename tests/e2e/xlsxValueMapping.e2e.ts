import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { tempDir } from '../support/tempApp';
import { byTestId, pickFile, saveDownload, sessionPerFile, total } from './ui';

const session = sessionPerFile();

/** A partner ledger as an office keeps it: its own headers, its own word for a type, and a country nobody has. */
const ledger = [
  ['名称', '英文名称', '国家/地区', '城市', '类型', '备注'],
  ['伦敦大学学院', 'University College London', 'UK', '伦敦', '大学', ''],
  ['马普学会', 'Max Planck Society', '德国', '慕尼黑', '研究基地', '本处叫法'],
  ['弗劳恩霍夫协会', 'Fraunhofer', '德国', '慕尼黑', '研究基地', ''],
  ['火星大学', 'Mars University', '火星', '', '大学', ''],
];

describe("mapping a column's values in the import wizard", () => {
  it('lists the values no option names, reads them as the option chosen, and downloads the rows still refused', async () => {
    const { page } = session();
    await byTestId(page, 'nav-partner').click();
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(ledger), '合作院校台账');
    const dir = tempDir();
    const path = join(dir, '合作院校台账.xlsx');
    writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

    await byTestId(page, 'xlsx-import').click();
    await pickFile(page, byTestId(page, 'xlsx-file'), path);
    await byTestId(page, 'xlsx-report').waitFor();
    // Every column is read from the office's own headers.
    expect(await byTestId(page, 'xlsx-unknown').count()).toBe(0);
    expect(await byTestId(page, 'xlsx-count-refused').getAttribute('data-count')).toBe('3');
    const values = byTestId(page, 'xlsx-values');
    expect(await values.locator('tbody tr').count()).toBe(2);
    expect(await byTestId(page, 'xlsx-problems').innerText()).toContain('可选：大学、科研机构');
    await session().shot('xlsx-value-mapping-before-zh');

    await byTestId(page, 'xlsx-value-E-研究基地').click();
    await page.getByRole('option', { name: '科研机构', exact: true }).click();
    await expect.poll(() => byTestId(page, 'xlsx-count-refused').getAttribute('data-count')).toBe('1');
    expect(await byTestId(page, 'xlsx-value-E-研究基地').inputValue()).toBe('科研机构');
    expect(await byTestId(page, 'xlsx-count-created').getAttribute('data-count')).toBe('3');
    await session().shot('xlsx-value-mapping-after-zh');

    // The row still refused, as a workbook with its reason.
    const saved = join(dir, 'refused.xlsx');
    const name = await saveDownload(page, byTestId(page, 'xlsx-refused-rows'), saved);
    expect(name).toMatch(/^合作院校-未导入的行-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(saved)).Sheets[XLSX.read(readFileSync(saved)).SheetNames[0]!]!, {
      header: 1,
    });
    expect(rows[0]).toEqual([...ledger[0]!, '原因', 'Reason']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['火星大学']);
    expect(rows[1]![6]).toContain('“火星”：不是可选项之一');

    await byTestId(page, 'xlsx-confirm').click();
    await expect.poll(() => byTestId(page, 'xlsx-done').innerText()).toContain('新增 3');
    await byTestId(page, 'xlsx-close').click();
    await expect.poll(() => total(page)).toBe(3);
    const listed = await session().dispatch('records.list', { register: 'partner', search: '马普学会' });
    expect(listed).toMatchObject({ ok: true, value: { rows: [{ values: { type: 'researchInstitute', country: 'DE' } }] } });

    await page.getByText('English', { exact: true }).click();
    await byTestId(page, 'xlsx-import').click();
    await pickFile(page, byTestId(page, 'xlsx-file'), path);
    await byTestId(page, 'xlsx-report').waitFor();
    expect(await byTestId(page, 'xlsx-values').innerText()).toContain('Choose the option');
    await session().shot('xlsx-value-mapping-en');
    await byTestId(page, 'xlsx-cancel').click();
  });
});
