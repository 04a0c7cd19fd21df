import { describe, expect, it } from 'vitest';
import { byTestId, choose, closeDetail, fill, formField, save, sessionPerFile, total } from './ui';

const session = sessionPerFile();

describe('partners and agreements in the browser', () => {
  it("opens in Chinese on the day's work, the overview with the sample departments a click away", async () => {
    const { page } = session();
    await expect.poll(() => page.locator('body').innerText()).toContain('外办台账');
    await byTestId(page, 'today-page').waitFor();
    await byTestId(page, 'nav-overview').click();
    await expect.poll(async () => await byTestId(page, 'stat-department').innerText()).toContain('18');
    await session().shot('01-overview-zh');
  });

  it('creates a partner and an agreement with Chinese text and finds it with a two-character search', async () => {
    const { page } = session();
    await byTestId(page, 'nav-partner').click();
    await byTestId(page, 'empty-register').waitFor();
    await session().shot('02-partners-empty');
    await byTestId(page, 'empty-new-record').click();
    await byTestId(page, 'record-form').waitFor();
    await byTestId(page, 'submit-record').click();
    await expect.poll(() => byTestId(page, 'record-form').innerText()).toContain('必填');
    await session().shot('03-partner-form-errors');
    await fill(page, 'nameZh', '伦敦政治经济学院');
    await fill(page, 'nameOriginal', 'London School of Economics and Political Science');
    await choose(page, formField(page, 'country'), '英国', '英国');
    await fill(page, 'city', '伦敦');
    await save(page);
    // A partner opens on its own page (partner 360): nothing has happened with it yet, and being new it is not dormant.
    await expect.poll(() => byTestId(page, 'partner-title').innerText()).toBe('伦敦政治经济学院');
    await expect.poll(() => byTestId(page, 'partner-activity').getAttribute('data-dormant')).toBe('false');
    await byTestId(page, 'back-to-list').click();
    await expect.poll(() => total(page)).toBe(1);

    await byTestId(page, 'nav-agreement').click();
    await byTestId(page, 'new-record').click();
    await byTestId(page, 'record-form').waitFor();
    await fill(page, 'title', '学生交流合作协议');
    await choose(page, formField(page, 'partner'), '伦敦', '伦敦政治经济学院');
    await session().shot('04-agreement-form');
    await save(page);
    await closeDetail(page);
    await expect.poll(() => total(page)).toBe(1);

    await byTestId(page, 'search-input').fill('伦敦');
    await expect.poll(() => total(page)).toBe(1);
    await expect.poll(() => page.locator('[data-testid^="row-"]').first().innerText()).toContain('学生交流合作协议');
    await byTestId(page, 'search-input').fill('巴黎');
    await byTestId(page, 'empty-no-match').waitFor();
    await session().shot('05-no-match');
    await byTestId(page, 'search-input').fill('伦敦');
    await expect.poll(() => total(page)).toBe(1);
  });

  it('edits, deletes and restores the agreement, and its history tells the story', async () => {
    const { page } = session();
    await page.locator('[data-testid^="row-"]').first().click();
    await byTestId(page, 'detail-edit').waitFor();
    await byTestId(page, 'detail-edit').click();
    await byTestId(page, 'record-form').waitFor();
    await fill(page, 'title', '学生交流合作协议（修订）');
    await save(page);
    await expect.poll(() => byTestId(page, 'record-detail').innerText()).toContain('（修订）');

    await byTestId(page, 'detail-delete').click();
    await byTestId(page, 'confirm-delete').click();
    await byTestId(page, 'detail-restore').waitFor();
    await byTestId(page, 'detail-restore').click();
    await byTestId(page, 'detail-edit').waitFor();

    const history = byTestId(page, 'history-panel');
    await history.waitFor();
    for (const op of ['create', 'put', 'delete', 'restore']) await byTestId(page, `history-${op}`).first().waitFor();
    await expect.poll(() => history.innerText()).toContain('（修订）');
    await session().shot('06-detail-history');
    await closeDetail(page);
    const stored = await session().dispatch('records.list', { register: 'agreement', search: '修订' });
    expect(stored.ok && (stored.value as { total: number }).total).toBe(1);
  });

  it('switches to English and stays in English after a reload', async () => {
    const { page } = session();
    await byTestId(page, 'lang-switch').getByText('English').click();
    await expect.poll(() => byTestId(page, 'nav-partner').innerText()).toContain('Partners');
    await session().shot('07-agreements-en');
    await page.reload();
    await expect.poll(() => byTestId(page, 'nav-agreement').innerText()).toContain('Agreements');
  });
});
