import { describe, expect, it } from 'vitest';
import { bareDatabase } from './migrationHarness';

describe('migration 0016_canonical_change_data', () => {
  it('prints every change data kept before as canonical JSON, leaving the values, deletions and other fields as they were', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0015_received_segment_deflated');
    const insert = sqlite.prepare(
      `INSERT INTO "changeLog" ("id", "register", "recordId", "op", "data", "department", "author", "authorSeq", "hlc", "parents") VALUES (?, ?, ?, ?, ?, 'LAW', 'author-1', ?, ?, '[]')`,
    );
    const built = JSON.stringify({ nameZh: '伦敦大学学院', country: 'GB', members: [{ name: '张三', role: '团长' }], city: null });
    const sorted = JSON.stringify({ a: 1, b: '乙' });
    insert.run('c1', 'partner', 'r1', 'put', built, 1, 'h1');
    insert.run('c2', 'partner', 'r2', 'put', sorted, 2, 'h2');
    insert.run('c3', 'partner', 'r1', 'delete', null, 3, 'h3');
    // More than a page of rows, so the paging is exercised.
    for (let i = 4; i < 2100; i++) insert.run(`c${i}`, 'partner', `r${i}`, 'put', JSON.stringify({ z: i, y: 'x' }), i, `h${i}`);
    await migrateUpTo('0016_canonical_change_data');
    const data = (id: string) => sqlite.prepare('SELECT "data" FROM "changeLog" WHERE "id" = ?').pluck().get(id);
    expect(data('c1')).toBe('{"city":null,"country":"GB","members":[{"name":"张三","role":"团长"}],"nameZh":"伦敦大学学院"}');
    expect(data('c2')).toBe(sorted);
    expect(data('c3')).toBeNull();
    expect(data('c2099')).toBe('{"y":"x","z":2099}');
    expect(sqlite.prepare('SELECT count(*) FROM "changeLog"').pluck().get()).toBe(2099);
    sqlite.close();
  });
});
