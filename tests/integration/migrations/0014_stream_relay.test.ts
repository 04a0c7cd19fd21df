import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf } from './migrationHarness';

describe('migration 0014_stream_relay', () => {
  it('gives every stream a change-log scan mark at the start, keeping the own changes it already carries', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0013_roster');
    sqlite.prepare('INSERT INTO "streamScan" ("stream", "lastAuthorSeq") VALUES (?, ?)').run('department:LAW', 42);
    await migrateUpTo('0014_stream_relay');
    expect(columnsOf(sqlite, 'streamScan')).toEqual(['stream', 'lastAuthorSeq', 'lastLogSeq']);
    expect(sqlite.prepare('SELECT * FROM "streamScan"').all()).toEqual([{ stream: 'department:LAW', lastAuthorSeq: 42, lastLogSeq: 0 }]);
    sqlite.close();
  });
});
