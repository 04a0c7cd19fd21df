import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { WaibanApp } from '../../src-main/services/app';
import { figure, type Figure } from './figures';
import { note, step } from './progress';

/**
 * The UI figure: the real renderer build, served by the real web host on the bench's data dir, in Debian's
 * Chromium. What is timed is the user's click on the agreements nav link until the first list row is in the
 * DOM and a frame has been produced with it, measured with performance.now() inside the page, so neither
 * Playwright's round trips nor Chromium's start-up are in it.
 */

const repo = fileURLToPath(new URL('../..', import.meta.url));
const distDir = join(repo, 'dist-renderer');
const chromiumPath = '/usr/bin/chromium';
const launchArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Newest modification time under `dir` (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds dist-renderer when it is missing or older than its sources (the renderer, the contract it imports,
 * the Vite config). Vite's output goes to stderr so a --json stdout stays one JSON object.
 */
function ensureRendererBuild(): void {
  const built = join(distDir, 'index.html');
  const sources = Math.max(newestMtime(join(repo, 'src-renderer')), newestMtime(join(repo, 'src-main', 'contract')), statSync(join(repo, 'vite.config.ts')).mtimeMs);
  if (existsSync(built) && statSync(built).mtimeMs >= sources) {
    note('  dist-renderer is up to date');
    return;
  }
  note('  dist-renderer is missing or stale: running npx vite build');
  const result = spawnSync('npx', ['vite', 'build'], { cwd: repo, stdio: ['ignore', process.stderr, process.stderr] });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status ?? result.signal})`);
}

interface Marks {
  click: number | null;
  row: number | null;
  frame: number | null;
}


/**
 * Arms in-page timestamps for the next click on the element with data-testid `testId`: the click (capture
 * phase, before the app's handler), the first `row-*` element appearing (MutationObserver), and the frame
 * after it (requestAnimationFrame then a task, i.e. after the frame containing the row has been produced).
 * Plain JavaScript in a string, not a function: tsx compiles functions with helpers (`__name`) that do not
 * exist inside the page.
 */
const armScript = (testId: string) => `(() => {
  const testId = ${JSON.stringify(testId)};
  const marks = { click: null, row: null, frame: null };
  window.__benchMarks = marks;
  const onClick = (e) => {
    if (e.target instanceof Element && e.target.closest('[data-testid="' + testId + '"]')) {
      marks.click = performance.now();
      document.removeEventListener('click', onClick, true);
    }
  };
  document.addEventListener('click', onClick, true);
  const observer = new MutationObserver(() => {
    if (marks.click === null || marks.row !== null) return;
    if (!document.querySelector('[data-testid^="row-"]')) return;
    marks.row = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { marks.frame = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

/** Clicks the agreements nav link and returns click -> first row painted (in-page), logging the outside view too. */
async function timeListOpen(page: Page, label: string): Promise<number> {
  await page.evaluate(armScript('nav-agreement'));
  const t0 = performance.now();
  await page.click('[data-testid="nav-agreement"]');
  await page.waitForSelector('[data-testid^="row-"]', { state: 'visible', timeout: 60_000 });
  const outside = performance.now() - t0;
  await page.waitForFunction('window.__benchMarks && window.__benchMarks.frame !== null', undefined, { timeout: 60_000 });
  const marks = (await page.evaluate('window.__benchMarks')) as Marks;
  const inPage = marks.frame! - marks.click!;
  note(`  ${label}: click -> row in DOM ${(marks.row! - marks.click!).toFixed(1)} ms, -> frame ${inPage.toFixed(1)} ms (Playwright click..visible: ${outside.toFixed(1)} ms)`);
  return inPage;
}

/** Leaves the list for the overview page, so the next click mounts the list again. */
async function leaveList(page: Page): Promise<void> {
  await page.click('[data-testid="nav-overview"]');
  await page.waitForSelector('[data-testid^="row-"]', { state: 'detached', timeout: 60_000 });
}

async function measure(app: WaibanApp): Promise<{ first: number; warm: number }> {
  await step('renderer build check', ensureRendererBuild);
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium fonts-noto-cjk`);
  // Imported here, not at the top, so a missing or broken host only costs this figure.
  const { createWebHost } = await import('../../src-main/host/server');
  const { chromium } = await import('playwright-core');
  const host = await createWebHost({ dispatch: app.dispatch, staticDir: distDir });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: launchArgs });
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (err) => note(`  page error: ${err.message}`));
    await step('open the app in Chromium', async () => {
      await page.goto(host.url);
      await page.waitForSelector('[data-testid="nav-agreement"]', { state: 'visible', timeout: 60_000 });
    });
    const first = await timeListOpen(page, 'first open of the agreements list');
    // Warm: the code is loaded and SQLite's cache is hot; what every later visit costs.
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) {
      await leaveList(page);
      warm.push(await timeListOpen(page, `warm open ${i + 1}`));
    }
    warm.sort((a, b) => a - b);
    return { first, warm: warm[2]! };
  } finally {
    await browser?.close();
    await host.close();
  }
}

export async function uiFigures(app: WaibanApp): Promise<Figure[]> {
  try {
    const { first, warm } = await step('UI: agreements list in Chromium', () => measure(app));
    return [figure('list_first_render_ms', first, 'ms', 150), figure('list_render_warm_ms', warm, 'ms', 150)];
  } catch (err) {
    note(`list_first_render_ms: not measured: ${err instanceof Error ? err.message : String(err)}`);
    return [figure('list_first_render_ms', null, 'ms', 150), figure('list_render_warm_ms', null, 'ms', 150)];
  }
}
