import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDemoData } from '../../../src-main/services/demo';
import { waiban } from '../../support/cli';
import { tempApp, tempDir } from '../../support/tempApp';
import { readSheet } from '../../support/xlsxRead';

const yuan = (fen: number) => fen / 100;

describe('exporting the budget tables', () => {
  it('writes by fund, by department and by allocation with their totals, amounts as numbers in yuan', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 40, 5);
    const summary = await app.call('budgets.summary', { fiscalYear: 2026 });
    const out = join(tempDir(), '经费执行-2026.xlsx');
    const file = await app.call('xlsx.exportBudget', { fiscalYear: 2026, target: app.saveTo(out) });
    const bytes = readFileSync(out);
    expect(file.size).toBe(bytes.length);

    const funds = readSheet(bytes, '2026 按经费 By fund');
    expect(funds.rows[0]).toEqual([
      '经费',
      '经费类别',
      '管理部门',
      '经费总额（元）',
      '未分配（元）',
      '已分配（元）',
      '实际支出（元）',
      '预计支出（元）',
      '余额（元）',
      '状态',
    ]);
    expect(funds.rows.slice(2, -1).map((r) => r[0])).toEqual(summary.funds.map((f) => f.name));
    const total = funds.rows.at(-1)!;
    expect(total[0]).toBe('合计 Total');
    expect(total.slice(3, 9)).toEqual(
      [
        summary.totals.total,
        summary.totals.unallocated,
        summary.totals.available,
        summary.totals.spent,
        summary.totals.committed,
        summary.totals.remaining,
      ].map(yuan),
    );
    const spent = funds.cell('Spent (CNY)', summary.funds.length);
    expect(spent).toMatchObject({ t: 'n', v: yuan(summary.totals.spent), z: '#,##0.00' });

    const departments = readSheet(bytes, '2026 按部门 By department').rows.slice(2);
    expect(departments).toHaveLength(summary.departments.length + 1);
    expect(departments.at(-1)![2]).toBe(yuan(summary.totals.spent));
    const allocations = readSheet(bytes, '2026 按分配 By allocation').rows.slice(2);
    expect(allocations.slice(0, -1).map((r) => r[0])).toEqual(summary.allocations.map((a) => a.title));
  });

  it('is written by waiban xlsx export-budget, which wants a year', () => {
    const dir = tempDir();
    const out = join(tempDir(), 'budget.xlsx');
    waiban(dir, ['init']);
    expect(waiban(dir, ['xlsx', 'export-budget', '--out', out]).code).toBe(2);
    expect(waiban(dir, ['xlsx', 'export-budget', '--year', '2026', '--out', out]).code).toBe(0);
    expect(readSheet(readFileSync(out)).book.SheetNames).toEqual([
      '2026 按经费 By fund',
      '2026 按部门 By department',
      '2026 按分配 By allocation',
    ]);
  }, 30_000);
});
