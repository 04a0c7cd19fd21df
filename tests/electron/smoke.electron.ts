import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { enrol } from '../../src-main/services/trust/enrol';
import { writeJoinRequest } from '../../src-main/services/trust/joinRequest';
import { closeApp, tempApp, tempDir } from '../support/tempApp';
import { byTestId, choose, fill, formField, save } from '../e2e/ui';

const repoRoot = resolve(import.meta.dirname, '..', '..');

/**
 * The development app as `npm start` runs it (the bundles `npm run build` wrote, the Electron-ABI better-sqlite3 in
 * .electron-native/), on a data folder of the test's. Playwright reaches Electron's main process through its
 * inspector, which an installed build has switched off with a fuse (electron-builder.yml), so an installed build
 * cannot be driven this way; it runs the same bundles.
 */
async function launch(dataDir: string): Promise<{ app: ElectronApplication; page: Page }> {
  let executablePath: string;
  try {
    executablePath = createRequire(import.meta.url)('electron') as unknown as string;
  } catch (err) {
    throw new Error(
      `npm run test:electron needs Electron's binary, which is not installed (${(err as Error).message}). With internet access: node node_modules/electron/install.js`,
    );
  }
  const env = { ...process.env, WAIBAN_DATA_DIR: dataDir } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({ executablePath, args: [repoRoot], env });
  const page = await app.firstWindow();
  await byTestId(page, 'nav-sync').waitFor();
  return { app, page };
}

/** Stands in for the native dialogs: the main process's own `dialog`, answered with the path a person would choose. */
async function answerDialogs(app: ElectronApplication, answer: { open?: string; save?: string }): Promise<void> {
  await app.evaluate(({ dialog }, { open, save }) => {
    if (open) dialog.showOpenDialog = (async () => ({ canceled: false, filePaths: [open] })) as typeof dialog.showOpenDialog;
    if (save) dialog.showSaveDialog = (async () => ({ canceled: false, filePath: save })) as typeof dialog.showSaveDialog;
  }, answer);
}

describe('the desktop app in Electron', () => {
  it('creates a partner at the office, exports it through the save dialog, and a Law School laptop imports it through the open dialog', async () => {
    // The office and its enrolled laptop, set up with the services as the command line would.
    const office = await tempApp();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const stick = tempDir();
    await writeJoinRequest(laptop.ctx, join(stick, 'join.waiban'));
    await enrol(office.ctx, join(stick, 'join.waiban'), { yes: true }, join(stick, 'enrolment.waiban'));
    await importBundle(laptop.ctx, join(stick, 'enrolment.waiban'), { confirmOffice: { yes: true } });
    closeApp(office);
    closeApp(laptop);
    const bundle = join(stick, 'office-to-LAW.waiban');

    const atOffice = await launch(office.dataDir);
    try {
      const { app, page } = atOffice;
      expect(await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label))).toEqual([
        '文件',
        '编辑',
        '视图',
        '窗口',
        '帮助',
      ]);
      await byTestId(page, 'nav-partner').click();
      await byTestId(page, 'empty-new-record').click();
      await byTestId(page, 'record-form').waitFor();
      await fill(page, 'nameZh', '桌面应用大学');
      await choose(page, formField(page, 'country'), '英国', '英国');
      await save(page);

      await answerDialogs(app, { save: bundle });
      await byTestId(page, 'nav-sync').click();
      await byTestId(page, 'sync-destination').click();
      await page.getByRole('option', { name: '院系部：法学院' }).click();
      await byTestId(page, 'sync-export-button').click();
      await byTestId(page, 'sync-exported').waitFor();
      expect(await byTestId(page, 'sync-exported').innerText()).toContain('office-to-LAW.waiban');
    } finally {
      await atOffice.app.close();
    }
    expect(statSync(bundle).size).toBeGreaterThan(0);

    const atLaptop = await launch(laptop.dataDir);
    try {
      const { app, page } = atLaptop;
      await answerDialogs(app, { open: bundle });
      await byTestId(page, 'nav-sync').click();
      await byTestId(page, 'sync-import-file').click();
      await byTestId(page, 'import-preview').waitFor();
      await byTestId(page, 'sync-import-confirm').click();
      await byTestId(page, 'import-report').waitFor();
      await byTestId(page, 'nav-partner').click();
      await expect.poll(() => page.locator('[data-testid="record-table"]').innerText()).toContain('桌面应用大学');
    } finally {
      await atLaptop.app.close();
    }
    expect(existsSync(join(laptop.dataDir, 'waiban.sqlite'))).toBe(true);
  });
});
