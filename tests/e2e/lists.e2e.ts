import { describe, expect, it } from 'vitest';
import type { ListPage } from '../../src-main/contract';
import { addDemoData } from '../../src-main/services/demo';
import { byTestId, choose, sessionPerFile, total } from './ui';

const session = sessionPerFile((app) => addDemoData(app.ctx, app.writer, 300));

const list = async (input: Record<string, unknown>) => {
  const r = await session().dispatch('records.list', { limit: 500, ...input });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value as ListPage;
};

/** The table's header cells, by field key, in the order shown. */
const shownColumns = async () =>
  await session()
    .page.locator('[data-testid="record-table"] [data-testid^="column-"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('column-'.length)));

const hash = () => session().page.evaluate(() => decodeURIComponent(location.hash));

describe('register lists: columns, filters in the address, saved filters, bulk actions', () => {
  it('sizes the trips list to the window with no sideways scroll, the rule badge and cut titles explained on hover', async () => {
    const { page } = session();
    await byTestId(page, 'nav-delegation').click();
    await expect.poll(() => total(page)).toBeGreaterThan(0);
    const scroller = byTestId(page, 'record-table');
    const [scrollWidth, clientWidth] = await scroller.evaluate((e) => [e.scrollWidth, e.clientWidth]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await session().shot('lists-01-delegations');

    const badge = byTestId(page, 'rule-badge').first();
    await badge.hover();
    await expect.poll(() => byTestId(page, 'rule-badge-findings').count()).toBe(1);
    expect((await byTestId(page, 'rule-badge-findings').innerText()).length).toBeGreaterThan(4);
    await session().shot('lists-02-rule-badge-tooltip');
    await page.mouse.move(0, 0);

    // A title cut with "…" shows in full on hover.
    const cut = page.locator('[data-testid^="row-"] [role="cell"]:nth-child(2) p').filter({ hasText: /./ });
    const index = await cut.evaluateAll((els) => els.findIndex((e) => e.scrollWidth > e.clientWidth));
    expect(index).toBeGreaterThanOrEqual(0);
    const full = await cut.nth(index).innerText();
    await cut.nth(index).hover();
    await expect.poll(() => page.getByRole('tooltip').filter({ hasText: full }).count()).toBe(1);
    await session().shot('lists-02b-cut-title-tooltip');
    await page.mouse.move(0, 0);
  });

  it('keeps the columns chosen and a column’s width after a reload', async () => {
    const { page } = session();
    expect(await shownColumns()).toContain('groupSize');
    await byTestId(page, 'column-chooser').click();
    await byTestId(page, 'column-choice-groupSize').click();
    await byTestId(page, 'column-choice-partner').click();
    await page.keyboard.press('Escape');
    await expect.poll(shownColumns).toContain('partner');
    expect(await shownColumns()).not.toContain('groupSize');

    const title = byTestId(page, 'column-title');
    const before = (await title.boundingBox())!.width;
    const handle = (await byTestId(page, 'resize-title').boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2 + 120, handle.y + handle.height / 2, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await title.boundingBox())!.width)).toBe(Math.round(before + 120));

    await page.reload();
    await expect.poll(() => total(page)).toBeGreaterThan(0);
    await expect.poll(shownColumns).toContain('partner');
    expect(await shownColumns()).not.toContain('groupSize');
    expect(Math.round((await byTestId(page, 'column-title').boundingBox())!.width)).toBe(Math.round(before + 120));
    await session().shot('lists-03-columns-after-reload');

    await byTestId(page, 'column-chooser').click();
    await byTestId(page, 'columns-reset').click();
    await page.keyboard.press('Escape');
    await expect.poll(shownColumns).toContain('groupSize');
  });

  it('filters by two statuses at once, in the address, kept over a reload and a visit to another register', async () => {
    const { page } = session();
    const expected = (await list({ register: 'delegation', filters: { status: ['submitted', 'approved'] } })).total;
    expect(expected).toBeGreaterThan(0);
    const status = byTestId(page, 'filter-status');
    await choose(page, status, '已申报', '已申报');
    await choose(page, status, '已批准', '已批准');
    await page.keyboard.press('Escape');
    await expect.poll(() => total(page)).toBe(expected);
    await expect.poll(hash).toMatch(/status=(submitted,approved|approved,submitted)/);
    await session().shot('lists-04-two-statuses');

    await page.reload();
    await expect.poll(() => total(page)).toBe(expected);
    await expect
      .poll(() => page.locator('.mantine-MultiSelect-pill').allInnerTexts())
      .toEqual(expect.arrayContaining(['已申报', '已批准']));

    await byTestId(page, 'nav-agreement').click();
    await expect.poll(hash).toMatch(/^#\/r\/agreement/);
    await byTestId(page, 'nav-delegation').click();
    await expect.poll(hash).toMatch(/status=(submitted,approved|approved,submitted)/);
    await expect.poll(() => total(page)).toBe(expected);
  });

  it('saves the filters under a name, kept over a reload, and applies them again after clearing', async () => {
    const { page } = session();
    const expected = await total(page);
    await byTestId(page, 'saved-filters').click();
    await byTestId(page, 'save-filter').click();
    await byTestId(page, 'saved-filter-name').fill('待审批和已批准的出访');
    await byTestId(page, 'saved-filter-submit').click();
    await expect.poll(() => byTestId(page, 'saved-filters').innerText()).toContain('待审批和已批准的出访');

    // Cleared by the filter's own clear button: the whole list again, and the address says so.
    await page.locator('button[aria-label="移除此筛选"]').first().click();
    await expect.poll(() => total(page)).toBe(300);
    await expect.poll(hash).not.toMatch(/status=/);
    await page.reload();
    await expect.poll(() => total(page)).toBe(300);
    await byTestId(page, 'saved-filters').click();
    const menu = byTestId(page, 'saved-filters-menu');
    await expect.poll(() => menu.evaluate((e) => getComputedStyle(e).opacity)).toBe('1');
    await session().shot('lists-05-saved-filters-menu');
    await byTestId(page, 'saved-filter-待审批和已批准的出访').click();
    await expect.poll(() => total(page)).toBe(expected);
    await expect.poll(hash).toMatch(/status=/);
  });

  it('assigns three ticked trips to the Law School, each a change of its own', async () => {
    const { page } = session();
    const rows = page.locator('[data-testid^="row-"]');
    const ids = await rows.evaluateAll((els) => els.slice(0, 3).map((e) => e.getAttribute('data-testid')!.slice('row-'.length)));
    for (const id of ids) await byTestId(page, `select-${id}`).click();
    await expect.poll(() => byTestId(page, 'bulk-count').getAttribute('data-count')).toBe('3');
    await session().shot('lists-06-bulk-bar');
    await byTestId(page, 'bulk-assign').click();
    await choose(page, byTestId(page, 'bulk-department'), '法学院', '法学院 (LAW)');
    await byTestId(page, 'bulk-confirm-assign').click();
    await byTestId(page, 'bulk-report').waitFor();
    expect(await byTestId(page, 'bulk-done').getAttribute('data-count')).toBe('3');
    expect(await byTestId(page, 'bulk-refused').count()).toBe(0);
    await session().shot('lists-07-bulk-report');
    await byTestId(page, 'bulk-report-close').click();
    for (const id of ids) {
      const r = await session().dispatch('records.get', { register: 'delegation', id });
      expect(r.ok && (r.value as { department: string }).department).toBe('LAW');
    }
  });

  it('deletes the ticked partners after one question naming the count, reporting the ones still referred to', async () => {
    const { page } = session();
    await byTestId(page, 'nav-partner').click();
    await expect.poll(() => total(page)).toBeGreaterThan(0);
    const before = await total(page);
    await byTestId(page, 'select-page').click();
    const count = Number(await byTestId(page, 'bulk-count').getAttribute('data-count'));
    expect(count).toBeGreaterThan(0);
    await byTestId(page, 'bulk-delete').click();
    await expect.poll(() => page.locator('.mantine-Modal-title').innerText()).toContain(String(count));
    await byTestId(page, 'bulk-confirm-delete').click();
    await byTestId(page, 'bulk-report').waitFor({ timeout: 60_000 });
    const refused = Number(await byTestId(page, 'bulk-refused').getAttribute('data-count'));
    const done = Number(await byTestId(page, 'bulk-done').getAttribute('data-count'));
    expect(refused).toBeGreaterThan(0);
    expect(done + refused).toBe(count);
    await session().shot('lists-08-bulk-delete-report');
    await byTestId(page, 'bulk-report-close').click();
    await expect.poll(() => total(page)).toBe(before - done);
  });
});
