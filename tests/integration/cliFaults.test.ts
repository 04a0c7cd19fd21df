import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { startWaiban, waiban } from '../support/cli';
import { partnerValues, tempDir } from '../support/tempApp';

/** The command line as a user meets it on a bad day: a pipe closed early, a path that is not there, a typo. */
let data: string;

// One demo office for the whole file (tempDir's folders last one test only).
beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), 'waiban-cli-faults-'));
  expect(waiban(data, ['init']).code).toBe(0);
  expect(waiban(data, ['demo', '--records', '200']).code).toBe(0);
}, 120_000);
afterAll(() => rmSync(data, { recursive: true, force: true }));

describe('the CLI on a bad day', () => {
  it('stops quietly with the work’s own exit code when its reader closes the pipe (`| head`)', async () => {
    const child = startWaiban(data, ['records', 'list', '--register', 'delegation', '--limit', '500']);
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(err).not.toMatch(/EPIPE|at .*\(node:/);
    expect(code).toBe(0);
  });

  it('refuses filters no record has, `__proto__` included, and a sort direction that is neither asc nor desc', () => {
    expect(waiban(data, ['records', 'list', '--register', 'partner', '--filter', '__proto__=1'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('Cannot filter by "__proto__"'),
    });
    expect(waiban(data, ['records', 'list', '--register', 'partner', '--filter', 'nope=1'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('Cannot filter by "nope"'),
    });
    expect(waiban(data, ['records', 'list', '--register', 'partner', '--sort', 'nameZh:sideways'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('asc or FIELD:desc'),
    });
    expect(waiban(data, ['records', 'list', '--register', 'partner', '--sort', 'nameZh:desc', '--limit', '1']).code).toBe(0);
  });

  it('names the missing folder or the folder given for a file, without an internal error code', () => {
    const missing = waiban(data, ['xlsx', 'export', '--register', 'partner', '--out', '/nonexistent/partners.xlsx']);
    expect(missing.code).toBe(1);
    expect(missing.err).toBe('waiban: /nonexistent/partners.xlsx was not found: the file or the folder it should be in does not exist.\n');
    const bundle = waiban(data, ['export', '--to', 'review', '--out', '/nonexistent/x.waiban']);
    expect(bundle.err).toContain('/nonexistent/x.waiban was not found');
    const folder = tempDir();
    const bundleFile = join(tempDir(), 'x.waiban');
    expect(waiban(data, ['export', '--to', 'review', '--out', bundleFile]).code).toBe(0);
    const keyIsFolder = waiban(data, ['verify', bundleFile, '--pubkey', folder]);
    expect(keyIsFolder.err).toContain(`${folder} is a folder; a file is needed here.`);
    expect(keyIsFolder.err).not.toMatch(/EISDIR|unexpected error/);
  });

  it('refuses to set up a laptop for a department code nobody has, and makes nothing', () => {
    const laptop = join(tempDir(), 'laptop');
    const r = waiban(laptop, ['init', '--role', 'department', '--departments', 'NOPE']);
    expect(r).toMatchObject({ code: 2, err: expect.stringContaining('unknown department code(s) NOPE') });
    expect(r.err).toContain('LAW');
    expect(waiban(laptop, ['stats']).code).toBe(1);
  });

  it('refuses a zero-length database file rather than taking it for a new one, and leaves it as it was', () => {
    const folder = tempDir();
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'waiban.sqlite'), '');
    const r = waiban(folder, ['stats']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('is empty (0 bytes)');
    expect(waiban(folder, ['init']).err).toContain('is empty (0 bytes)');
  });

  it('waits, saying so, for another process’s long write instead of failing after three seconds', { timeout: 60_000 }, async () => {
    // Another process holds the write lock for 5 s, as the app does while it imports a large bundle.
    const locker = spawn(
      process.execPath,
      [
        '-e',
        `
      const db = new (require('better-sqlite3'))(${JSON.stringify(join(data, 'waiban.sqlite'))});
      db.exec('BEGIN IMMEDIATE');
      process.stdout.write('locked');
      setTimeout(() => { db.exec('COMMIT'); db.close(); }, 5000);
    `,
      ],
      { cwd: process.cwd() },
    );
    await new Promise((ready) => locker.stdout.once('data', ready));
    const put = waiban(data, [
      'records',
      'put',
      '--register',
      'partner',
      '--json',
      JSON.stringify(partnerValues({ nameZh: '等锁大学', nameOriginal: 'Waiting University' })),
    ]);
    expect(put.err).toContain('waiting for it to finish');
    expect(put.code).toBe(0);
    expect(waiban(data, ['records', 'list', '--register', 'partner', '--search', '等锁大学']).out).toContain('Waiting University');
  });
});
