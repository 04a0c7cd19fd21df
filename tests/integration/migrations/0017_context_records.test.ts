import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0017_context_records', () => {
  it('adds an empty store of read-only context records, one row per record id', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0016_canonical_change_data');
    await migrateUpTo('0017_context_records');
    expect(tablesOf(sqlite)).toContain('contextRecord');
    expect(columnsOf(sqlite, 'contextRecord')).toEqual(['register', 'id', 'owner', 'title', 'data', 'receivedAt']);
    expect(sqlite.prepare('SELECT count(*) AS n FROM "contextRecord"').get()).toEqual({ n: 0 });
    const insert = sqlite.prepare('INSERT INTO "contextRecord" VALUES (?, ?, ?, ?, ?, ?)');
    insert.run('person', 'p1', 'ECM', '王经管', '{}', '2026-12-07T00:00:00.000Z');
    expect(() => insert.run('person', 'p1', 'ECM', '王经管', '{}', '2026-12-07T00:00:00.000Z')).toThrow(/UNIQUE/);
    sqlite.close();
  });
});
