import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0008_bundle_imports', () => {
  it('adds an empty import ledger, leaving the change log as it was', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0007_bundle_segments');
    const changes = sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get();
    await migrateUpTo('0008_bundle_imports');
    expect(tablesOf(sqlite)).toContain('bundleImport');
    expect(columnsOf(sqlite, 'bundleImport')).toEqual(['exporter', 'sequence', 'manifestSha256', 'importedAt', 'newChanges']);
    expect(sqlite.prepare('SELECT count(*) AS n FROM "bundleImport"').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get()).toEqual(changes);
    sqlite.close();
  });
});
