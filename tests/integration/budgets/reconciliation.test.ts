import { describe, expect, it } from 'vitest';
import { currencies, type RecordDto, type TableRow } from '../../../src-main/contract';
import { pickOne, seededRandom } from '../../../src-main/core/random';
import { tempApp, type TestApp } from '../../support/tempApp';

const departments = ['FAO', 'LAW', 'ECM', 'FLT'];

async function all(app: TestApp, register: string): Promise<RecordDto[]> {
  const rows: RecordDto[] = [];
  let after: string | undefined;
  do {
    const page = await app.call('records.list', { register, limit: 500, ...(after ? { after } : {}) });
    rows.push(...page.rows);
    after = page.next;
  } while (after);
  return rows;
}

/** Random budget work: funds, allocations, adjustments, planned and actual costs in several currencies, deletions. */
async function randomWork(app: TestApp, seed: number, steps: number) {
  const rand = seededRandom(seed);
  const int = (max: number) => Math.floor(rand() * max);
  for (let i = 0; i < steps; i++) {
    const funds = await all(app, 'fund');
    const allocations = await all(app, 'allocation');
    const expenses = await all(app, 'expense');
    const roll = rand();
    const confirm = ['allocationBeyondFund', 'expenseBeyondAllocation'];
    if (roll < 0.1 || funds.length === 0) {
      await app.call('records.put', {
        register: 'fund',
        values: { name: `经费${i}`, fiscalYear: 2026, kind: 'routine', total: int(10_000_000) },
      });
    } else if (roll < 0.3 || allocations.length === 0) {
      const fund = pickOne(rand, funds);
      await app.call('records.put', {
        register: 'allocation',
        confirm,
        values: { title: `分配${i}`, fund: fund.id, department: pickOne(rand, departments), amount: int(3_000_000) },
      });
    } else if (roll < 0.4) {
      const a = pickOne(rand, allocations);
      const current = a.values.current as number;
      const adjustments = [
        ...((a.values.adjustments as TableRow[] | null) ?? []),
        { date: '2026-06-01', kind: 'transfer', amount: int(500_000) - Math.min(current, 250_000) || 1, reason: '调剂' },
      ];
      await app.call('records.put', { register: 'allocation', id: a.id, baseHead: a.meta.head, confirm, values: { adjustments } });
    } else if (roll < 0.75) {
      const a = pickOne(rand, allocations);
      const currency = pickOne(rand, currencies).code;
      const foreign = currency !== 'CNY';
      await app.call('records.put', {
        register: 'expense',
        confirm,
        values: {
          description: `费用${i}`,
          allocation: a.id,
          department: a.values.department as string,
          subjectKind: 'none',
          category: 'other',
          stage: rand() < 0.5 ? 'planned' : 'actual',
          date: '2026-05-01',
          currency,
          amount: int(2_000_000),
          ...(foreign
            ? { rate: `${int(9)}.${String(int(10_000)).padStart(4, '0')}1`, rateDate: '2026-05-01', rateSource: 'bankStatement' }
            : {}),
        },
      });
    } else if (roll < 0.9 && expenses.length) {
      const e = pickOne(rand, expenses);
      await app.call('records.put', {
        register: 'expense',
        id: e.id,
        baseHead: e.meta.head,
        confirm,
        values: { stage: 'actual', amount: int(2_000_000) },
      });
    } else if (expenses.length) {
      const e = pickOne(rand, expenses);
      await app.call('records.delete', { register: 'expense', id: e.id });
    }
  }
}

describe('budget reconciliation under random operations', () => {
  for (const seed of [1, 2, 3]) {
    it(`every level adds up to the fen (seed ${seed})`, async () => {
      const app = await tempApp();
      await randomWork(app, seed, 60);
      const summary = await app.call('budgets.summary', { fiscalYear: 2026 });
      const allocations = await all(app, 'allocation');
      const expenses = await all(app, 'expense');

      for (const a of summary.allocations) {
        expect(a.available).toBe(a.spent + a.committed + a.remaining);
        const record = allocations.find((r) => r.id === a.id)!;
        const adjustments = ((record.values.adjustments as TableRow[] | null) ?? []).reduce((n, r) => n + Number(r.amount), 0);
        expect(a.available).toBe((record.values.amount as number) + adjustments);
        const mine = expenses.filter((e) => e.values.allocation === a.id);
        expect(a.spent).toBe(mine.filter((e) => e.values.stage === 'actual').reduce((n, e) => n + (e.values.cnyAmount as number), 0));
        expect(a.committed).toBe(mine.filter((e) => e.values.stage === 'planned').reduce((n, e) => n + (e.values.cnyAmount as number), 0));
        expect(a.state).toBe(
          a.spent + a.committed > a.available ? 'over' : a.spent + a.committed >= a.available * 0.9 && a.available > 0 ? 'nearLimit' : 'ok',
        );
      }
      for (const f of summary.funds) {
        expect(f.total).toBe(f.available + f.unallocated);
        const mine = summary.allocations.filter((a) => a.fund === f.id);
        expect(f.available).toBe(mine.reduce((n, a) => n + a.available, 0));
        expect(f.spent).toBe(mine.reduce((n, a) => n + a.spent, 0));
        expect(f.available).toBe(f.spent + f.committed + f.remaining);
      }
      const byDept = summary.departments.reduce((n, d) => n + d.available, 0);
      expect(byDept).toBe(summary.totals.available);
      expect(summary.totals.total).toBe(summary.totals.available + summary.totals.unallocated);
      expect(summary.allocations.length).toBeGreaterThan(0);
    });
  }
});
