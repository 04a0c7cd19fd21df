import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app/openApp';
import { databaseFile } from '../../src-main/services/dataDir';
import { addDemoData } from '../../src-main/services/demo';
import { damageTable } from '../support/damage';
import { partnerValues, tempDir } from '../support/tempApp';
import { withSession } from './browser';
import { byTestId, saveDownload } from './ui';

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('a damaged database in the window', () => {
  it(
    'shows the notice above every page, saves a copy, refuses writes, and rebuilds from the change log',
    { timeout: 240_000 },
    async () => {
      const dataDir = join(tempDir(), 'data');
      const app = await openApp({ dataDir, init: 'default' });
      addDemoData(app.ctx, app.writer, 60);
      app.close();
      damageTable(databaseFile(dataDir), 'delegation', 1, 1);
      const bytes = sha(databaseFile(dataDir));

      await withSession(dataDir, async (session) => {
        const { page, dispatch } = session;
        const banner = byTestId(page, 'damaged-banner');
        await banner.waitFor();
        expect(await banner.innerText()).toContain('数据库已损坏，现为只读');
        await byTestId(page, 'nav-backup').click();
        await byTestId(page, 'backup-page').waitFor();
        expect(await banner.isVisible()).toBe(true);
        await session.shot('damaged-01-banner');

        const refused = await dispatch('records.put', { register: 'partner', values: partnerValues() });
        expect(refused).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });

        const copy = join(tempDir(), 'copy.sqlite');
        expect(await saveDownload(page, byTestId(page, 'save-damaged-copy'), copy)).toMatch(/^waiban-damaged-\d{4}-\d\d-\d\d\.sqlite$/);
        expect(sha(copy)).toBe(bytes);

        await byTestId(page, 'rebuild-open').click();
        await byTestId(page, 'rebuild-dialog').waitFor();
        await session.shot('damaged-02-rebuild-dialog');
        await byTestId(page, 'rebuild-confirm').click();
        await byTestId(page, 'rebuild-done').waitFor({ timeout: 120_000 });
        expect(await byTestId(page, 'rebuild-done').innerText()).toContain('waiban.sqlite.damaged-');
        await session.shot('damaged-03-rebuilt');
        // The page reloads on the rebuilt database: no notice, and saving works again.
        await page.waitForEvent('load', { timeout: 30_000 });
        await byTestId(page, 'nav-backup').waitFor();
        expect(await banner.count()).toBe(0);
        expect(await dispatch('records.put', { register: 'partner', values: partnerValues() })).toMatchObject({ ok: true });
      });
    },
  );
});
