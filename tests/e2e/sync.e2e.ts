import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenshotDir, withSession } from './browser';
import { byTestId, pickFile } from './ui';
import { syncBothWays } from '../support/syncOffice';
import { closeApp, partnerValues, tempDir } from '../support/tempApp';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { openApp } from '../../src-main/app/openApp';
import { protectKey } from '../../src-main/services/keyProtection';

describe('sync page and conflicts view', () => {
  it('counts a conflict in the navigation, leads to it from the sync page, and resolves it field by field', async () => {
    // An office and a Law School laptop edit the same partner before exchanging bundles, with the real services.
    const s = await syncBothWays();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    await s.importAtOffice(await s.exportLaptop());
    s.acknowledge();
    await s.office.call('records.put', {
      register: 'partner',
      id: p.id,
      values: { city: '伦敦（外事办改）', website: 'https://www.ucl.ac.uk' },
    });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '伦敦（学院改）', nameOriginal: 'UCL' } });
    const second = await s.exportLaptop();
    closeApp(s.office);
    closeApp(s.laptop);

    await withSession(s.office.dataDir, async (session) => {
      const { page } = session;
      await byTestId(page, 'nav-sync').click();
      await byTestId(page, 'sync-page').waitFor();
      // The laptop's second bundle through the page: its preview names the register and the conflict to come.
      await pickFile(page, byTestId(page, 'sync-import-file'), second);
      await byTestId(page, 'import-preview').waitFor();
      expect(await byTestId(page, 'stage-steps').getAttribute('data-active')).toBe('1');
      const partnerRow = byTestId(page, 'report-registers').locator('tr[data-register="partner"]');
      expect((await partnerRow.innerText()).split(/\s+/)).toEqual(['合作院校', '1', '1']);
      expect(await byTestId(page, 'import-preview').innerText()).toContain('法学院联络员');
      await byTestId(page, 'report-conflicts-ahead').waitFor();
      await byTestId(page, 'sync-import').screenshot({ path: join(screenshotDir, 'sync-00-import-preview-conflict.png') });
      expect(await byTestId(page, 'conflict-nav-badge').count()).toBe(0);
      await byTestId(page, 'sync-import-confirm').click();
      await byTestId(page, 'import-report').waitFor();
      expect(await byTestId(page, 'stage-steps').getAttribute('data-active')).toBe('3');
      await expect.poll(() => byTestId(page, 'conflict-nav-badge').innerText()).toBe('1');
      await expect.poll(() => byTestId(page, 'sync-installations').innerText()).toContain('法学院联络员');
      expect(await byTestId(page, 'sync-installations').innerText()).toContain('第 2 号');
      expect(await byTestId(page, 'sync-fingerprint').innerText()).toContain(s.office.ctx.self.fingerprint.split(' ')[0]!);
      await session.page.setViewportSize({ width: 1440, height: 1700 });
      await session.shot('sync-01-page-office');
      await session.page.setViewportSize({ width: 1440, height: 900 });

      await byTestId(page, 'sync-conflicts').locator('a').click();
      await byTestId(page, 'conflict-list').waitFor();
      expect(await byTestId(page, 'conflict-list').innerText()).toContain('伦敦大学学院');
      await byTestId(page, 'conflict-open').click();
      await byTestId(page, 'conflict-table').waitFor();
      const differing = await page
        .locator('[data-testid="conflict-table"] tr[data-differs]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-field')));
      expect(differing.sort()).toEqual(['city', 'nameOriginal', 'website']);
      // Keep the laptop's city and name, the office's website.
      const laptopColumn = (await byTestId(page, 'version-0').innerText()).includes('法学院联络员') ? 0 : 1;
      await byTestId(page, `pick-city-${laptopColumn}`).check();
      await byTestId(page, `pick-nameOriginal-${laptopColumn}`).check();
      await byTestId(page, `pick-website-${1 - laptopColumn}`).check();
      await session.page.setViewportSize({ width: 1440, height: 1500 });
      await session.shot('sync-02-conflict-compare');
      await session.page.setViewportSize({ width: 1440, height: 900 });
      await byTestId(page, 'conflict-save').click();
      await byTestId(page, 'conflicts-empty').waitFor();
      await expect.poll(() => byTestId(page, 'conflict-nav-badge').count()).toBe(0);
      const r = await session.dispatch('records.get', { register: 'partner', id: p.id });
      expect(r.ok && r.value).toMatchObject({
        values: { city: '伦敦（学院改）', nameOriginal: 'UCL', website: 'https://www.ucl.ac.uk' },
        meta: { conflict: false },
      });
    });
  });

  it('flags a record in conflict on its page, with a link to the comparison and no edit controls', async () => {
    const s = await syncBothWays();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    await s.importAtOffice(await s.exportLaptop());
    s.acknowledge();
    await s.office.call('records.delete', { register: 'partner', id: p.id });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '学院改的' } });
    await s.importAtOffice(await s.exportLaptop());
    closeApp(s.office);
    closeApp(s.laptop);
    await withSession(s.office.dataDir, async (session) => {
      const { page } = session;
      await page.evaluate((id) => (location.hash = `#/r/partner/${id}`), p.id);
      await byTestId(page, 'conflict-badge').waitFor();
      expect(
        await page
          .locator(
            '[data-testid="record-edit"], [data-testid="detail-edit"], [data-testid="detail-delete"], [data-testid="detail-restore"]',
          )
          .count(),
      ).toBe(0);
      await byTestId(page, 'conflict-badge').click();
      await byTestId(page, 'conflict-table').waitFor();
      expect(await byTestId(page, 'conflict-table').innerText()).toContain('删除了这条记录');
      await byTestId(page, 'use-version-0').waitFor();
      const deleteColumn = (await byTestId(page, 'version-0').innerText()).includes('删除了这条记录') ? 0 : 1;
      await byTestId(page, `use-version-${deleteColumn}`).click();
      await byTestId(page, 'conflict-save').click();
      await byTestId(page, 'conflicts-empty').waitFor();
      const r = await session.dispatch('records.get', { register: 'partner', id: p.id });
      expect(r.ok && r.value).toMatchObject({ meta: { deleted: true, conflict: false } });
    });
  });

  it('imports a review bundle through the Sync page after its preview, then shows everything read-only', async () => {
    const s = await syncBothWays();
    const fromLaptop = await s.laptop.call('records.put', {
      register: 'person',
      values: { name: '学院录入的老师', category: 'teacher', department: 'LAW' },
    });
    await s.importAtOffice(await s.exportLaptop());
    // Enrolled first: a bundle carrying an older roster than the one its enrolment brought would be refused.
    const review = await s.another({ name: '校领导审阅', role: 'review', departments: [] });
    closeApp(review);
    await s.office.call('records.put', { register: 'partner', values: partnerValues() });
    const file = join(tempDir(), 'review-1.waiban');
    await exportBundle(s.office.ctx, { out: file, to: 'review' });

    await withSession(review.dataDir, async (session) => {
      const { page } = session;
      await byTestId(page, 'review-banner').waitFor();
      await byTestId(page, 'nav-sync').click();
      await byTestId(page, 'sync-page').waitFor();
      expect(await byTestId(page, 'sync-export').innerText()).toContain('只读审阅安装不导出数据包');
      await pickFile(page, byTestId(page, 'sync-import-file'), file);
      await byTestId(page, 'import-preview').waitFor();
      expect(await byTestId(page, 'import-preview').innerText()).toContain('外事办工作站');
      await session.shot('sync-03-review-preview');
      await byTestId(page, 'sync-import-confirm').click();
      await byTestId(page, 'import-report').waitFor();
      expect(Number(await byTestId(page, 'report-new-changes').locator('p').last().innerText())).toBeGreaterThan(0);
      await expect.poll(() => byTestId(page, 'review-banner').innerText()).toContain('数据截至');
      await session.shot('sync-04-review-imported');

      await byTestId(page, 'nav-person').click();
      await expect.poll(() => page.locator('[data-testid="record-table"]').innerText()).toContain('学院录入的老师');
      expect(await byTestId(page, 'new-record').count()).toBe(0);
      await page.locator('[data-testid="record-table"] [role="row"]', { hasText: '学院录入的老师' }).first().click();
      await byTestId(page, 'record-detail').getByText('学院录入的老师').first().waitFor();
      expect(await page.locator('[data-testid="detail-edit"], [data-testid="detail-delete"]').count()).toBe(0);
      await session.shot('sync-05-review-record');
      const refused = await session.dispatch('records.put', { register: 'person', id: fromLaptop.id, values: { name: '改' } });
      expect(!refused.ok && refused.error.code).toBe('READ_ONLY');
    });
  });
  it('asks for the key passphrase when an export finds the private key locked, refuses a wrong one, then exports', async () => {
    const dataDir = tempDir();
    const office = await openApp({ dataDir, init: 'default' });
    protectKey(office.ctx, '外事办的密钥口令');
    office.close();
    await withSession(dataDir, async (session) => {
      const { page } = session;
      await byTestId(page, 'nav-sync').click();
      await byTestId(page, 'sync-page').waitFor();
      await byTestId(page, 'sync-destination').click();
      await page.getByRole('option', { name: '领导审阅（只读快照）' }).click();
      await byTestId(page, 'sync-export-button').click();
      await byTestId(page, 'key-unlock-passphrase').waitFor();
      await byTestId(page, 'key-unlock-passphrase').fill('不是这个口令');
      await byTestId(page, 'key-unlock-submit').click();
      await expect.poll(() => page.getByText('密钥口令不正确').count()).toBeGreaterThan(0);
      await session.shot('sync-06-key-passphrase');
      await byTestId(page, 'key-unlock-passphrase').fill('外事办的密钥口令');
      await byTestId(page, 'key-unlock-submit').click();
      await byTestId(page, 'sync-exported').waitFor();
      await expect.poll(() => byTestId(page, 'key-unlock-passphrase').count()).toBe(0);
    });
  });
});
