import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0005_exchange_registers', () => {
  it('adds the exchange registers with their search tables to a 0004 database', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0004_record_links');
    expect(tablesOf(sqlite)).not.toContain('conference');
    await migrateUpTo('0005_exchange_registers');
    for (const name of ['program', 'mobility', 'conference', 'expert', 'studentIntake', 'training', 'annualPlan']) {
      expect(tablesOf(sqlite)).toContain(name);
      expect(tablesOf(sqlite)).toContain(`${name}_fts`);
    }
    sqlite.close();
  });

  it('keeps the delegations, allocations and expenses already written, with the new links empty', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0004_record_links');
    const meta = ['id', 'createdAt', 'createdBy', 'updatedAt', 'updatedBy', 'version', 'head'];
    for (const table of ['delegation', 'allocation', 'expense']) {
      sqlite.prepare(`INSERT INTO "${table}" (${meta.map((c) => `"${c}"`).join(', ')}) VALUES (${meta.map(() => `'${table}-1'`).join(', ')})`).run();
    }
    await migrateUpTo('0005_exchange_registers');
    expect(columnsOf(sqlite, 'delegation')).toEqual(expect.arrayContaining(['annualPlan', 'planLine']));
    expect(columnsOf(sqlite, 'expense')).toEqual(expect.arrayContaining(['conference', 'expert', 'training']));
    expect(sqlite.prepare('SELECT "annualPlan", "planLine" FROM "delegation"').all()).toEqual([{ annualPlan: null, planLine: null }]);
    expect(sqlite.prepare('SELECT "annualPlan" FROM "allocation"').all()).toEqual([{ annualPlan: null }]);
    expect(sqlite.prepare('SELECT "conference", "expert", "training" FROM "expense"').all()).toEqual([{ conference: null, expert: null, training: null }]);
    sqlite.close();
  });
});
