import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { tempDir } from '../support/tempApp';
import { byTestId, pickFile, sessionPerFile, total } from './ui';

const session = sessionPerFile();
const dir = tempDir();

/** Rows typed under the template's two header rows, by zh header; the second has a country no list offers. */
const good = { 中文名称: '伦敦大学学院', 国家地区: '英国', 城市: '伦敦', 机构类型: '大学', 背景审查: '已通过', 负责部门: 'FAO' };
const bad = { ...good, 中文名称: '火星大学', 国家地区: '火星', 城市: '' };

/** The template, filled in with the xlsx package as an office would in Excel. */
function fillTemplate(template: string, rows: (typeof good)[], out: string): string {
  const book = XLSX.read(readFileSync(template));
  const sheet = book.Sheets[book.SheetNames[0]!]!;
  const headers = (XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 })[0] ?? []).map((h) => h.replace('/', ''));
  XLSX.utils.sheet_add_aoa(
    sheet,
    rows.map((row) => headers.map((h) => (row as Record<string, string>)[h] ?? '')),
    { origin: 'A3' },
  );
  const path = join(dir, out);
  writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  return path;
}

async function importSheet(page: Page, path: string) {
  await byTestId(page, 'xlsx-import').click();
  await pickFile(page, byTestId(page, 'xlsx-file'), path);
  await byTestId(page, 'xlsx-report').waitFor();
}

describe('importing a filled-in template through the wizard', () => {
  it('downloads the template, refuses a bad row by its row number without writing anything, then imports the fixed file', async () => {
    const { page } = session();
    await byTestId(page, 'nav-partner').click();
    await byTestId(page, 'empty-register').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'xlsx-template').click()]);
    expect(download.suggestedFilename()).toBe('合作院校-导入模板.xlsx');
    const template = join(dir, 'template.xlsx');
    await download.saveAs(template);

    const withError = fillTemplate(template, [good, bad], 'with-error.xlsx');
    await importSheet(page, withError);
    const problem = byTestId(page, 'xlsx-problems').locator('tbody tr').first();
    expect(await problem.getAttribute('data-row')).toBe('4');
    expect(await problem.innerText()).toContain('火星');
    expect(await problem.innerText()).toContain('不是可选项之一');
    expect(await byTestId(page, 'xlsx-count-created').getAttribute('data-count')).toBe('1');
    await session().shot('xlsx-import-preview-error-zh');
    await byTestId(page, 'xlsx-cancel').click();
    await byTestId(page, 'xlsx-wizard').waitFor({ state: 'detached' });
    expect(await session().dispatch('records.list', { register: 'partner' })).toMatchObject({ ok: true, value: { rows: [] } });

    await page.getByText('English', { exact: true }).click();
    await importSheet(page, withError);
    expect(await problem.innerText()).toContain('Not one of the options');
    await session().shot('xlsx-import-preview-error-en');
    await byTestId(page, 'xlsx-cancel').click();
    await page.getByText('中文', { exact: true }).click();

    const fixed = fillTemplate(template, [good, { ...bad, 国家地区: '美国' }], 'fixed.xlsx');
    await importSheet(page, fixed);
    expect(await byTestId(page, 'xlsx-problems').count()).toBe(0);
    await session().shot('xlsx-import-preview-ok-zh');
    await byTestId(page, 'xlsx-confirm').click();
    await expect.poll(() => byTestId(page, 'xlsx-done').innerText()).toContain('新增 2');
    await byTestId(page, 'xlsx-close').click();
    await expect.poll(() => total(page)).toBe(2);
    expect(await page.locator('main').innerText()).toContain('火星大学');
    await session().shot('xlsx-import-list-after');

    // The same file again adds nothing.
    await importSheet(page, fixed);
    expect(await byTestId(page, 'xlsx-count-unchanged').getAttribute('data-count')).toBe('2');
    await byTestId(page, 'xlsx-cancel').click();
  });

  it("exports the list as it is searched, and the budget page's tables", async () => {
    const { page } = session();
    await byTestId(page, 'search-input').fill('火星');
    await expect.poll(() => total(page)).toBe(1);
    const [listed] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'xlsx-export').click()]);
    expect(listed.suggestedFilename()).toMatch(/^合作院校-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync(await listed.path())).Sheets['合作院校']!, { header: 1 });
    expect(rows.slice(2).map((r) => r[1])).toEqual(['火星大学']);

    await byTestId(page, 'nav-budget').click();
    const [budget] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'budget-export').click()]);
    expect(budget.suggestedFilename()).toBe(`经费执行-${new Date().getFullYear()}.xlsx`);
    expect(XLSX.read(readFileSync(await budget.path())).SheetNames).toHaveLength(3);
  });

  it('reads a column whose header it does not know once the office chooses its field in the preview', async () => {
    const { page } = session();
    await byTestId(page, 'nav-partner').click();
    const headers = ['中文名称', '国家/地区', '驻地城市', '机构类型', '背景审查', '负责部门'];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([headers, ['剑桥大学', '英国', '剑桥', '大学', '已通过', 'FAO']]), '院校');
    const path = join(tempDir(), 'own-headers.xlsx');
    writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await importSheet(page, path);
    expect(await byTestId(page, 'xlsx-unknown').innerText()).toContain('驻地城市');
    expect(await byTestId(page, 'xlsx-map-C').inputValue()).toBe('不导入');

    await byTestId(page, 'xlsx-map-C').click();
    await page.getByRole('option', { name: '城市', exact: true }).click();
    await expect.poll(() => byTestId(page, 'xlsx-unknown').count()).toBe(0);
    expect(await byTestId(page, 'xlsx-map-C').inputValue()).toBe('城市');
    await session().shot('xlsx-import-preview-remapped-zh');
    await byTestId(page, 'xlsx-confirm').click();
    await expect.poll(() => byTestId(page, 'xlsx-done').innerText()).toContain('新增 1');
    await byTestId(page, 'xlsx-close').click();
    const listed = await session().dispatch('records.list', { register: 'partner', search: '剑桥大学' });
    expect(listed).toMatchObject({ ok: true, value: { rows: [{ values: { nameZh: '剑桥大学', city: '剑桥' } }] } });
  });

  /** Counts shown under one label, each at least the one before, starting below the total. */
  const rising = (shown: string[], label: string) => {
    const counts = shown
      .map((text) => new RegExp(`^${label} ([\\d,]+) / 20,000 行$`).exec(text)?.[1])
      .map((n) => (n === undefined ? NaN : Number(n.replace(/,/g, ''))));
    return counts.length > 0 && counts[0]! < 20_000 && counts.every((n, i) => !Number.isNaN(n) && (i === 0 || n >= counts[i - 1]!));
  };

  it('shows the rows checked and then written, counted by the backend, while a big file is imported', async () => {
    const { page } = session();
    await byTestId(page, 'nav-partner').click();
    const rows = 20_000;
    const headers = ['中文名称', '国家/地区', '城市', '机构类型', '背景审查', '负责部门'];
    const sheet = [headers, ...Array.from({ length: rows }, (_, i) => [`进度测试大学 ${i}`, '英国', '伦敦', '大学', '已通过', 'FAO'])];
    const path = join(tempDir(), 'big.csv');
    writeFileSync(path, sheet.map((r) => r.join(',')).join('\n'));
    // The page records every count it showed, for the test to read once the import is done: counts a render skipped
    // (reports arrive faster than frames) are not asked for, only that they rose and passed halfway.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="xlsx-progress-rows"]')?.textContent;
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const seen = () => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen.splice(0));
    await byTestId(page, 'xlsx-import').click();
    await pickFile(page, byTestId(page, 'xlsx-file'), path);
    await byTestId(page, 'xlsx-report').waitFor({ timeout: 60_000 });
    expect(await byTestId(page, 'xlsx-count-created').getAttribute('data-count')).toBe(String(rows));
    // The file's bytes read (the upload) come first; the rows after.
    const checked = (await seen()).filter((text) => !text.startsWith('已读取'));
    expect(checked).toContain('已校验 10,000 / 20,000 行');
    expect(rising(checked, '已校验')).toBe(true);

    await byTestId(page, 'xlsx-confirm').click();
    await expect.poll(() => byTestId(page, 'xlsx-done').innerText(), { timeout: 60_000 }).toContain(`新增 ${rows}`);
    const written = await seen();
    expect(written).toContain('已写入 10,000 / 20,000 行');
    expect(rising(written, '已写入')).toBe(true);
    await byTestId(page, 'xlsx-close').click();
  });
});
