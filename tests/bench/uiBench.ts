import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { WaibanApp } from '../../src-main/app/openApp';
import { figure, type Figure } from './figures';
import { note, step } from './progress';

/**
 * The UI figures: the real renderer build, served by the real web host on the bench's data dir, in Debian's
 * Chromium. What is timed is a user's click until what it opens is in the DOM and a frame has been produced
 * with it (the agreements nav link until the first list row; a delegations list row until the delegation's
 * page shows its checklist), measured with performance.now() inside the page, so neither Playwright's round
 * trips nor Chromium's start-up are in it.
 */

const repo = fileURLToPath(new URL('../..', import.meta.url));
const distDir = join(repo, 'dist-renderer');
export const chromiumPath = '/usr/bin/chromium';
export const launchArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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
export function ensureRendererBuild(): void {
  const built = join(distDir, 'index.html');
  const sources = Math.max(
    newestMtime(join(repo, 'src-renderer')),
    newestMtime(join(repo, 'src-main', 'contract')),
    statSync(join(repo, 'vite.config.ts')).mtimeMs,
  );
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
  shown: number | null;
  frame: number | null;
}

/**
 * Arms in-page timestamps for the next click on an element matching `trigger`: the click (capture phase,
 * before the app's handler), the first element matching `target` appearing (MutationObserver), and the
 * frame after it (requestAnimationFrame then a task, i.e. after the frame containing it has been produced).
 * Plain JavaScript in a string, not a function: tsx compiles functions with helpers (`__name`) that do not
 * exist inside the page.
 */
const armScript = (trigger: string, target: string) => `(() => {
  const trigger = ${JSON.stringify(trigger)};
  const target = ${JSON.stringify(target)};
  const marks = { click: null, shown: null, frame: null };
  window.__benchMarks = marks;
  const onClick = (e) => {
    if (e.target instanceof Element && e.target.closest(trigger)) {
      marks.click = performance.now();
      document.removeEventListener('click', onClick, true);
    }
  };
  document.addEventListener('click', onClick, true);
  const observer = new MutationObserver(() => {
    if (marks.click === null || marks.shown !== null) return;
    if (!document.querySelector(target)) return;
    marks.shown = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { marks.frame = performance.now(); };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
})()`;

/** Clicks the first `trigger` and returns click -> first `target` painted (in-page), logging the outside view too. */
async function timeOpen(page: Page, trigger: string, target: string, label: string): Promise<number> {
  await page.evaluate(armScript(trigger, target));
  const t0 = performance.now();
  await page.locator(trigger).first().click();
  await page.waitForSelector(target, { state: 'visible', timeout: 60_000 });
  const outside = performance.now() - t0;
  await page.waitForFunction('window.__benchMarks && window.__benchMarks.frame !== null', undefined, { timeout: 60_000 });
  const marks = (await page.evaluate('window.__benchMarks')) as Marks;
  const inPage = marks.frame! - marks.click!;
  note(
    `  ${label}: click -> shown ${(marks.shown! - marks.click!).toFixed(1)} ms, -> frame ${inPage.toFixed(1)} ms (Playwright click..visible: ${outside.toFixed(1)} ms)`,
  );
  return inPage;
}

const anyRow = '[data-testid^="row-"]';

/** The first open, then the median of five warm ones (code loaded, SQLite's cache hot): what later visits cost. */
async function firstAndWarm(
  open: (label: string) => Promise<number>,
  leave: () => Promise<void>,
  what: string,
): Promise<{ first: number; warm: number }> {
  const first = await open(`first open of ${what}`);
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) {
    await leave();
    warm.push(await open(`warm open ${i + 1}`));
  }
  warm.sort((a, b) => a - b);
  return { first, warm: warm[2]! };
}

/** The agreements list: the nav link clicked until the first row is painted, from the overview and back. */
function agreementsList(page: Page) {
  return firstAndWarm(
    (label) => timeOpen(page, '[data-testid="nav-agreement"]', anyRow, label),
    async () => {
      await page.click('[data-testid="nav-overview"]');
      await page.waitForSelector(anyRow, { state: 'detached', timeout: 60_000 });
    },
    'the agreements list',
  );
}

/**
 * A delegation's page: a row of the delegations list clicked until the review checklist (the last part
 * that needs the record) is painted, and back to the list. Absent while the page is not in the build.
 */
async function delegationPage(page: Page) {
  const checklistItem = '[data-testid^="checklist-item-"]';
  await page.click('[data-testid="nav-delegation"]');
  await page.waitForSelector(anyRow, { state: 'visible', timeout: 60_000 });
  return firstAndWarm(
    (label) => timeOpen(page, anyRow, checklistItem, label),
    async () => {
      await page.goBack();
      await page.waitForSelector(anyRow, { state: 'visible', timeout: 60_000 });
    },
    "a delegation's page",
  );
}

async function measure(
  app: WaibanApp,
): Promise<{ list: { first: number; warm: number }; delegation: { first: number; warm: number } | null }> {
  await step('renderer build check', ensureRendererBuild);
  if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get install -y chromium fonts-noto-cjk`);
  // Imported here, not at the top, so a missing or broken host only costs these figures.
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
    const list = await agreementsList(page);
    let delegation = null;
    try {
      delegation = await step("UI: a delegation's page", () => delegationPage(page));
    } catch (err) {
      note(`delegation_page_first_render_ms: not measured: ${err instanceof Error ? err.message : String(err)}`);
    }
    return { list, delegation };
  } finally {
    await browser?.close();
    await host.close();
  }
}

/** The figures this file measures, all null: for --no-ui and for a failed launch. */
export const uiFiguresNotMeasured = (): Figure[] => [
  figure('list_first_render_ms', null, 'ms', 150),
  figure('list_render_warm_ms', null, 'ms', 150),
  figure('delegation_page_first_render_ms', null, 'ms'),
  figure('delegation_page_render_warm_ms', null, 'ms'),
];

export async function uiFigures(app: WaibanApp): Promise<Figure[]> {
  try {
    const { list, delegation } = await step('UI in Chromium', () => measure(app));
    return [
      figure('list_first_render_ms', list.first, 'ms', 150),
      figure('list_render_warm_ms', list.warm, 'ms', 150),
      figure('delegation_page_first_render_ms', delegation?.first ?? null, 'ms'),
      figure('delegation_page_render_warm_ms', delegation?.warm ?? null, 'ms'),
    ];
  } catch (err) {
    note(`UI figures: not measured: ${err instanceof Error ? err.message : String(err)}`);
    return uiFiguresNotMeasured();
  }
}
