import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDemoData } from '../../src-main/services/demo';
import { byTestId, choose, closeDetail, fill, formField, save, sessionPerFile, total, wholePageShot } from './ui';

const session = sessionPerFile((app) => addDemoData(app.ctx, app.writer, 60));

/** The headline figure of a target as the dashboard shows it (its link's data). */
const actualOf = async (page: Page, code: string) => Number(await byTestId(page, `target-actual-${code}`).getAttribute('data-actual'));

/** Selects that do not search: open, then click the option. */
async function pick(page: Page, testId: string, option: string) {
  await byTestId(page, testId).click();
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

/** Back on the dashboard's targets tab (the tab stays where it was left). */
async function dashboard(page: Page) {
  await byTestId(page, 'nav-overview').click();
  await byTestId(page, 'tab-targets').click();
  await byTestId(page, 'target-T1').waitFor();
}

describe('the plan dashboard on the demo data: figures, drill-down, a new agreement moving T1, evaluation, report, a new plan', () => {
  let t1 = 0;

  it('shows every target of the 13th plan with a figure or what is missing, never a made-up 0', async () => {
    const s = session();
    const { page } = s;
    // The day's work comes first; the plan dashboard is a click away.
    await byTestId(page, 'today-page').waitFor();
    await byTestId(page, 'nav-overview').click();
    await byTestId(page, 'target-T1').waitFor();
    // Today is past the 13th plan: the dashboard says so and looks at its last year.
    await expect.poll(() => byTestId(page, 'targets-problem').first().innerText()).toContain('没有覆盖');
    expect(await byTestId(page, 'year-picker').inputValue()).toBe('2020');
    expect(await page.locator('[data-testid^="target-status-T"]').count()).toBe(16);
    t1 = await actualOf(page, 'T1');
    expect(t1).toBeGreaterThan(0);
    for (const code of ['T3', 'T14']) {
      const card = byTestId(page, `target-${code}`);
      if ((await byTestId(page, `target-status-${code}`).getAttribute('data-status')) !== 'noData') continue;
      await expect.poll(() => byTestId(page, `target-missing-${code}`).innerText()).toMatch(/^无数据：.+/);
      expect(await card.locator(`[data-testid="target-actual-${code}"]`).count()).toBe(0);
    }
    await byTestId(page, 'target-chart-T1').waitFor();
    await s.shot('targets-01-dashboard-zh');
    await wholePageShot(s, 'targets-02-dashboard-zh-whole');
  });

  it('drills down from T1 to the partners counted: the list total is the figure', async () => {
    const { page } = session();
    await byTestId(page, 'target-actual-T1').click();
    await byTestId(page, 'target-records').waitFor();
    await expect.poll(() => total(page)).toBe(t1);
    expect(Number(await byTestId(page, 'target-records-figure').getAttribute('data-actual'))).toBe(t1);
    await session().shot('targets-03-drilldown-T1');
    // A record opens over the drill-down and closing it comes back to the same list.
    await page.locator('[data-testid^="row-"]').first().click();
    await byTestId(page, 'record-detail').or(byTestId(page, 'partner-title')).first().waitFor();
    expect(page.url()).toContain('open=');
    await page.goBack();
    await expect.poll(() => total(page)).toBe(t1);
    // A year's figure opens that year's records.
    await byTestId(page, 'back-to-dashboard').click();
    const year = byTestId(page, 'target-year-T1-2017');
    const in2017 = Number(await year.innerText());
    await year.click();
    await byTestId(page, 'target-records').waitFor();
    await expect.poll(() => total(page)).toBe(in2017);
    // A figure of 0 says no record was counted, not that the register is empty.
    await byTestId(page, 'back-to-dashboard').click();
    const zero = page.locator('[data-testid^="target-actual-"][data-actual="0"]');
    if (await zero.count()) {
      await zero.first().click();
      await byTestId(page, 'target-records-none').waitFor();
      expect(await byTestId(page, 'empty-register').count()).toBe(0);
    }
  });

  it('adds a partner and an agreement in force at the end of 2020 through the forms, and T1 moves by one', async () => {
    const { page } = session();
    await byTestId(page, 'nav-partner').click();
    await byTestId(page, 'new-record').click();
    await fill(page, 'nameZh', '赫尔辛基大学');
    await fill(page, 'nameOriginal', 'University of Helsinki');
    await choose(page, formField(page, 'country'), '芬兰', '芬兰');
    await fill(page, 'city', '赫尔辛基');
    await save(page);
    await byTestId(page, 'partner-title').waitFor();

    await byTestId(page, 'nav-agreement').click();
    await byTestId(page, 'new-record').click();
    await fill(page, 'title', '赫尔辛基大学合作备忘录');
    await choose(page, formField(page, 'partner'), '赫尔辛基', '赫尔辛基大学');
    await choose(page, formField(page, 'status'), '有效', '有效');
    await fill(page, 'signedDate', '2020-05-20');
    await fill(page, 'effectiveDate', '2020-06-01');
    await fill(page, 'expiryDate', '2030-05-31');
    await save(page);
    await closeDetail(page);

    await dashboard(page);
    await expect.poll(() => actualOf(page, 'T1')).toBe(t1 + 1);
    await byTestId(page, 'target-actual-T1').click();
    await expect.poll(() => total(page)).toBe(t1 + 1);
    await byTestId(page, 'search-input').fill('赫尔辛基');
    await expect.poll(() => total(page)).toBe(1);
  });

  it("shows the timetable with responsible departments by name, and a department's plan and share", async () => {
    const { page } = session();
    await dashboard(page);
    await byTestId(page, 'tab-tasks').click();
    await expect.poll(() => byTestId(page, 'plan-task-1').innerText()).toContain('外事办');
    await byTestId(page, 'tab-departments').click();
    await byTestId(page, 'department-view').waitFor();
    await choose(page, byTestId(page, 'department-picker'), '外事办', '外事办 (FAO)');
    await expect.poll(() => byTestId(page, 'department-shares').innerText()).toContain('T1');
    await session().shot('targets-04-department');
  });

  it('exports the targets table to Excel as the dashboard shows it', async () => {
    const { page } = session();
    await dashboard(page);
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'targets-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^指标 \d{4} .+\.xlsx$/);
    const book = XLSX.read(readFileSync(await download.path()));
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, defval: null });
    expect(rows[0]!.slice(0, 8)).toEqual(['编号', '指标', '目标值', '实际', '分母', '状态', '判定规则', '责任部门']);
    const t1 = rows.find((r) => r[0] === 'T1')!;
    expect(t1[3]).toBe(await actualOf(page, 'T1'));
    expect(String(t1[7])).toContain('外事办');
  });

  it('prints the leadership report through a hidden frame', async () => {
    const { page } = session();
    await dashboard(page);
    await byTestId(page, 'print-report').click();
    const frame = page.frameLocator('[data-testid="print-frame"]');
    await expect.poll(() => frame.locator('body').innerText()).toContain('十三五');
  });

  it('opens the department evaluation, adjusts a suggestion with its reason and exports the table', async () => {
    const { page } = session();
    await byTestId(page, 'nav-evaluation').click();
    expect(await byTestId(page, 'evaluation-year').inputValue()).toBe(String(new Date().getFullYear()));
    const table = byTestId(page, 'evaluation-table');
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    const first = table.locator('tbody tr').first();
    const department = (await first.getAttribute('data-testid'))!.replace('evaluation-', '');
    await byTestId(page, `evaluation-adjust-${department}`).click();
    await pick(page, 'adjust-suggestion', '增加经费和项目');
    await byTestId(page, 'adjust-note').fill('承办国际会议成效突出');
    await byTestId(page, 'adjust-save').click();
    await expect.poll(() => byTestId(page, `evaluation-suggestion-${department}`).getAttribute('data-suggestion')).toBe('increase');
    await expect.poll(() => byTestId(page, `evaluation-${department}`).innerText()).toContain('承办国际会议成效突出');
    await session().shot('targets-05-evaluation');

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'evaluation-export').click()]);
    expect(download.suggestedFilename()).toBe('部门考核2026.xlsx');
    const book = XLSX.read(readFileSync((await download.path())!), { type: 'buffer' });
    const sheet = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1 });
    expect(sheet).toHaveLength(rows + 1);
    expect(sheet.flat()).toContain('承办国际会议成效突出');

    // Taking the adjustment back leaves the computed suggestion in force.
    const computed = await byTestId(page, `evaluation-computed-${department}`).getAttribute('data-suggestion');
    await byTestId(page, `evaluation-adjust-${department}`).click();
    await pick(page, 'adjust-suggestion', '采用系统建议');
    await byTestId(page, 'adjust-save').click();
    await expect.poll(() => byTestId(page, `evaluation-suggestion-${department}`).getAttribute('data-suggestion')).toBe(computed);
    expect(await byTestId(page, `evaluation-computed-${department}`).count()).toBe(0);
  });

  it('creates the 15th plan from the dashboard, adds its first target, and the plan picker shows it', async () => {
    const { page } = session();
    await dashboard(page);
    await byTestId(page, 'new-plan').click();
    await fill(page, 'code', '15th');
    await fill(page, 'nameZh', '“十五五”国际交流与合作专项规划');
    await fill(page, 'startYear', '2026');
    await fill(page, 'endYear', '2030');
    await save(page);
    await byTestId(page, 'targets-empty').waitFor();
    await expect.poll(() => byTestId(page, 'plan-picker').inputValue()).toContain('十五五');
    expect(await byTestId(page, 'year-picker').inputValue()).toBe('2026');

    await byTestId(page, 'add-target').click();
    await expect.poll(() => formField(page, 'plan').inputValue()).toContain('十五五');
    await fill(page, 'number', '1');
    await fill(page, 'code', 'T1');
    await fill(page, 'titleZh', '长期稳定合作院校');
    await choose(page, formField(page, 'kind'), '数量', '数量');
    await fill(page, 'targetMin', '40');
    await fill(page, 'targetText', '40所');
    await choose(page, formField(page, 'horizon'), '截止期限', '截止期限');
    await fill(page, 'dueYear', '2030');
    await choose(page, formField(page, 'source'), '由台账计算', '由台账计算');
    await choose(page, formField(page, 'metric'), '长期稳定', '长期稳定合作院校数（协议有效）');
    await save(page);
    await byTestId(page, 'target-T1').waitFor();
    // The partners with an agreement in force today, the one added above among them.
    await expect.poll(() => actualOf(page, 'T1')).toBeGreaterThan(0);
    await byTestId(page, 'target-actual-T1').click();
    await expect.poll(() => total(page)).toBeGreaterThan(0);
    const now = await total(page);
    await byTestId(page, 'back-to-dashboard').click();
    await expect.poll(() => actualOf(page, 'T1')).toBe(now);
    await session().shot('targets-06-plan-15th');
  });

  it('switches to English: the dashboard speaks English', async () => {
    const { page } = session();
    await byTestId(page, 'lang-switch').getByText('English').click();
    await pick(page, 'plan-picker', '13th Five-Year Special Plan for International Exchange and Cooperation (2016–2020)');
    await byTestId(page, 'target-T1').waitFor();
    await expect.poll(() => page.locator('h3').first().innerText()).toBe('Plan progress');
    await expect.poll(() => byTestId(page, 'target-status-T1').innerText()).toMatch(/^(Met|On track|At risk|Behind)$/);
    await session().shot('targets-07-dashboard-en');
    await wholePageShot(session(), 'targets-08-dashboard-en-whole');
  });
});
