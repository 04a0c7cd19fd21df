import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { registerOf } from '../../src-main/services/context';
import { blankValues } from '../../src-main/services/demo/agreements';
import { storeBytes } from '../../src-main/services/files';
import { createRecords } from '../../src-main/services/recordCommands';
import { enrolled } from './bundleBench';
import { figure, type Figure } from './figures';
import { note, step } from './progress';
import { chromiumPath, ensureRendererBuild, launchArgs } from './uiBench';

/**
 * Issue 19's figure: a department laptop's bundle carrying 150 MB of scanned documents (thirty 5 MB files of
 * random bytes, which no compression shrinks) exported through the laptop's window (saved as a download) and imported
 * at the office through its window: picked in Chromium, uploaded to the web host, previewed, confirmed. Each web host
 * runs as `npm run web` runs it, a process of its own with the backend thread inside, and its peak resident memory
 * is the kernel's high-water mark for that process (VmHWM): documents streamed into the bundle and out of it, the
 * upload streamed to a file, never held whole. Target (issue 19), for the import: <= 400 MB.
 */

const repo = fileURLToPath(new URL('../..', import.meta.url));
const mb = 1024 * 1024;

export const desktopFiguresNotMeasured = (): Figure[] => [
  figure('desktop_bundle_150mb_export_rss_peak_mb', null, 'MB'),
  figure('desktop_bundle_150mb_import_rss_peak_mb', null, 'MB', 400),
  figure('desktop_bundle_150mb_import_ms', null, 'ms'),
];

/** An enrolled laptop holding 150 MB of documents, and its office; returns both data folders. */
async function laptopWith150Mb(root: string): Promise<{ officeDir: string; laptopDir: string }> {
  const { office, laptop } = await enrolled(root);
  try {
    const partner = { ...blankValues('partner'), nameZh: '伦敦大学学院', country: 'GB', department: 'LAW' };
    const [partnerId] = createRecords(laptop.ctx, laptop.writer, registerOf('partner'), [{ department: 'LAW', data: partner }]);
    const scans = Array.from({ length: 30 }, (_, i) => storeBytes(laptop.ctx, `协议扫描件-${i + 1}.pdf`, randomBytes(5 * mb)));
    createRecords(
      laptop.ctx,
      laptop.writer,
      registerOf('agreement'),
      scans.map((document, i) => ({
        department: 'LAW',
        data: { ...blankValues('agreement'), title: `合作协议 ${i + 1}`, partner: partnerId!, department: 'LAW', document },
      })),
    );
    return { officeDir: office.dataDir, laptopDir: laptop.dataDir };
  } finally {
    office.close();
    laptop.close();
  }
}

/** `npm run web` on the office's folder, as its own process; resolves with its address once it listens. */
function webHost(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src-main', 'host', 'launch.ts'), '--data-dir', dataDir], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const url = /Waiban: (\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once('exit', (code) => reject(new Error(`the web host exited with code ${code} before it listened`)));
  });
}

/** The kernel's high-water mark of a process's resident memory, in MB. */
const peakRssMb = (pid: number): number => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** A web host on a data folder and Chromium on it, at the Sync page; `work` gets the page, the host's peak memory is returned. */
async function throughTheWindow<T>(dataDir: string, work: (page: Page) => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const host = await webHost(dataDir);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    await page.goto(host.url);
    await page.locator('[data-testid="nav-sync"]').click();
    const result = await work(page);
    return { result, peakMb: peakRssMb(host.child.pid!) };
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
  }
}

export async function desktopFigures(root: string): Promise<Figure[]> {
  ensureRendererBuild();
  const { officeDir, laptopDir } = await step('desktop: a laptop holding 150 MB of documents', () =>
    laptopWith150Mb(join(root, 'desktop')),
  );
  const file = join(root, 'desktop', 'LAW-to-office.waiban');
  const exported = await step('desktop: its bundle exported through the window', () =>
    throughTheWindow(laptopDir, async (page) => {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 600_000 }),
        page.locator('[data-testid="sync-export-button"]').click(),
      ]);
      await download.saveAs(file);
    }),
  );
  note(`  bundle: ${(statSync(file).size / mb).toFixed(1)} MB`);
  const imported = await throughTheWindow(officeDir, async (page) => {
    const started = Date.now();
    return step('desktop: the bundle picked, previewed and imported through the window', async () => {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('[data-testid="sync-import-file"]').click()]);
      await chooser.setFiles(file);
      await page.locator('[data-testid="sync-import-confirm"]').click({ timeout: 600_000 });
      await page.locator('[data-testid="import-report"]').waitFor({ timeout: 600_000 });
      return Date.now() - started;
    });
  });
  return [
    figure('desktop_bundle_150mb_export_rss_peak_mb', exported.peakMb, 'MB'),
    figure('desktop_bundle_150mb_import_rss_peak_mb', imported.peakMb, 'MB', 400),
    figure('desktop_bundle_150mb_import_ms', imported.result, 'ms'),
  ];
}
