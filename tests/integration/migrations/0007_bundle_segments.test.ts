import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0007_bundle_segments', () => {
  it('adds empty tables for stored segments, exported manifests and acknowledgements, leaving the change log as it was', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0006_expert_home_institution');
    const changes = sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get();
    await migrateUpTo('0007_bundle_segments');
    expect(tablesOf(sqlite)).toEqual(expect.arrayContaining(['bundleSegment', 'bundleExport', 'bundleAck']));
    expect(columnsOf(sqlite, 'bundleSegment')).toEqual(['author', 'seq', 'prev', 'sha256', 'count', 'lastAuthorSeq', 'content', 'signature']);
    expect(sqlite.prepare('SELECT count(*) AS n FROM "bundleSegment"').get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get()).toEqual(changes);
    sqlite.close();
  });
});
