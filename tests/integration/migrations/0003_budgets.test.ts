import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0003_budgets', () => {
  it('adds funds, allocations and expenses, each searchable, with money in whole fen beside what came before', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0002_delegations_people_checklists');
    const before = tablesOf(sqlite);
    await migrateUpTo('0003_budgets');
    const added = tablesOf(sqlite).filter((t) => !before.includes(t));
    for (const register of ['fund', 'allocation', 'expense']) {
      expect(added).toContain(register);
      expect(added).toContain(`${register}_fts`);
    }
    expect(columnsOf(sqlite, 'expense')).toEqual(expect.arrayContaining(['allocation', 'delegation', 'currency', 'amount', 'rate', 'cnyAmount', 'fiscalYear']));
    const insert = sqlite.prepare(`INSERT INTO "expense" ("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "head", "amount", "cnyAmount") VALUES (?, 'x', 'x', 'x', 'x', 'x', 'x', ?, ?)`);
    insert.run('e1', 123456, 98765);
    expect(sqlite.prepare('SELECT "amount", "cnyAmount", "deleted", "conflict", "searchText" FROM "expense"').get()).toEqual({ amount: 123456, cnyAmount: 98765, deleted: 0, conflict: 0, searchText: '' });
    expect(() => insert.run('e1', 1, 1)).toThrow(/UNIQUE/);
    const plans = sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE type = 'index' AND tbl_name = 'expense'`).pluck().all();
    expect(plans).toEqual(expect.arrayContaining(['expense_allocation', 'expense_delegation', 'expense_date', 'expense_department']));
    sqlite.close();
  });
});
