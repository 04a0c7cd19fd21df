import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../src-main/app/openApp';
import { defaultBackupFolder } from '../../src-main/services/backup/backupFolder';
import { partnerValues, tempDir } from '../support/tempApp';
import { withSession } from './browser';
import { byTestId, wholePageShot } from './ui';

describe('备份与恢复 page', () => {
  it(
    'backs up with a note, checks it, restores it after a confirmation naming what it replaces, and sets where backups go',
    { timeout: 180_000 },
    async () => {
      const dataDir = join(tempDir(), 'data');
      const app = await openApp({ dataDir, init: 'default' });
      await app.dispatch('records.put', { register: 'partner', values: partnerValues({ nameZh: '甲大学' }) });
      app.close();

      await withSession(dataDir, async (session) => {
        const { page, dispatch } = session;
        await byTestId(page, 'nav-backup').click();
        await byTestId(page, 'backup-page').waitFor();
        await byTestId(page, 'backup-none').waitFor();
        expect(await byTestId(page, 'backup-key').getAttribute('data-key')).toBe('none');

        await byTestId(page, 'backup-note').fill('期末导入前');
        await byTestId(page, 'backup-create').click();
        await byTestId(page, 'backup-row').first().waitFor();
        expect(await byTestId(page, 'backup-row').first().getAttribute('data-state')).toBe('complete');
        expect(await byTestId(page, 'backup-row').first().innerText()).toContain('期末导入前');
        expect(await byTestId(page, 'backup-last').innerText()).toContain('手动');
        // A file in the folder that is no backup is listed as damaged, and cannot be restored.
        writeFileSync(join(defaultBackupFolder(dataDir), 'waiban-20260101-000000-daily-00000000.waiban-backup'), 'not a zip');
        await byTestId(page, 'backup-verify').first().click();
        await page.getByText('完好：每个条目与校验值一致').waitFor();

        // After the backup a partner is added; the restore names it among what is replaced.
        await dispatch('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学' }) });
        await page.reload();
        await byTestId(page, 'backup-page').waitFor();
        const damaged = page.locator('[data-testid="backup-row"][data-state="damaged"]');
        await damaged.waitFor();
        expect(await damaged.innerText()).toContain('已损坏或不完整');
        expect(await damaged.locator('[data-testid="backup-restore"]').isDisabled()).toBe(true);
        await wholePageShot(session, 'backup-01-page');

        await page.locator('[data-testid="backup-row"][data-state="complete"] [data-testid="backup-restore"]').click();
        await byTestId(page, 'restore-dialog').waitFor();
        await byTestId(page, 'restore-row-partner').waitFor();
        expect((await byTestId(page, 'restore-row-partner').innerText()).split(/\s+/)).toEqual(['合作院校', '2', '1']);
        expect(await byTestId(page, 'restore-dialog').innerText()).toContain('外事办工作站（外事办）');
        await byTestId(page, 'restore-no-key').waitFor();
        await session.shot('backup-02-restore-dialog');
        await byTestId(page, 'restore-confirm').click();
        await byTestId(page, 'restore-done').waitFor({ timeout: 60_000 });
        // The page reloads on the restored data.
        await byTestId(page, 'backup-restored').waitFor({ timeout: 30_000 });
        const partners = await dispatch('records.list', { register: 'partner' });
        expect(partners.ok && (partners.value as { rows: { values: { nameZh: string } }[] }).rows.map((r) => r.values.nameZh)).toEqual([
          '甲大学',
        ]);
        const kinds = page.locator('[data-testid="backup-row"][data-state="complete"]');
        await expect.poll(() => kinds.count()).toBe(2);
        expect(await byTestId(page, 'backup-list').innerText()).toContain('恢复前');
        await wholePageShot(session, 'backup-03-restored');

        // Settings: a relative folder is refused with a reason; a backup passphrase puts the key into backups.
        await byTestId(page, 'backup-folder').fill('备份');
        await byTestId(page, 'backup-save').click();
        await expect.poll(() => byTestId(page, 'backup-settings-problem').innerText()).toContain('完整路径');
        const folder = join(tempDir(), 'usb', '外办备份');
        await byTestId(page, 'backup-folder').fill(folder);
        await byTestId(page, 'backup-save').click();
        await expect.poll(() => byTestId(page, 'backup-list').innerText()).toContain(folder);
        await byTestId(page, 'backup-passphrase').fill('backup passphrase 1');
        await byTestId(page, 'backup-passphrase-again').fill('backup passphrase 1');
        await byTestId(page, 'backup-passphrase-set').click();
        await expect.poll(() => byTestId(page, 'backup-key').getAttribute('data-key')).toBe('backupPassphrase');
        await byTestId(page, 'backup-create').click();
        await expect.poll(() => byTestId(page, 'backup-row').count()).toBe(1);
        expect(await byTestId(page, 'backup-row').innerText()).toContain('含（已加密）');
        await byTestId(page, 'backup-settings').screenshot({ path: join(import.meta.dirname, 'screenshots', 'backup-04-settings.png') });
      });
    },
  );
});
