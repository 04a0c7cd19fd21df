import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0009_sync_streams', () => {
  it('adds empty destination streams, their scan marks and the relayed segments, leaving the change log as it was', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0008_bundle_imports');
    const changes = sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get();
    await migrateUpTo('0009_sync_streams');
    expect(tablesOf(sqlite)).toEqual(expect.arrayContaining(['streamSegment', 'streamScan', 'receivedSegment']));
    expect(columnsOf(sqlite, 'streamSegment')).toEqual(['stream', 'seq', 'prev', 'sha256', 'count', 'lastAuthorSeq', 'content', 'signature']);
    expect(columnsOf(sqlite, 'receivedSegment')).toEqual(['author', 'seq', 'prev', 'sha256', 'count', 'content', 'signature']);
    for (const t of ['streamSegment', 'streamScan', 'receivedSegment']) expect(sqlite.prepare(`SELECT count(*) AS n FROM "${t}"`).get()).toEqual({ n: 0 });
    expect(sqlite.prepare('SELECT count(*) AS n FROM "changeLog"').get()).toEqual(changes);
    sqlite.close();
  });
});
