import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortLockWaitMs, withLockWait, writeLockHeld } from '../../../src-main/db/busy';
import { tempDir } from '../../support/tempApp';

/** Another process holding the write lock for `ms`, as the app does while it imports a large bundle. */
async function holdLock(file: string, ms: number) {
  const locker = spawn(process.execPath, [
    '-e',
    `
    const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    process.stdout.write('locked');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});
  `,
  ]);
  const released = new Promise<void>((done) => locker.on('exit', () => done()));
  await new Promise((ready) => locker.stdout.once('data', ready));
  return { released };
}

function database(): { file: string; db: BetterSqlite3.Database } {
  const file = join(tempDir(), 'w.sqlite');
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`busy_timeout = ${shortLockWaitMs}`);
  db.exec('CREATE TABLE t (x)');
  return { file, db };
}

describe('a write that meets another process’s long write', () => {
  it('says once that it waits, then goes ahead when the other write ends', { timeout: 30_000 }, async () => {
    const { file, db } = database();
    const { released } = await holdLock(file, shortLockWaitMs + 1500);
    expect(writeLockHeld(file)).toBe(true);
    const told: string[] = [];
    withLockWait(db, { ms: 20_000, onWait: () => told.push('waiting') }, () =>
      db.transaction(() => db.prepare('INSERT INTO t VALUES (1)').run()).immediate(),
    );
    expect(told).toEqual(['waiting']);
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(shortLockWaitMs);
    await released;
    expect(writeLockHeld(file)).toBe(false);
    db.close();
  });

  it('without a way to say so, gives up after the short wait as before', { timeout: 30_000 }, async () => {
    const { file, db } = database();
    const { released } = await holdLock(file, shortLockWaitMs + 1500);
    expect(() => withLockWait(db, undefined, () => db.exec('BEGIN IMMEDIATE'))).toThrow(/locked|busy/i);
    await released;
    db.close();
  });
});
