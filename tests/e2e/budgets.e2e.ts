import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { formatAmount, parseAmount, toCny } from '../../src-main/contract';
import { byTestId, choose, closeDetail, fill, formField, save, sessionPerFile, total } from './ui';

const session = sessionPerFile();

const year = new Date().getFullYear();
const fen = (typed: string) => parseAmount(typed, 2)!;
const yuan = (n: number) => formatAmount(n, 2);

// What is typed into the forms; every figure the pages should show is derived from these.
const fundTotal = '200,000';
const allocated = '50,000.00';
const hotel = { amount: '8,765.43' };
const flight = { amount: '1,234.56', rate: '7.18765', rateDate: `${year}-01-05` };
const committed = fen(hotel.amount);
const spent = toCny(fen(flight.amount), 'USD', flight.rate);
const remaining = fen(allocated) - spent - committed;
/** One hundred yuan beyond what is left of the allocation. */
const overspend = remaining + 100_00;

const fundName = `${year}年外事常规经费`;
const allocationTitle = `${year}年外事常规经费—法学院`;
const tripTitle = '法学院赴美国参加国际法年会';

/** A budget table row's cells as shown, bar cell included (it has no text). */
const cells = (row: Locator) =>
  row
    .locator('td')
    .allInnerTexts()
    .then((texts) => texts.map((s) => s.trim()));

/** The figures after the name (and the fund total): allocated, spent, committed, remaining, bar, state. */
const figures = (available: number, s: number, c: number, state: string) => [
  yuan(available),
  yuan(s),
  yuan(c),
  yuan(available - s - c),
  '',
  state,
];

async function newExpense(page: Page, description: string, stage: '预算（预计）' | '实际支出', category: string) {
  await byTestId(page, 'nav-expense').click();
  await byTestId(page, 'new-record').click();
  await byTestId(page, 'record-form').waitFor();
  await fill(page, 'description', description);
  await choose(page, formField(page, 'allocation'), '法学院', allocationTitle);
  await choose(page, formField(page, 'department'), '法学院', '法学院 (LAW)');
  await choose(page, formField(page, 'stage'), stage, stage);
  await choose(page, formField(page, 'delegation'), '国际法', tripTitle);
  await choose(page, formField(page, 'category'), category, category);
}

async function budgetPage(page: Page) {
  await byTestId(page, 'nav-budget').click();
  await byTestId(page, 'budget-funds').waitFor();
}

describe('a year of budget: fund, allocation, trip costs in two currencies, an overspend confirmed', () => {
  it('shows a helpful empty budget page, then registers a fund and allocates part of it to a department', async () => {
    const { page } = session();
    await byTestId(page, 'nav-budget').click();
    await byTestId(page, 'budget-empty').waitFor();
    await session().shot('budget-00-empty');

    await byTestId(page, 'nav-fund').click();
    await expect.poll(() => byTestId(page, 'empty-register').innerText()).toContain('经费分配');
    await session().shot('budget-00-funds-empty');
    await byTestId(page, 'empty-new-record').click();
    await fill(page, 'name', fundName);
    await fill(page, 'fiscalYear', String(year));
    await fill(page, 'total', fundTotal);
    expect(await formField(page, 'total').inputValue()).toBe(yuan(fen(fundTotal)));
    await save(page);
    await expect.poll(() => byTestId(page, 'detail-total').innerText()).toContain(yuan(fen(fundTotal)));
    await closeDetail(page);

    await byTestId(page, 'nav-allocation').click();
    await byTestId(page, 'empty-new-record').click();
    await fill(page, 'title', allocationTitle);
    await choose(page, formField(page, 'fund'), '外事常规', fundName);
    await choose(page, formField(page, 'department'), '法学院', '法学院 (LAW)');
    await fill(page, 'amount', allocated);
    await save(page);
    await expect.poll(() => byTestId(page, 'detail-current').innerText()).toContain(yuan(fen(allocated)));
    await closeDetail(page);
  });

  it('creates a delegation of that department', async () => {
    const { page } = session();
    await byTestId(page, 'nav-delegation').click();
    await byTestId(page, 'empty-new-record').click();
    await fill(page, 'title', tripTitle);
    await choose(page, formField(page, 'department'), '法学院', '法学院 (LAW)');
    await save(page);
    await byTestId(page, 'delegation-page').waitFor();
  });

  it('refuses a malformed amount beside the field and saves nothing', async () => {
    const { page } = session();
    await newExpense(page, '会议注册费', '预算（预计）', '签证/保险/注册费');
    await fill(page, 'amount', '12.345');
    const error = page.locator('[data-testid="field-amount"] .mantine-InputWrapper-error');
    await expect.poll(() => error.innerText()).toBe('“12.345”不是金额（最多 2 位小数）');
    // Saving keeps the message beside the field and sends nothing.
    await byTestId(page, 'submit-record').click();
    await expect.poll(() => error.innerText()).toBe('“12.345”不是金额（最多 2 位小数）');
    await session().shot('budget-01-bad-amount');
    // What was typed is only thrown away once the clerk says so.
    await byTestId(page, 'record-form').getByRole('button', { name: '取消' }).click();
    await byTestId(page, 'discard-changes-confirm').click();
    await byTestId(page, 'record-form').waitFor({ state: 'detached' });
    await byTestId(page, 'empty-register').waitFor();
  });

  it('records two costs of the trip, one in yuan and one in dollars with its rate', async () => {
    const { page } = session();
    await newExpense(page, '纽约住宿费（预订）', '预算（预计）', '住宿费');
    await fill(page, 'amount', hotel.amount);
    await save(page);
    await expect.poll(() => byTestId(page, 'detail-cnyAmount').innerText()).toContain(hotel.amount);
    await closeDetail(page);

    await newExpense(page, '北京—纽约往返机票', '实际支出', '国际旅费');
    await choose(page, formField(page, 'currency'), 'USD', '美元 USD');
    await fill(page, 'amount', flight.amount);
    await fill(page, 'rate', flight.rate);
    await fill(page, 'rateDate', flight.rateDate);
    await choose(page, formField(page, 'rateSource'), '银行结算单', '银行结算单汇率');
    await expect.poll(() => byTestId(page, 'field-amount').innerText()).toContain('USD');
    await session().shot('budget-02-expense-form');
    await save(page);
    await expect.poll(() => byTestId(page, 'detail-cnyAmount').innerText()).toContain(yuan(spent));
    await closeDetail(page);
    await expect.poll(() => total(page)).toBe(2);
    await session().shot('budget-03-expense-list');
  });

  it('shows spent, committed and remaining to the fen by fund, department and allocation', async () => {
    const { page } = session();
    await budgetPage(page);
    await expect.poll(() => byTestId(page, 'budget-total-spent').innerText()).toContain(yuan(spent));
    await expect.poll(() => byTestId(page, 'budget-total-committed').innerText()).toContain(yuan(committed));
    await expect.poll(() => byTestId(page, 'budget-total-remaining').innerText()).toContain(yuan(remaining));
    await expect.poll(() => byTestId(page, 'budget-total-unallocated').innerText()).toContain(yuan(fen(fundTotal) - fen(allocated)));
    const fundRow = byTestId(page, 'budget-funds-row');
    await expect.poll(() => cells(fundRow)).toEqual([fundName, yuan(fen(fundTotal)), ...figures(fen(allocated), spent, committed, '正常')]);
    await session().shot('budget-04-page-zh');

    await byTestId(page, 'budget-tab-departments').click();
    await expect
      .poll(() => cells(byTestId(page, 'budget-departments-row')))
      .toEqual(['法学院', ...figures(fen(allocated), spent, committed, '正常')]);
    await byTestId(page, 'budget-tab-allocations').click();
    await expect
      .poll(() => cells(byTestId(page, 'budget-allocations-row')))
      .toEqual([allocationTitle, ...figures(fen(allocated), spent, committed, '正常')]);

    await byTestId(page, 'lang-switch').getByText('English').click();
    await expect
      .poll(() => cells(byTestId(page, 'budget-allocations-row')))
      .toEqual([allocationTitle, ...figures(fen(allocated), spent, committed, 'OK')]);
    await session().shot('budget-05-page-en');
    await byTestId(page, 'lang-switch').getByText('中文').click();
  });

  it("shows the trip's planned and actual costs on its page", async () => {
    const { page } = session();
    await byTestId(page, 'nav-delegation').click();
    await page.locator('[data-testid^="row-"]').first().click();
    const section = byTestId(page, 'section-budget');
    await expect.poll(() => byTestId(page, 'budget-planned').innerText()).toContain(yuan(committed));
    await expect.poll(() => byTestId(page, 'budget-actual').innerText()).toContain(yuan(spent));
    await expect.poll(() => byTestId(page, 'budget-estimate').innerText()).toContain('—');
    await expect.poll(() => section.innerText()).toContain('北京—纽约往返机票');
    await section.scrollIntoViewIfNeeded();
    await session().shot('budget-06-delegation-money');
  });

  it('asks before spending beyond the allocation, then records the confirmed overspend', async () => {
    const { page } = session();
    await newExpense(page, '纽约城市间交通及公杂费', '实际支出', '公杂费');
    await fill(page, 'amount', yuan(overspend));
    await byTestId(page, 'submit-record').click();
    const warnings = byTestId(page, 'form-warnings');
    await expect.poll(() => warnings.innerText()).toContain(`超出 ${yuan(overspend - remaining)} 元`);
    await session().shot('budget-07-confirm');
    await byTestId(page, 'confirm-warnings').click();
    await byTestId(page, 'record-form').waitFor({ state: 'hidden' });
    await expect.poll(() => byTestId(page, 'detail-confirmedWarnings').innerText()).toContain('超出分配额');
    await closeDetail(page);

    await budgetPage(page);
    const over = figures(fen(allocated), spent + overspend, committed, '超支');
    await expect.poll(() => cells(byTestId(page, 'budget-funds-row'))).toEqual([fundName, yuan(fen(fundTotal)), ...over]);
    expect(await byTestId(page, 'budget-funds-row').getAttribute('data-state')).toBe('over');
    await byTestId(page, 'budget-tab-allocations').click();
    await expect.poll(() => byTestId(page, 'budget-allocations-row').getAttribute('data-state')).toBe('over');
    expect(await cells(byTestId(page, 'budget-allocations-row'))).toEqual([allocationTitle, ...over]);
    await session().shot('budget-08-over');
  });
});
