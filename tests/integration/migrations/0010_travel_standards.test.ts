import { describe, expect, it } from 'vitest';
import { metaColumns } from '../../../src-main/core/registers';
import { travelStandard } from '../../../src-main/core/registers/travelStandard';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0010_travel_standards', () => {
  it('adds the standards table, whose columns are the register\'s fields, beside delegations already on record', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0008_bundle_imports');
    sqlite.prepare(`INSERT INTO "delegation" ("id", "createdAt", "createdBy", "updatedAt", "updatedBy", "version", "head", "title", "legs") VALUES ('d1', 'x', 'x', 'x', 'x', 'x', 'x', '赴日交流', '[{"country":"JP"}]')`).run();
    await migrateUpTo('0010_travel_standards');
    expect(columnsOf(sqlite, 'travelStandard')).toEqual([...metaColumns, ...travelStandard.fields.map((f) => f.key)]);
    expect(tablesOf(sqlite)).toContain('travelStandard_fts');
    expect(sqlite.prepare('SELECT "title", "legs" FROM "delegation"').get()).toEqual({ title: '赴日交流', legs: '[{"country":"JP"}]' });
    sqlite.close();
  });
});
