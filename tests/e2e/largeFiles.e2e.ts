import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { registerOf } from '../../src-main/services/context';
import { blankValues } from '../../src-main/services/demo/agreements';
import { createRecords } from '../../src-main/services/recordCommands';
import { storeBytes } from '../../src-main/services/files';
import { filesDir } from '../../src-main/services/dataDir';
import { syncBothWays } from '../support/syncOffice';
import { closeApp, partnerValues, tempDir } from '../support/tempApp';
import { screenshotDir, withSession } from './browser';
import { byTestId, pickFile, saveDownload } from './ui';

const mb = 1024 * 1024;

/**
 * Every text a progress element shows, in order, recorded by the page itself (reports can come faster than the test
 * could poll); `taken()` hands them over and starts afresh.
 */
async function recordTexts(page: Page, selector: string): Promise<{ taken: () => Promise<string[]> }> {
  await page.evaluate((sel) => {
    const seen: string[] = [];
    (window as unknown as { textsSeen: string[] }).textsSeen = seen;
    new MutationObserver(() => {
      const text = document.querySelector(sel)?.textContent;
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  }, selector);
  return { taken: () => page.evaluate(() => (window as unknown as { textsSeen: string[] }).textsSeen.splice(0)) };
}

describe('large files through the window, as the desktop app meets them (here through the web host)', () => {
  it(
    'exports a laptop bundle carrying 150 MB of scanned documents and imports it at the office, with progress',
    { timeout: 600_000 },
    async () => {
      const s = await syncBothWays();
      // Thirty 5 MB scans, one per agreement: random bytes, which no compression shrinks.
      const partner = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
      const scans = Array.from({ length: 30 }, (_, i) => storeBytes(s.laptop.ctx, `协议扫描件-${i + 1}.pdf`, randomBytes(5 * mb)));
      const agreements = createRecords(
        s.laptop.ctx,
        s.laptop.writer,
        registerOf('agreement'),
        scans.map((document, i) => ({
          department: 'LAW',
          data: { ...blankValues('agreement'), title: `法学院合作协议 ${i + 1}`, partner: partner.id, department: 'LAW', document },
        })),
      );
      closeApp(s.laptop);
      closeApp(s.office);
      const stick = tempDir();
      const bundle = join(stick, 'LAW-to-office.waiban');

      await withSession(s.laptop.dataDir, async ({ page }) => {
        await byTestId(page, 'nav-sync').click();
        await byTestId(page, 'sync-export').waitFor();
        expect(await saveDownload(page, byTestId(page, 'sync-export-button'), bundle)).toMatch(/^LAW-to-office-\d{4}-\d{2}-\d{2}\.waiban$/);
        await byTestId(page, 'sync-exported').waitFor();
        expect(await byTestId(page, 'sync-exported').innerText()).toContain('30 个文件');
        await page.setViewportSize({ width: 1440, height: 1200 });
        await byTestId(page, 'sync-export').screenshot({ path: join(screenshotDir, 'large-01-exported-150mb.png') });
      });
      expect(statSync(bundle).size).toBeGreaterThan(150 * mb);

      await withSession(s.office.dataDir, async ({ page }) => {
        await byTestId(page, 'nav-sync').click();
        await byTestId(page, 'sync-import').waitFor();
        const progress = await recordTexts(page, '[data-testid="sync-import"] [data-testid="sync-progress"]');
        await pickFile(page, byTestId(page, 'sync-import-file'), bundle);
        await byTestId(page, 'import-preview').waitFor({ timeout: 300_000 });
        await byTestId(page, 'sync-import').screenshot({ path: join(screenshotDir, 'large-02-preview-150mb.png') });
        const read = await progress.taken();
        // The file read as it uploads, then its segments verified, each shown as it went.
        expect(
          read.some((t) => /^已读取 [\d.]+ MB \/ 15\d\.\d MB$/.test(t)),
          read.join(' | '),
        ).toBe(true);
        expect(read.some((t) => t.startsWith('已校验'))).toBe(true);
        expect(read.findIndex((t) => t.startsWith('已读取'))).toBeLessThan(read.findIndex((t) => t.startsWith('已校验')));
        expect(await byTestId(page, 'sync-import-chosen').innerText()).toContain('LAW-to-office.waiban');

        await byTestId(page, 'sync-import-confirm').click();
        await byTestId(page, 'import-report').waitFor({ timeout: 300_000 });
        expect((await progress.taken()).some((t) => t.startsWith('已写入'))).toBe(true);
        await byTestId(page, 'sync-import').screenshot({ path: join(screenshotDir, 'large-03-imported-150mb.png') });

        // A scan it brought, saved back out from its agreement's page: the same bytes.
        await page.evaluate((id) => (location.hash = `#/r/agreement/${id}`), agreements[0]!);
        const saved = join(stick, 'saved.pdf');
        expect(await saveDownload(page, byTestId(page, 'detail-document').getByTestId('file-download'), saved)).toBe('协议扫描件-1.pdf');
        expect(createHash('sha256').update(readFileSync(saved)).digest('hex')).toBe(scans[0]!.sha256);
      });
      // Every scan arrived, under its hash.
      const stored = readdirSync(filesDir(s.office.dataDir), { recursive: true, withFileTypes: true }).filter(
        (e) => e.isFile() && /^[0-9a-f]{64}$/.test(e.name),
      );
      expect(new Set(stored.map((e) => e.name))).toEqual(new Set(scans.map((scan) => scan.sha256)));
    },
  );

  it(
    'imports a 40 MB spreadsheet through the wizard, with the file read, the rows checked and written shown',
    { timeout: 600_000 },
    async () => {
      // 18,000 partners, each row carrying a long column the register does not have (a list of attachments): ~40 MB.
      const rows = 18_000;
      const headers = ['中文名称', '国家/地区', '城市', '机构类型', '背景审查', '负责部门', '附件清单'];
      const book = XLSX.utils.book_new();
      const sheet = [
        headers,
        ...Array.from({ length: rows }, (_, i) => [
          `大表格大学 ${i}`,
          '英国',
          '伦敦',
          '大学',
          '已通过',
          'FAO',
          randomBytes(1700).toString('base64'),
        ]),
      ];
      XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(sheet), '合作院校');
      const path = join(tempDir(), '合作院校台账-全.xlsx');
      writeFileSync(path, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
      expect(statSync(path).size).toBeGreaterThan(40 * mb);

      await withSession(tempDir(), async ({ page }) => {
        await byTestId(page, 'nav-partner').click();
        await byTestId(page, 'xlsx-import').click();
        const progress = await recordTexts(page, '[data-testid="xlsx-progress-rows"]');
        await pickFile(page, byTestId(page, 'xlsx-file'), path);
        await byTestId(page, 'xlsx-report').waitFor({ timeout: 300_000 });
        const checked = await progress.taken();
        expect(
          checked.some((t) => /^已读取 [\d.]+ MB \/ 40\.\d MB$/.test(t)),
          checked.join(' | '),
        ).toBe(true);
        expect(
          checked.some((t) => t.startsWith('已校验') && t.endsWith(`/ ${rows.toLocaleString()} 行`)),
          checked.join(' | '),
        ).toBe(true);
        expect(await byTestId(page, 'xlsx-count-created').getAttribute('data-count')).toBe(String(rows));
        expect(await byTestId(page, 'xlsx-wizard').innerText()).toContain('附件清单');
        await byTestId(page, 'xlsx-wizard')
          .locator('.mantine-Modal-content')
          .screenshot({ path: join(screenshotDir, 'large-04-sheet-40mb-preview.png') });

        await byTestId(page, 'xlsx-confirm').click();
        await expect.poll(() => byTestId(page, 'xlsx-done').innerText(), { timeout: 300_000 }).toContain(`新增 ${rows}`);
        expect((await progress.taken()).some((t) => t.startsWith('已写入'))).toBe(true);
      });
    },
  );
});
