import BetterSqlite3 from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBackend } from '../../../src-main/backend/startBackend';
import type { BackupInfo } from '../../../src-main/contract';
import { migrations } from '../../../migrations';
import { knownMigrations } from '../../../src-main/db/migrate';
import { bareDatabase, columnsOf, tablesOf } from '../migrations/migrationHarness';
import { openApp } from '../../../src-main/app/openApp';
import { backupAtStartup } from '../../../src-main/services/backup/autoBackup';
import { defaultBackupFolder } from '../../../src-main/services/backup/backupFolder';
import { setBackupSettings } from '../../../src-main/services/backup/backupSettings';
import { backupsIn, pruneBackups } from '../../../src-main/services/backup/backups';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { backupOf, reopenedAt } from '../../support/backups';
import { enrolAtOffice } from '../../support/enrolment';
import { csvBytes } from '../../support/xlsxWrite';
import { closeApp, partnerValues, tempApp, tempDir } from '../../support/tempApp';

const day = 24 * 3600_000;
const kinds = (backups: BackupInfo[]) => backups.map((b) => b.kind).sort();

/** The tables (with their indexes) and the columns a migration adds, read by migrating a bare database up to it. */
async function addedBy(migration: string): Promise<{ tables: string[]; columns: [string, string][] }> {
  const names = Object.keys(migrations);
  const before = bareDatabase();
  await before.migrateUpTo(names[names.indexOf(migration) - 1]!);
  const after = bareDatabase();
  await after.migrateUpTo(migration);
  const earlier = new Set(tablesOf(before.sqlite));
  const tables = tablesOf(after.sqlite).filter((t) => !earlier.has(t) && !/_fts_(config|data|docsize|idx)$/.test(t));
  const columns = [...earlier].flatMap((t) => {
    const had = new Set(columnsOf(before.sqlite, t));
    return columnsOf(after.sqlite, t)
      .filter((c) => !had.has(c))
      .map((c): [string, string] => [t, c]);
  });
  before.sqlite.close();
  after.sqlite.close();
  return { tables, columns };
}

describe('automatic backups', () => {
  it('at start-up, when the newest is older than a day or there is none', async () => {
    const app = await tempApp();
    const folder = tempDir();
    setBackupSettings(app.ctx, { folder });
    await backupAtStartup(app.ctx);
    expect(kinds(await backupsIn(folder))).toEqual(['daily']);
    await backupAtStartup(app.ctx);
    expect(await backupsIn(folder)).toHaveLength(1);
    const tomorrow = await reopenedAt(app.dataDir, app.ctx.clock.now() + day + 1000, app);
    await backupAtStartup(tomorrow.ctx);
    expect(kinds(await backupsIn(folder))).toEqual(['daily', 'daily']);
  });

  it('when the app starts on its thread with autoBackup, as the desktop app and npm run web do', { timeout: 60_000 }, async () => {
    const dataDir = join(tempDir(), 'data');
    const backend = await startBackend({ dataDir, init: 'default', autoBackup: true });
    try {
      const folder = defaultBackupFolder(dataDir);
      await expect
        .poll(() => (existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith('.waiban-backup')) : []), {
          timeout: 45_000,
          interval: 250,
        })
        .toHaveLength(1);
      const status = await backend.dispatch('backup.status', {});
      expect(status).toMatchObject({ ok: true, value: { folder, last: { kind: 'daily', state: 'complete' }, failure: null } });
    } finally {
      await backend.close();
    }
  });

  it('that failed is shown until one succeeds, and the work it preceded goes on', async () => {
    const app = await tempApp();
    const notAFolder = join(tempDir(), 'file');
    writeFileSync(notAFolder, 'x');
    setBackupSettings(app.ctx, { folder: join(notAFolder, 'backups') });
    await backupAtStartup(app.ctx);
    const failed = await app.call('backup.status', {});
    expect(failed.failure?.en).toMatch(/ENOTDIR|not a directory/);
    expect(failed.last).toBeNull();
    setBackupSettings(app.ctx, { folder: tempDir() });
    await backupAtStartup(app.ctx);
    expect((await app.call('backup.status', {})).failure).toBeNull();
  });

  it('before every migration, of the database as it was; beside the data folder when the chosen folder cannot be written', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const notAFolder = join(tempDir(), 'file');
    writeFileSync(notAFolder, 'x');
    setBackupSettings(app.ctx, { folder: join(notAFolder, 'backups') });
    const { dataDir } = app;
    closeApp(app);
    // As a database of the version before the last migration: its tables and columns taken out, its row forgotten.
    const last = knownMigrations.at(-1)!;
    const added = await addedBy(last);
    const db = new BetterSqlite3(join(dataDir, 'waiban.sqlite'));
    for (const table of added.tables) db.exec(`DROP TABLE IF EXISTS "${table}"`);
    for (const [table, column] of added.columns) db.exec(`ALTER TABLE "${table}" DROP COLUMN "${column}"`);
    db.prepare('DELETE FROM "kysely_migration" WHERE "name" = ?').run(last);
    db.close();
    const reopened = await openApp({ dataDir });
    try {
      const [backup] = await backupsIn(defaultBackupFolder(dataDir));
      expect(backup).toMatchObject({ kind: 'before-migration', state: 'complete', records: { partner: 1 } });
      expect(reopened.ctx.sqlite.prepare('SELECT count(*) FROM "kysely_migration" WHERE "name" = ?').pluck().get(last)).toBe(1);
      // Opened again, nothing is pending: no more backups.
      reopened.close();
      (await openApp({ dataDir })).close();
      expect(await backupsIn(defaultBackupFolder(dataDir))).toHaveLength(1);
    } finally {
      reopened.close();
    }
  });

  it('before a bundle or spreadsheet import of more new changes than the office set, and not before a smaller one or a preview', async () => {
    const office = await tempApp();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    await enrolAtOffice(office, laptop);
    const folder = tempDir();
    setBackupSettings(office.ctx, { folder, importThreshold: 5 });
    for (let i = 0; i < 6; i++)
      await laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: `法学院伙伴${i}`, department: 'LAW' }) });
    const file = join(tempDir(), 'law.waiban');
    await exportBundle(laptop.ctx, { out: file, to: 'office' });
    const upload = { file: office.pick(file) };
    await office.call('sync.preview', upload);
    expect(await backupsIn(folder)).toEqual([]);
    await office.call('sync.import', upload);
    const [before] = await backupsIn(folder);
    expect(before).toMatchObject({ kind: 'before-import', records: { partner: 0 } });
    // The same bundle again brings nothing new: no backup.
    await office.call('sync.import', upload);
    expect(await backupsIn(folder)).toHaveLength(1);

    const sheet = (rows: number) => {
      const path = join(tempDir(), `partners-${rows}.csv`);
      writeFileSync(
        path,
        csvBytes([['中文名称', '国家/地区', '城市'], ...Array.from({ length: rows }, (_, i) => [`表格伙伴${rows}-${i}`, 'GB', '伦敦'])]),
      );
      return { register: 'partner', file: office.pick(path) };
    };
    await office.call('xlsx.import', sheet(3));
    expect(await backupsIn(folder)).toHaveLength(1);
    await office.call('xlsx.preview', sheet(8));
    expect(await backupsIn(folder)).toHaveLength(1);
    await office.call('xlsx.import', sheet(8));
    expect((await backupsIn(folder)).map((b) => b.records?.partner)).toEqual([9, 0]);
  });
});

describe('the retention rule over a backup folder', () => {
  it('deletes the automatic backups of this installation it does not keep, and nothing else', async () => {
    const app = await tempApp();
    const other = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const folder = tempDir();
    const start = app.ctx.clock.now();
    for (let i = 0; i < 6; i++) {
      const when = await reopenedAt(app.dataDir, start + i * day);
      await backupOf(when, folder, 'daily');
      closeApp(when);
    }
    const manual = await backupOf(other, folder, 'manual');
    const othersDaily = await backupOf(other, folder, 'daily');
    writeFileSync(join(folder, 'waiban-damaged.waiban-backup'), 'not a zip');
    const before = await backupsIn(folder);
    const ours = before.filter((b) => b.installation?.id === app.ctx.self.id).map((b) => b.file);
    const dropped = await pruneBackups(folder, app.ctx.self.id, { daily: 2, weekly: 0, monthly: 0 }, start + 5 * day + 1000);
    expect(dropped.sort()).toEqual(ours.slice(2).sort());
    expect(readdirSync(folder).sort()).toEqual([...ours.slice(0, 2), manual.file, othersDaily.file, 'waiban-damaged.waiban-backup'].sort());
  });
});
