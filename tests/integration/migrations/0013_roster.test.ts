import { describe, expect, it } from 'vitest';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0013_roster', () => {
  it('adds an empty roster store and office pin, and keeps registered installations with no revocation mark', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0012_rules');
    sqlite
      .prepare(`INSERT INTO "installation" ("id", "name", "role", "departments", "publicKey", "keyId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)`)
      .run('0190a000-0000-7000-8000-000000000001', '法学院', 'department', '["LAW"]', Buffer.alloc(32, 7), '0011223344556677', '2026-01-01T00:00:00.000Z');
    await migrateUpTo('0013_roster');
    expect(tablesOf(sqlite)).toEqual(expect.arrayContaining(['roster', 'officePin']));
    expect(columnsOf(sqlite, 'roster')).toEqual(['version', 'document', 'signature', 'receivedAt']);
    expect(columnsOf(sqlite, 'officePin')).toEqual(['pin', 'id', 'publicKey', 'keyId', 'pinnedAt']);
    expect(sqlite.prepare('SELECT "name", "status", "lastGoodSeq" FROM "installation"').all()).toEqual([{ name: '法学院', status: 'active', lastGoodSeq: null }]);
    expect(() => sqlite.prepare(`INSERT INTO "officePin" VALUES (2, 'x', x'00', 'k', 't')`).run()).toThrow(/CHECK/);
    sqlite.close();
  });
});
