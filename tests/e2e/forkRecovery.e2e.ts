import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { enrolAtOffice } from '../support/enrolment';
import { bundleFile, forkedLaptop } from '../support/forkedLaptop';
import { closeApp, partnerValues, tempApp, tempDir } from '../support/tempApp';
import { screenshotDir, withSession } from './browser';
import { byTestId, pickFile, saveDownload, wholePageShot } from './ui';

describe('a laptop refused as a fork, on the Sync page', () => {
  it('explains the fork in plain words, re-enrols the computer, and the office sees and approves the replacement', async () => {
    const office = await tempApp();
    const first = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    await enrolAtOffice(office, first);
    const restored = await forkedLaptop(office, first, async (app) => {
      await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学', department: 'LAW' }) });
    });
    await restored.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '丙大学', department: 'LAW' }) });
    const fromOffice = bundleFile();
    await exportBundle(office.ctx, { out: fromOffice, to: 'department:LAW' });
    const old = restored.ctx.self;
    const files = tempDir();
    closeApp(restored);
    closeApp(office);

    await withSession(restored.dataDir, async (s) => {
      const { page } = s;
      await byTestId(page, 'nav-sync').click();
      await byTestId(page, 'sync-page').waitFor();
      // The office's bundle is refused as a fork: the page says what happened and what to do.
      await pickFile(page, byTestId(page, 'sync-import-file'), fromOffice);
      await byTestId(page, 'sync-import-refused').waitFor();
      await byTestId(page, 'sync-fork-detected').waitFor();
      expect(await byTestId(page, 'sync-fork-detected').innerText()).toContain('从较旧的备份或副本恢复');
      expect(await byTestId(page, 'sync-fork').innerText()).toContain('外事办未收到的记录将以新身份重新写入');
      await wholePageShot(s, 'fork-01-laptop-refused');
      await byTestId(page, 'sync-re-enrol').click();
      await byTestId(page, 'sync-re-enrol-dialog').waitFor();
      await page.screenshot({ path: join(screenshotDir, 'fork-02-laptop-confirm.png') });
      expect(await saveDownload(page, byTestId(page, 'sync-re-enrol-confirm'), join(files, 'replace.waiban'))).toBe(
        '法学院联络员-入网申请.waiban',
      );
      await byTestId(page, 'sync-re-enrol-requested').waitFor();
      const fingerprint = await byTestId(page, 'sync-re-enrol-fingerprint').getAttribute('data-fingerprint');
      expect(fingerprint).not.toBe(old.fingerprint);
      expect(await byTestId(page, 'sync-fingerprint').getAttribute('data-fingerprint')).toBe(fingerprint);
      await wholePageShot(s, 'fork-03-laptop-requested');
    });

    await withSession(office.dataDir, async (s) => {
      const { page } = s;
      await byTestId(page, 'nav-sync').click();
      await pickFile(page, byTestId(page, 'join-request-file'), join(files, 'replace.waiban'));
      await byTestId(page, 'join-replaces').waitFor();
      const shown = await byTestId(page, 'join-replaces').innerText();
      expect(shown).toContain('法学院联络员');
      expect(await byTestId(page, 'join-replaces-fingerprint').getAttribute('data-fingerprint')).toBe(old.fingerprint);
      await byTestId(page, 'fingerprint-ticked').check();
      await byTestId(page, 'join-departments-ok').check();
      expect(await byTestId(page, 'join-approve').isDisabled()).toBe(true);
      await byTestId(page, 'join-replaces-ok').check();
      await byTestId(page, 'join-approval').screenshot({ path: join(screenshotDir, 'fork-04-office-replacement.png') });
      await saveDownload(page, byTestId(page, 'join-approve'), join(files, 'enrol.waiban'));
      await byTestId(page, 'join-retired').waitFor();
      expect(await byTestId(page, 'join-retired').innerText()).toContain('已吊销原身份“法学院联络员”');
    });

    await withSession(restored.dataDir, async (s) => {
      const { page } = s;
      await byTestId(page, 'nav-sync').click();
      await pickFile(page, byTestId(page, 'sync-import-file'), join(files, 'enrol.waiban'));
      await byTestId(page, 'sync-import-confirm').click();
      await byTestId(page, 'import-report').waitFor();
      await byTestId(page, 'sync-re-enrol-done').waitFor();
      expect(await byTestId(page, 'sync-re-enrol-done').innerText()).toContain('1 条外事办未收到的记录');
      await wholePageShot(s, 'fork-05-laptop-carried-over');
    });
  });
});
