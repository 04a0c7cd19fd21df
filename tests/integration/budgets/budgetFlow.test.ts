import { describe, expect, it } from 'vitest';
import { tempApp } from '../../support/tempApp';

async function setUp() {
  const app = await tempApp();
  const fund = await app.call('records.put', {
    register: 'fund',
    values: { name: '2026年教师访学进修基金', fiscalYear: 2026, kind: 'teacherVisiting', total: '100,000.00' },
  });
  const allocation = await app.call('records.put', {
    register: 'allocation',
    values: { title: '2026年教师访学进修基金—计算机学院', fund: fund.id, department: 'LAW', amount: 3_000_000 },
  });
  return { app, fund, allocation };
}

describe('budgets: a fund allocated and spent in two currencies', () => {
  it('reads amounts with thousands separators into fen and converts USD at the stated rate, rounding once', async () => {
    const { app, fund, allocation } = await setUp();
    expect(fund.values.total).toBe(10_000_000);
    const usd = await app.call('records.put', {
      register: 'expense',
      values: {
        description: '国际旅费',
        allocation: allocation.id,
        department: 'LAW',
        subjectKind: 'none',
        category: 'internationalTravel',
        stage: 'actual',
        date: '2026-03-10',
        currency: 'USD',
        amount: '1,234.56',
        rate: '7.1234',
        rateDate: '2026-03-10',
        rateSource: 'bocSellingRate',
      },
    });
    // 1234.56 × 7.1234 = 8794.264704, rounded half up to the fen: 8794.26
    expect(usd.values.amount).toBe(123_456);
    expect(usd.values.cnyAmount).toBe(879_426);
    const summary = await app.call('budgets.summary', { fiscalYear: 2026 });
    const line = summary.allocations[0]!;
    expect(line).toMatchObject({ available: 3_000_000, spent: 879_426, committed: 0, remaining: 3_000_000 - 879_426, state: 'ok' });
    expect(summary.funds[0]).toMatchObject({ total: 10_000_000, available: 3_000_000, unallocated: 7_000_000 });
  });

  it('refuses a foreign-currency expense without its rate, and a negative amount, writing nothing', async () => {
    const { app, allocation } = await setUp();
    const before = (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get() as { n: number }).n;
    const noRate = await app.fail('records.put', {
      register: 'expense',
      values: {
        description: '住宿',
        allocation: allocation.id,
        department: 'LAW',
        subjectKind: 'none',
        category: 'lodging',
        date: '2026-03-10',
        currency: 'EUR',
        amount: 50_000,
      },
    });
    expect(noRate.code).toBe('VALIDATION');
    expect(noRate.issues?.map((i) => i.field)).toEqual(expect.arrayContaining(['rate']));
    const negative = await app.fail('records.put', {
      register: 'expense',
      values: {
        description: '住宿',
        allocation: allocation.id,
        department: 'LAW',
        subjectKind: 'none',
        category: 'lodging',
        date: '2026-03-10',
        currency: 'CNY',
        amount: -5,
      },
    });
    expect(negative.code).toBe('VALIDATION');
    const after = (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get() as { n: number }).n;
    expect(after).toBe(before);
  });

  it('asks to confirm an allocation beyond the fund, then records the confirmation', async () => {
    const { app, fund } = await setUp();
    const values = { title: '追加', fund: fund.id, department: 'FLT', amount: 8_000_000 };
    const refused = await app.fail('records.put', { register: 'allocation', values });
    expect(refused.code).toBe('NEEDS_CONFIRMATION');
    expect(refused.issues?.[0]?.warning).toBe('allocationBeyondFund');
    expect(refused.localized.zh).toContain('超出 10,000.00 元');
    const confirmed = await app.call('records.put', { register: 'allocation', values, confirm: ['allocationBeyondFund'] });
    expect(confirmed.values.confirmedWarnings).toEqual(['allocationBeyondFund']);
    const summary = await app.call('budgets.summary', { fiscalYear: 2026 });
    expect(summary.funds[0]!.unallocated).toBe(-1_000_000);
  });

  it('keeps adjustments: appended with a reason, never edited, the first amount fixed', async () => {
    const { app, allocation } = await setUp();
    const adjusted = await app.call('records.put', {
      register: 'allocation',
      id: allocation.id,
      baseHead: allocation.meta.head,
      values: { adjustments: [{ date: '2026-06-30', kind: 'incentive', amount: 500_000, reason: '年度考核优秀' }] },
    });
    expect(adjusted.values.current).toBe(3_500_000);
    const edited = await app.fail('records.put', {
      register: 'allocation',
      id: allocation.id,
      baseHead: adjusted.meta.head,
      values: { adjustments: [{ date: '2026-06-30', kind: 'incentive', amount: 900_000, reason: '年度考核优秀' }] },
    });
    expect(edited.issues?.[0]?.message.zh).toContain('不能修改或删除');
    const amount = await app.fail('records.put', {
      register: 'allocation',
      id: allocation.id,
      baseHead: adjusted.meta.head,
      values: { amount: 1 },
    });
    expect(amount.issues?.[0]?.field).toBe('amount');
  });

  it("refuses an expense charged to another department's allocation", async () => {
    const { app, allocation } = await setUp();
    const err = await app.fail('records.put', {
      register: 'expense',
      values: {
        description: '会议注册费',
        allocation: allocation.id,
        department: 'ECM',
        subjectKind: 'none',
        category: 'visaInsuranceRegistration',
        date: '2026-03-10',
        currency: 'CNY',
        amount: 100_000,
      },
    });
    expect(err.issues?.[0]).toMatchObject({ field: 'allocation' });
    expect(err.localized.zh).toContain('不能列支经济管理学院的费用');
  });

  it('warns near and over the limit: states follow spending, and an overspend must be confirmed', async () => {
    const { app, allocation } = await setUp();
    const spend = (amount: number, confirm?: string[]) =>
      app.dispatch('records.put', {
        register: 'expense',
        ...(confirm ? { confirm } : {}),
        values: {
          description: '住宿费',
          allocation: allocation.id,
          department: 'LAW',
          subjectKind: 'none',
          category: 'lodging',
          stage: 'actual',
          date: '2026-04-01',
          currency: 'CNY',
          amount,
        },
      });
    expect((await spend(2_600_000)).ok).toBe(true);
    const near = await app.call('budgets.summary', { fiscalYear: 2026 });
    expect(near.allocations[0]!.state).toBe('ok');
    expect((await spend(100_000)).ok).toBe(true);
    expect((await app.call('budgets.summary', { fiscalYear: 2026 })).allocations[0]!.state).toBe('nearLimit');
    const over = await spend(400_000);
    expect(over.ok ? null : over.error.code).toBe('NEEDS_CONFIRMATION');
    expect((await app.call('budgets.summary', { fiscalYear: 2026 })).allocations[0]!.spent).toBe(2_700_000);
    expect((await spend(400_000, ['expenseBeyondAllocation'])).ok).toBe(true);
    const after = await app.call('budgets.summary', { fiscalYear: 2026 });
    expect(after.allocations[0]).toMatchObject({ state: 'over', remaining: -100_000 });
    expect(after.departments.find((d) => d.department === 'LAW')?.state).toBe('over');
  });

  it('refuses an expense on a cancelled delegation', async () => {
    const { app, allocation } = await setUp();
    const trip = await app.call('records.put', { register: 'delegation', values: { title: '赴日交流', department: 'LAW' } });
    await app.call('records.put', { register: 'delegation', id: trip.id, baseHead: trip.meta.head, values: { status: 'cancelled' } });
    const err = await app.fail('records.put', {
      register: 'expense',
      values: {
        description: '签证费',
        allocation: allocation.id,
        department: 'LAW',
        subjectKind: 'delegation',
        delegation: trip.id,
        category: 'visaInsuranceRegistration',
        date: '2026-03-10',
        currency: 'CNY',
        amount: 40_000,
      },
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.localized.zh).toContain('已取消');
  });
});
