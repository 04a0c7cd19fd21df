import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { openApp } from '../../../src-main/app/openApp';
import { databaseFile } from '../../../src-main/services/dataDir';
import { closeApp, tempApp, tempDir } from '../../support/tempApp';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

async function refusal(dataDir: string): Promise<AppError> {
  try {
    const app = await openApp({ dataDir });
    app.close();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the database to be refused');
}

describe('opening a database', () => {
  it('refuses a file that is not a database and leaves it untouched', async () => {
    const dir = tempDir();
    writeFileSync(databaseFile(dir), '这不是数据库 — plain text that happens to sit where the database should');
    const before = digest(databaseFile(dir));
    const err = await refusal(dir);
    expect(err.code).toBe('DB_NOT_WAIBAN');
    expect(err.localized.zh).toContain('不是外办台账数据库');
    expect(digest(databaseFile(dir))).toBe(before);
  });

  it("refuses another application's SQLite database and leaves it untouched", async () => {
    const dir = tempDir();
    const other = new BetterSqlite3(databaseFile(dir));
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')");
    other.close();
    const before = digest(databaseFile(dir));
    expect((await refusal(dir)).code).toBe('DB_NOT_WAIBAN');
    expect(digest(databaseFile(dir))).toBe(before);
  });

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const app = await tempApp();
    const dir = app.dataDir;
    closeApp(app);
    const raw = new BetterSqlite3(databaseFile(dir));
    raw.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_from_the_future', new Date().toISOString());
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = digest(databaseFile(dir));
    const err = await refusal(dir);
    expect(err.code).toBe('DB_NEWER_VERSION');
    expect(err.localized.en).toContain('newer version');
    expect(digest(databaseFile(dir))).toBe(before);
  });

  it('explains a missing data folder instead of creating an empty one', async () => {
    const err = await refusal(join(tempDir(), 'typo'));
    expect(err.code).toBe('DATA_DIR_MISSING');
    expect(err.localized.en).toContain('waiban init');
  });

  it('reports a database locked by another writer', async () => {
    const app = await tempApp();
    const blocker = new BetterSqlite3(databaseFile(app.dataDir));
    blocker.exec('BEGIN EXCLUSIVE');
    try {
      const err = await app.fail('records.put', {
        register: 'department',
        values: { code: 'NEW', nameZh: '新部门', kind: 'academic' },
      });
      expect(err.code).toBe('DB_LOCKED');
    } finally {
      blocker.exec('ROLLBACK');
      blocker.close();
    }
  }, 20_000);
});
