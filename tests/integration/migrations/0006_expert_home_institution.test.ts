import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf } from './migrationHarness';

describe('migration 0006_expert_home_institution', () => {
  it('adds the home institution to experts already on record, empty', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0005_exchange_registers');
    sqlite.prepare(`INSERT INTO "expert" ("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "head", "title") VALUES ('e1', 'x', 'x', 'x', 'x', 'x', 'x', '英语外教')`).run();
    await migrateUpTo('0006_expert_home_institution');
    expect(columnsOf(sqlite, 'expert')).toContain('partner');
    expect(sqlite.prepare('SELECT "title", "partner" FROM "expert"').get()).toEqual({ title: '英语外教', partner: null });
    sqlite.close();
  });
});
