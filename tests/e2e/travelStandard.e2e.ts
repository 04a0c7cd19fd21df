import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../src-main/contract';
import { byTestId, choose, fill, formField, save, sessionPerFile, total, wholePageShot } from './ui';

const session = sessionPerFile();

/** Set-up the page does not exercise (people, a fund and its allocation), through the same handlers. */
async function call(channel: ChannelName, input: unknown): Promise<{ id: string }> {
  const r = await session().dispatch(channel, input);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value as { id: string };
}

const go = (hash: string) => session().page.evaluate((h) => (location.hash = h), hash);

describe('the budget calculator gives the standard for a 2-country trip and flags an over-standard hotel', () => {
  let delegation = '';

  it('lists the shipped standards in the budget area of the navigation', async () => {
    const { page } = session();
    await byTestId(page, 'nav-travelStandard').click();
    await expect.poll(() => total(page)).toBe(21);
    await session().shot('standards-01-register');
    await byTestId(page, 'search-input').fill('东京');
    await expect.poll(() => total(page)).toBe(1);
    expect(await byTestId(page, 'record-table').innerText()).toMatch(/日本 东京、Tokyo\s+日元 JPY\s+20,000\s+10,000\s+5,000\s+2014-01-01/);
  });

  it('shows Tokyo and Seoul under their standards, host-provided meals deducted', async () => {
    const { page } = session();
    for (const name of ['王晓明', '李华'])
      await call('records.put', { register: 'person', values: { name, category: 'teacher', department: 'FAO' } });
    await byTestId(page, 'nav-delegation').click();
    await byTestId(page, 'empty-new-record').click();
    await fill(page, 'title', '赴日本、韩国学术交流');
    await fill(page, 'departDate', '2026-10-10');
    await fill(page, 'returnDate', '2026-10-15');
    await fill(page, 'budgetEstimate', '60,000');
    await byTestId(page, 'add-row-legs').click();
    await byTestId(page, 'add-row-legs').click();
    await choose(page, formField(page, 'legs.0.country'), '日本', '日本');
    await fill(page, 'legs.0.city', '东京');
    await fill(page, 'legs.0.arrive', '2026-10-10');
    await fill(page, 'legs.0.leave', '2026-10-13');
    await choose(page, formField(page, 'legs.1.country'), '韩国', '韩国');
    await fill(page, 'legs.1.city', '首尔');
    await fill(page, 'legs.1.arrive', '2026-10-13');
    await fill(page, 'legs.1.leave', '2026-10-15');
    // The switch sits under the drawer's sticky header once the form scrolls; click it as a user's tap would.
    await formField(page, 'legs.1.hostMeals').evaluate((el) => (el as HTMLInputElement).click());
    await session().shot('standards-00-legs-form');
    await byTestId(page, 'add-row-members').click();
    await byTestId(page, 'add-row-members').click();
    await choose(page, formField(page, 'members.0.person'), '王晓明', '王晓明');
    await choose(page, formField(page, 'members.0.role'), '团长', '团长');
    await choose(page, formField(page, 'members.1.person'), '李华', '李华');
    await save(page);

    await byTestId(page, 'delegation-page').waitFor();
    delegation = decodeURIComponent(page.url().split('/').pop()!);
    const stops = byTestId(page, 'standards-stops');
    await expect.poll(() => stops.innerText()).toContain('日本 东京、Tokyo');
    const rows = await stops.locator('tbody tr').allInnerTexts();
    // Tokyo: 3 nights × 2 people × 20,000 yen; 3 days food and misc. Seoul: 2 nights × 180 USD; meals by the host.
    expect(rows[0]!.replace(/\s+/g, ' ')).toContain('3 / 3 120,000 60,000 30,000');
    expect(rows[1]!.replace(/\s+/g, ' ')).toContain('2 / 3 720.00 0.00 210.00');
    expect(rows[1]).toContain('对方提供伙食');
    await session().shot('standards-01-delegation-top');
  });

  it('asks for the rate the trip has none for, then flags the Tokyo hotel booked over its cap', async () => {
    const { page } = session();
    const fund = await call('records.put', {
      register: 'fund',
      values: { name: '2026年外事常规经费', fiscalYear: 2026, kind: 'routine', total: '200,000' },
    });
    const allocation = await call('records.put', {
      register: 'allocation',
      values: { title: '2026年外事常规经费—外事办', fund: fund.id, department: 'FAO', amount: '100,000' },
    });
    await call('records.put', {
      register: 'expense',
      values: {
        description: '东京酒店 3 晚 2 间',
        allocation: allocation.id,
        stage: 'actual',
        subjectKind: 'delegation',
        delegation,
        category: 'lodging',
        date: '2026-10-13',
        currency: 'JPY',
        amount: '168,000',
        rate: '0.0475',
        rateDate: '2026-10-15',
        rateSource: 'bocSellingRate',
      },
    });
    await go('#/r/expense');
    await go(`#/r/delegation/${delegation}`);
    await byTestId(page, 'standards-rate-USD').waitFor();
    await byTestId(page, 'standards-rate-USD').scrollIntoViewIfNeeded();
    await session().shot('standards-02a-rate-asked');
    await byTestId(page, 'standards-rate-USD').locator('input').fill('7.1');
    await byTestId(page, 'standards-rate-USD').getByRole('button').click();
    await expect.poll(() => byTestId(page, 'standards-allowed').innerText()).toContain('10,812.00\t2,850.00\t2,916.00\t16,578.00');
    await expect
      .poll(() => byTestId(page, 'standards-flags').innerText())
      .toContain('东京住宿费实际支出 168,000 JPY，超过标准 120,000 JPY（6 人·晚 × 20,000 JPY）');
    await expect.poll(() => byTestId(page, 'standards-actual').innerText()).toContain('7,980.00');
    await wholePageShot(session(), 'standards-02-delegation');
  });

  it('reads in English too', async () => {
    const { page } = session();
    await byTestId(page, 'lang-switch').getByText('English').click();
    await expect
      .poll(() => byTestId(page, 'standards-flags').innerText())
      .toContain('东京 lodging (actual) 168,000 JPY is over the standard 120,000 JPY (6 person-nights × 20,000 JPY)');
    await wholePageShot(session(), 'standards-03-delegation-en');
    await byTestId(page, 'lang-switch').getByText('中文').click();
  });
});
