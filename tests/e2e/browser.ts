import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBackend } from '../../src-main/backend/startBackend';
import type { Dispatch } from '../../src-main/rpc/dispatch';
import { createWebHost, type WebHost } from '../../src-main/host/server';
import { tempDir } from '../support/tempApp';

export const screenshotDir = resolve(import.meta.dirname, 'screenshots');

/** Flags that let Debian's Chromium run headless here without reaching for the network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface Session {
  /** The app's handlers, on the backend thread the browser's page also reaches through the web host. */
  dispatch: Dispatch;
  host: WebHost;
  browser: Browser;
  page: Page;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A browser on a new office data folder, or on a folder a test has already filled with the real services, served as
 * `npm run web` serves it: the handlers on their own thread behind the web host.
 */
export async function startSession(o: { dataDir?: string } = {}): Promise<Session> {
  mkdirSync(screenshotDir, { recursive: true });
  const backend = await startBackend({ dataDir: o.dataDir ?? join(tempDir(), 'data'), init: 'default' });
  const host = await createWebHost({ dispatch: backend.dispatch, staticDir: resolve(import.meta.dirname, '..', '..', 'dist-renderer') });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await page.goto(host.url);
  return {
    dispatch: backend.dispatch,
    host,
    browser,
    page,
    shot: async (name) => {
      await page.screenshot({ path: resolve(screenshotDir, `${name}.png`) });
    },
    close: async () => {
      await browser.close();
      await host.close();
      await backend.close();
    },
  };
}

/** Runs a browser on a data folder (a new office when it is empty or not given) and closes it whatever happens. */
export async function withSession(dataDir: string, work: (s: Session) => Promise<void>): Promise<void> {
  const s = await startSession({ dataDir });
  try {
    await work(s);
  } finally {
    await s.close();
  }
}
