import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { metaColumns } from '../../../src-main/core/registers';
import { closeApp, tempApp } from '../../support/tempApp';
import { openApp } from '../../../src-main/app/openApp';
import { bareDatabase, columnsOf, tablesOf } from './migrationHarness';

describe('migration 0001_initial', () => {
  it('creates the change log and one table per register whose columns are its fields', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0001_initial');
    expect(tablesOf(sqlite)).toEqual(expect.arrayContaining(['changeLog', 'conflictHead', 'installation', 'meta', 'fileBlob']));
    for (const name of ['department', 'partner', 'agreement', 'plan', 'planTarget', 'planTask']) {
      expect(columnsOf(sqlite, name).length, name).toBeGreaterThan(metaColumns.length);
      expect(tablesOf(sqlite)).toContain(`${name}_fts`);
    }
    sqlite.close();
  });

  it('runs in a transaction: a failure inside a migration leaves the database as it was', async () => {
    const { sqlite, migrateUpTo } = bareDatabase();
    await migrateUpTo('0001_initial');
    const failing = {
      up: async (db: Kysely<unknown>) => {
        await sql`CREATE TABLE "halfDone" (x INTEGER)`.execute(db);
        throw new Error('disk full');
      },
    };
    await expect(migrateUpTo('0001_zz_failing', { '0001_zz_failing': failing })).rejects.toThrow('disk full');
    expect(tablesOf(sqlite)).not.toContain('halfDone');
    expect((sqlite.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map((r) => r.name)).toEqual(['0001_initial']);
    sqlite.close();
  });

  it('reopens a database holding data without losing any of it', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: { nameZh: '华威大学', country: 'GB' } });
    const before = await app.call('stats.get', {});
    const dataDir = app.dataDir;
    closeApp(app);
    const reopened = await openApp({ dataDir });
    const after = await reopened.dispatch('stats.get', {});
    reopened.close();
    expect(after).toEqual({ ok: true, value: before });
  });
});
