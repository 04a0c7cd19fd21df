import BetterSqlite3 from 'better-sqlite3';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { setBackupSettings } from '../../../src-main/services/backup/backupSettings';
import { checkBackupEntries } from '../../../src-main/services/backup/readBackup';
import { backupsIn } from '../../../src-main/services/backup/backups';
import { startWaiban, waiban } from '../../support/cli';
import { afterMs, fileIn, killAt, onceFileReaches, onceItReports, type KillPoint } from '../../support/killed';
import { addManyLawPartners, copyOf, suiteDir } from '../../support/manyRecords';
import { attach, closeApp, tempApp, tempDir } from '../../support/tempApp';

/** Enough that copying, zipping and checking take a while. */
const records = 10_000;

let original: string;
let uninterruptedMs: number;

/** A fresh copy of the data folder whose backups go to a folder of their own. */
function copyWithFolder(): { dataDir: string; folder: string } {
  const root = tempDir();
  const dataDir = copyOf(original, join(root, 'data'));
  const folder = join(root, 'backups');
  mkdirSync(folder);
  const db = new BetterSqlite3(join(dataDir, 'waiban.sqlite'));
  try {
    db.prepare(`UPDATE "meta" SET "value" = json_set("value", '$.folder', ?) WHERE "key" = 'backup'`).run(folder);
  } finally {
    db.close();
  }
  return { dataDir, folder };
}

beforeAll(async () => {
  const app = await tempApp('default', join(suiteDir(), 'data'));
  addManyLawPartners(app, records);
  for (let i = 0; i < 5; i++) await attach(app, `协议${i}.pdf`, Buffer.alloc(200_000, i));
  setBackupSettings(app.ctx, { folder: join(app.dataDir, '..', 'backups') });
  closeApp(app);
  original = app.dataDir;
  const clean = copyWithFolder();
  const started = performance.now();
  const run = waiban(clean.dataDir, ['backup', 'create', '--json']);
  uninterruptedMs = performance.now() - started;
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
}, 120_000);

/**
 * `waiban backup create` killed at the point, then what a user finds in the backup folder: every file with the
 * backup extension whole and passing its check, beside them at most the killed process's temporary file, which the
 * next backup clears away.
 */
async function killedThenBackedUpAgain(point: (folder: string) => KillPoint) {
  const { dataDir, folder } = copyWithFolder();
  const run = startWaiban(dataDir, ['backup', 'create']);
  const ended = await killAt(run, point(folder));
  const files = readdirSync(folder);
  const complete = files.filter((f) => f.endsWith('.waiban-backup'));
  for (const f of complete) await checkBackupEntries(join(folder, f));
  expect(
    files.filter((f) => !f.endsWith('.waiban-backup')).every((f) => f.endsWith(`.${run.pid}.part`)),
    files.join(', '),
  ).toBe(true);
  expect((await backupsIn(folder)).map((b) => [b.file, b.state])).toEqual(complete.map((f) => [f, 'complete']));
  const again = waiban(dataDir, ['backup', 'create']);
  expect(again.code, again.err).toBe(0);
  expect(readdirSync(folder).filter((f) => f.endsWith('.part'))).toEqual([]);
  return { killed: ended.killed, completed: complete.length > 0 };
}

describe('waiban backup create killed part-way (SIGKILL)', () => {
  it("leaves nothing under a backup's name while its temporary file is being written", { timeout: 60_000 }, async () => {
    const r = await killedThenBackedUpAgain((folder) =>
      onceFileReaches(
        'the temporary backup',
        fileIn(folder, (f) => f.endsWith('.part')),
        1,
      ),
    );
    expect(r).toEqual({ killed: true, completed: false });
  });

  it('leaves the whole backup when killed after its report', { timeout: 60_000 }, async () => {
    const r = await killedThenBackedUpAgain(() => onceItReports);
    expect(r).toEqual({ killed: true, completed: true });
  });

  for (const share of [0.4, 0.8]) {
    it(
      `leaves a backup that passes its check or none, when killed at ${share * 100}% of an uninterrupted run`,
      { timeout: 60_000 },
      async () => {
        await killedThenBackedUpAgain(() => afterMs(share * uninterruptedMs));
      },
    );
  }
});
