import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { openApp, type WaibanApp } from '../../src-main/app/openApp';
import { tempDir, testFiles } from '../support/tempApp';
import { startSession, type Session } from './browser';

/**
 * One browser session for the whole file (each e2e file gets its own app, data folder and browser), on a data
 * folder `fill` has first written with the real services.
 */
export function sessionPerFile(fill?: (app: WaibanApp) => void): () => Session {
  let s: Session | undefined;
  beforeAll(async () => {
    const dataDir = tempDir();
    if (fill) {
      const app = await openApp({ dataDir, init: 'default' });
      try {
        fill(app);
      } finally {
        app.close();
      }
    }
    s = await startSession({ dataDir });
  });
  afterAll(async () => {
    await s?.close();
  });
  return () => s!;
}

export const byTestId = (page: Page, id: string) => page.locator(`[data-testid="${id}"]`);

/** The input of a form field (or of a table cell, "legs.0.city"). */
export const formField = (page: Page, field: string) => page.locator(`[data-testid="record-form"] [data-field="${field}"]`).first();

export async function fill(page: Page, field: string, value: string) {
  const input = formField(page, field);
  await input.fill(value);
  // Dates are parsed as typed and settled on blur.
  await input.blur();
}

/** Mantine selects: type to narrow, then pick the option by its label. */
export async function choose(page: Page, input: Locator, typed: string, option: string) {
  await input.click();
  await input.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

export async function save(page: Page) {
  await byTestId(page, 'submit-record').click();
  await byTestId(page, 'record-form').waitFor({ state: 'hidden' });
}

/** Saving opens the record's detail drawer; close it to get back to the list. */
export async function closeDetail(page: Page) {
  const drawer = page.locator('.mantine-Drawer-content');
  await drawer.first().waitFor();
  // Escape closes the top drawer only: on a busy machine one still opening (a record re-opened over the one
  // closing) takes a second press, and the page is usable only once no drawer's overlay is left.
  await expect
    .poll(async () => {
      if ((await drawer.count()) > 0) await page.keyboard.press('Escape');
      return page.locator('.mantine-Drawer-overlay').count();
    })
    .toBe(0);
}

export const total = async (page: Page) => Number(await byTestId(page, 'list-total').getAttribute('data-total'));

/** The page scrolls inside the app shell (a drawer inside itself), so a tall window shows all of it in one screenshot. */
export async function wholePageShot(s: Session, name: string) {
  await s.page.setViewportSize({ width: 1440, height: 3000 });
  await s.shot(name);
  await s.page.setViewportSize({ width: 1440, height: 900 });
}

/** Clicks what opens the file chooser and picks `file` in it, as a person does; the web host receives it as an upload. */
export async function pickFile(
  page: Page,
  opener: Locator,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), opener.click()]);
  await chooser.setFiles(file);
}

/** Clicks what saves a file (a download, in the web host), keeps it at `to`, and gives the name it was offered under. */
export async function saveDownload(page: Page, saver: Locator, to: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), saver.click()]);
  await download.saveAs(to);
  return download.suggestedFilename();
}

/**
 * Set-up a page does not exercise, through the session's own handlers, file handles resolved as the window's
 * transport resolves them; a refusal fails the test with its error.
 */
export function handlerCalls(session: () => Session): {
  files: ReturnType<typeof testFiles>;
  call: <T>(channel: string, input: unknown) => Promise<T>;
} {
  const files = testFiles();
  return {
    files,
    async call<T>(channel: string, input: unknown): Promise<T> {
      const r = await files.dispatch(session().dispatch, channel, input);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.value as T;
    },
  };
}
