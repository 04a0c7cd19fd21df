import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf } from './migrationHarness';

describe('migration 0015_received_segment_deflated', () => {
  it('marks segments kept before as stored as they arrived', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0014_stream_relay');
    const kept = ['author-1', 1, 'prev', 'hash', 1, Buffer.from('{"id":"c1"}\n'), 'signature'];
    sqlite.prepare('INSERT INTO "receivedSegment" ("author", "seq", "prev", "sha256", "count", "content", "signature") VALUES (?, ?, ?, ?, ?, ?, ?)').run(...kept);
    await migrateUpTo('0015_received_segment_deflated');
    expect(columnsOf(sqlite, 'receivedSegment')).toEqual(['author', 'seq', 'prev', 'sha256', 'count', 'content', 'signature', 'deflated']);
    expect(sqlite.prepare('SELECT * FROM "receivedSegment"').raw().all()).toEqual([[...kept, 0]]);
    sqlite.close();
  });
});
