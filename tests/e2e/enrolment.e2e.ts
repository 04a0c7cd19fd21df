import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshotDir, withSession } from './browser';
import { byTestId, pickFile, saveDownload as saveFrom, wholePageShot } from './ui';
import { closeApp, partnerValues, tempApp, tempDir } from '../support/tempApp';

async function openSync(page: Page) {
  await byTestId(page, 'nav-sync').click();
  await byTestId(page, 'sync-page').waitFor();
}

/** Clicks a button that saves a file, and keeps the file where the next computer's session can pick it. */
const saveDownload = (page: Page, button: string, to: string): Promise<string> => saveFrom(page, byTestId(page, button), to);

const fingerprintShown = async (page: Page, testid: string) => (await byTestId(page, testid).getAttribute('data-fingerprint'))!;

describe('enrolment and trust on the Sync page, with three data folders', () => {
  it('a laptop and a review computer ask to join, the office approves after comparing fingerprints, they pin the office key, the office revokes the laptop', async () => {
    const files = tempDir();
    const officeDir = tempDir();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const review = await tempApp({ name: '校领导审阅', role: 'review', departments: [] });
    const laptopId = laptop.ctx.self.id;
    closeApp(laptop);
    closeApp(review);

    // 1. The laptop, not enrolled, makes its join request: saved as a file, its fingerprint shown to read aloud.
    let laptopFingerprint = '';
    await withSession(laptop.dataDir, async (s) => {
      const { page } = s;
      await openSync(page);
      expect(await byTestId(page, 'trust-state').innerText()).toContain('尚未登记');
      expect(await byTestId(page, 'join-approval').count()).toBe(0);
      expect(await byTestId(page, 'sync-export').count()).toBe(0);
      expect(await saveDownload(page, 'join-request-button', join(files, 'laptop-join.waiban'))).toBe('法学院联络员-入网申请.waiban');
      laptopFingerprint = await fingerprintShown(page, 'join-request-fingerprint');
      expect(laptopFingerprint).toBe(laptop.ctx.self.fingerprint);
      expect(await byTestId(page, 'join-request-done').innerText()).toContain('请交给外事办');
      await wholePageShot(s, 'enrol-01-laptop-join-request');
    });

    // 2. The review computer does the same; it has nothing to approve.
    await withSession(review.dataDir, async (s) => {
      const { page } = s;
      await openSync(page);
      expect(await byTestId(page, 'join-approval').count()).toBe(0);
      await saveDownload(page, 'join-request-button', join(files, 'review-join.waiban'));
    });

    // 3. The office approves the laptop: a fingerprint typed wrong blocks it, the right one (typed as heard) lets it.
    let officeFingerprint = '';
    await withSession(officeDir, async (s) => {
      const { page } = s;
      await openSync(page);
      expect(await byTestId(page, 'join-request-button').count()).toBe(0);
      await pickFile(page, byTestId(page, 'join-request-file'), join(files, 'laptop-join.waiban'));
      await byTestId(page, 'join-request').waitFor();
      const asked = await byTestId(page, 'join-request').innerText();
      expect(asked).toContain('法学院联络员');
      expect(asked).toContain('院系部');
      expect(await fingerprintShown(page, 'join-request-fingerprint')).toBe(laptopFingerprint);
      const groups = laptopFingerprint.split(' ');
      const misheard = [...groups.slice(0, 2), groups[2] === 'AAAA' ? 'BBBB' : 'AAAA', ...groups.slice(3)].join(' ');
      await byTestId(page, 'fingerprint-typed').fill(misheard);
      await expect.poll(() => byTestId(page, 'fingerprint-confirm').innerText()).toContain('第 3 组不一致');
      expect(await byTestId(page, 'join-approve').isDisabled()).toBe(true);
      expect(await byTestId(page, 'fingerprint-ticked').isDisabled()).toBe(true);
      await wholePageShot(s, 'enrol-02-office-fingerprint-mismatch');
      // The same in English, the interface's second language.
      await byTestId(page, 'lang-switch').getByText('English').click();
      await expect.poll(() => byTestId(page, 'fingerprint-confirm').innerText()).toContain('Group 3 differs');
      await byTestId(page, 'join-approval').screenshot({ path: join(screenshotDir, 'enrol-02en-office-fingerprint-mismatch.png') });
      await byTestId(page, 'lang-switch').getByText('中文').click();
      await expect.poll(() => byTestId(page, 'fingerprint-confirm').innerText()).toContain('第 3 组不一致');
      await byTestId(page, 'fingerprint-typed').fill(laptopFingerprint.toLowerCase().replace(/ /g, ''));
      await byTestId(page, 'fingerprint-match').waitFor();
      // The departments asked for are confirmed too.
      expect(await byTestId(page, 'join-approve').isDisabled()).toBe(true);
      await byTestId(page, 'join-departments-ok').check();
      expect(await saveDownload(page, 'join-approve', join(files, 'laptop-enrolment.waiban'))).toBe('法学院联络员-登记.waiban');
      await byTestId(page, 'join-approved').waitFor();
      expect(await byTestId(page, 'join-approved').innerText()).toContain('已批准“法学院联络员”加入名册（第 2 版）');
      officeFingerprint = await fingerprintShown(page, 'office-fingerprint-to-read');
      expect(await s.dispatch('app.info', {})).toMatchObject({ ok: true, value: { installation: { fingerprint: officeFingerprint } } });
      await expect.poll(() => byTestId(page, 'sync-installations').innerText()).toContain('法学院联络员');
      await wholePageShot(s, 'enrol-03-office-approved');

      // The review computer's request, confirmed by the tick (the CLI's --yes).
      await byTestId(page, 'join-another').click();
      await pickFile(page, byTestId(page, 'join-request-file'), join(files, 'review-join.waiban'));
      await byTestId(page, 'join-request').waitFor();
      expect(await byTestId(page, 'join-approve').isDisabled()).toBe(true);
      await byTestId(page, 'fingerprint-ticked').check();
      await saveDownload(page, 'join-approve', join(files, 'review-enrolment.waiban'));
      await expect.poll(() => byTestId(page, 'sync-installations').innerText()).toContain('校领导审阅');
    });

    // 4. The laptop imports its enrolment bundle: the office key is shown, and pinned once its fingerprint is typed back.
    await withSession(laptop.dataDir, async (s) => {
      const { page } = s;
      await openSync(page);
      await pickFile(page, byTestId(page, 'enrolment-file'), join(files, 'laptop-enrolment.waiban'));
      await byTestId(page, 'enrolment-offer').waitFor();
      expect(await fingerprintShown(page, 'enrolment-office-fingerprint')).toBe(officeFingerprint);
      expect(await byTestId(page, 'import-preview').innerText()).toContain('外事办工作站');
      expect(await byTestId(page, 'enrolment-accept').isDisabled()).toBe(true);
      await byTestId(page, 'fingerprint-typed').fill(officeFingerprint);
      await byTestId(page, 'fingerprint-match').waitFor();
      await wholePageShot(s, 'enrol-04-laptop-office-key');
      await byTestId(page, 'enrolment-accept').click();
      await expect.poll(() => byTestId(page, 'trust-state').innerText()).toContain('已登记，外事办密钥已固定');
      expect(await fingerprintShown(page, 'pinned-office-fingerprint')).toBe(officeFingerprint);
      expect(await byTestId(page, 'sync-enrolment').count()).toBe(0);
      expect(await byTestId(page, 'join-approval').count()).toBe(0);
      expect(await page.locator('[data-testid^="revoke-"]').count()).toBe(0);
      await wholePageShot(s, 'enrol-05-laptop-enrolled');
      // Enrolled, it writes and sends the office a bundle (kept for after the revocation).
      const put = await s.dispatch('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
      expect(put.ok).toBe(true);
      await page.reload();
      await byTestId(page, 'sync-page').waitFor();
      await saveDownload(page, 'sync-export-button', join(files, 'laptop-to-office.waiban'));
      await byTestId(page, 'sync-exported').waitFor();
    });

    // 5. The review computer pins the office key by the tick, then shows read-only status: no export, no revoking.
    await withSession(review.dataDir, async (s) => {
      const { page } = s;
      await openSync(page);
      await pickFile(page, byTestId(page, 'enrolment-file'), join(files, 'review-enrolment.waiban'));
      await byTestId(page, 'enrolment-offer').waitFor();
      await byTestId(page, 'fingerprint-ticked').check();
      await byTestId(page, 'enrolment-accept').click();
      await expect.poll(() => byTestId(page, 'trust-state').innerText()).toContain('已登记，外事办密钥已固定');
      await byTestId(page, 'review-status').waitFor();
      expect(await byTestId(page, 'sync-export').innerText()).toContain('只读审阅安装不导出数据包');
      expect(await page.locator('[data-testid^="revoke-"]').count()).toBe(0);
      expect(await byTestId(page, 'join-approval').count()).toBe(0);
      await wholePageShot(s, 'enrol-06-review-enrolled');
    });

    // 6. The office revokes the laptop after the dialog; the laptop's bundle signed afterwards is refused.
    await withSession(officeDir, async (s) => {
      const { page } = s;
      await openSync(page);
      await byTestId(page, `revoke-${laptopId}`).click();
      await byTestId(page, 'revoke-dialog').waitFor();
      expect(await byTestId(page, 'revoke-dialog').innerText()).toContain('此后签名的数据包一律拒收');
      await s.shot('enrol-07-office-revoke-dialog');
      await byTestId(page, 'revoke-confirm').click();
      await byTestId(page, `installation-${laptopId}`).locator('[data-testid="revoked-badge"]').waitFor();
      expect(await byTestId(page, `revoke-${laptopId}`).count()).toBe(0);
      await pickFile(page, byTestId(page, 'sync-import-file'), join(files, 'laptop-to-office.waiban'));
      await byTestId(page, 'sync-import-refused').waitFor();
      expect(await byTestId(page, 'sync-import-refused').innerText()).toMatch(/吊销/);
      await wholePageShot(s, 'enrol-08-office-revoked');
      const partners = await s.dispatch('records.list', { register: 'partner' });
      expect(partners).toMatchObject({ ok: true, value: { total: 0 } });
    });
  });
});
