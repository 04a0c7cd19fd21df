import BetterSqlite3 from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { canonicalJson } from '../../../src-main/core/bundle/canonicalJson';
import { registers } from '../../../src-main/core/registers';
import { openApp } from '../../../src-main/app/openApp';
import { databaseFile, keyFile } from '../../../src-main/services/dataDir';
import { addDemoData } from '../../../src-main/services/demo';
import { backupFolder } from '../../../src-main/services/backup/backups';
import { restoreBackup } from '../../../src-main/services/backup/restore';
import { permissionWarnings } from '../../../src-main/services/filePermissions';
import { buildFromDamaged, rebuiltFile, swapRebuilt } from '../../../src-main/services/repair/rebuild';
import { damageTable } from '../../support/damage';
import { syncBothWays } from '../../support/syncOffice';
import { closeApp, partnerValues, tempApp, tempDir, testFiles, type TestApp } from '../../support/tempApp';
import { csvBytes } from '../../support/xlsxWrite';
import { waiban } from '../../support/cli';

/**
 * A row with its JSON columns in canonical form: a local save keeps a table's or a file's keys in the order the form
 * sent them, while the change log (and so a rebuild, or another installation importing the change) holds them sorted.
 */
const canonicalRow = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^[[{]/.test(v) ? canonicalJson(JSON.parse(v) as FieldValue) : v]),
  );

/** Every register table's rows (rowid aside: the order rows were first written in), links, conflict heads, by id. */
function registerState(file: string): Record<string, unknown[]> {
  // Not read-only: FTS5's integrity check is asked for with an INSERT, though it writes nothing.
  const db = new BetterSqlite3(file);
  try {
    const state: Record<string, unknown[]> = {};
    for (const def of registers) {
      state[def.name] = (db.prepare(`SELECT * FROM "${def.name}" ORDER BY "id"`).all() as Record<string, unknown>[]).map(canonicalRow);
      state[`${def.name}:links`] = db
        .prepare(
          `SELECT l."field", l."value", t."id" FROM "recordLink" l JOIN "${def.name}" t ON t.rowid = l."row" WHERE l."register" = ? ORDER BY t."id", l."field", l."value"`,
        )
        .all(def.name);
      // The search index holds exactly the rows' search text (FTS5 checks an external-content index against its table).
      db.prepare(`INSERT INTO "${def.name}_fts" ("${def.name}_fts", "rank") VALUES ('integrity-check', 1)`).run();
    }
    state.conflictHead = db.prepare('SELECT * FROM "conflictHead" ORDER BY "recordId", "changeId"').all();
    return state;
  } finally {
    db.close();
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const clock = { now: () => Date.parse('2026-11-28T10:00:00+08:00') };

/** An office with demo data, an edit, a deletion and a conflict from its laptop: every way a record comes to be. */
async function busyOffice() {
  const s = await syncBothWays();
  addDemoData(s.office.ctx, s.office.writer, 60);
  const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
  await s.importAtOffice(await s.exportLaptop());
  s.acknowledge();
  await s.office.call('records.put', { register: 'partner', id: p.id, values: { city: '办公室改的' } });
  await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '学院改的', nameOriginal: 'UCL' } });
  await s.importAtOffice(await s.exportLaptop());
  const gone = await s.office.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '将删除的伙伴' }) });
  await s.office.call('records.delete', { register: 'partner', id: gone.id });
  const other = await s.office.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '另一所伙伴院校' }) });
  expect(await s.office.call('conflicts.list', {})).toHaveLength(1);
  return { ...s, conflicted: p.id, other: other.id };
}

/** Closes an app, damages a leaf page of one of its tables, and opens it again as a transport would. */
async function damaged(app: TestApp, table: string) {
  const { dataDir } = app;
  closeApp(app);
  damageTable(databaseFile(dataDir), table, 1, 1);
  const reopened = await openApp({ dataDir, clock });
  const files = testFiles();
  return { app: reopened, files, send: (channel: string, input: unknown) => files.dispatch(reopened.dispatch, channel, input) };
}

describe('a database with damaged pages', () => {
  it(
    'is reported on open, read as far as it can be, and refuses every write road without changing a byte',
    { timeout: 180_000 },
    async () => {
      const s = await busyOffice();
      const bundle = await s.exportLaptop('later.waiban');
      const before = await s.office.call('records.get', { register: 'partner', id: s.conflicted });
      const { app, files, send } = await damaged(s.office, 'delegation');
      try {
        expect(app.health).toMatchObject({ damaged: true, fullCheck: false });
        expect(app.health.report.length).toBeGreaterThan(0);
        const info = await send('app.info', {});
        expect(info).toMatchObject({ ok: true, value: { readOnly: true, health: { damaged: true } } });

        expect(await send('records.get', { register: 'partner', id: s.conflicted })).toMatchObject({
          ok: true,
          value: { values: before.values },
        });
        expect(await send('records.list', { register: 'person' })).toMatchObject({ ok: true });

        const file = databaseFile(app.dataDir);
        const bytes = sha(file);
        const stored = readdirSync(join(app.dataDir, 'files')).length;
        const csv = join(tempDir(), 'partners.csv');
        writeFileSync(
          csv,
          csvBytes([
            ['中文名称', '国家/地区', '城市'],
            ['表格伙伴', 'GB', '伦敦'],
          ]),
        );
        const doc = join(tempDir(), 'scan.txt');
        writeFileSync(doc, 'a passport scan');
        const writes: [string, unknown][] = [
          ['records.put', { register: 'partner', values: partnerValues({ nameZh: '损坏后新建' }) }],
          ['records.put', { register: 'partner', id: s.other, values: { city: '改' } }],
          ['records.delete', { register: 'partner', id: s.other }],
          ['xlsx.import', { register: 'partner', file: files.pick(csv) }],
          ['xlsx.preview', { register: 'partner', file: files.pick(csv) }],
          ['sync.import', { file: files.pick(bundle) }],
          ['files.put', { file: files.pick(doc) }],
          ['settings.set', { locale: 'en' }],
        ];
        for (const [channel, input] of writes) {
          const r = await send(channel, input);
          expect(r, channel).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
          if (!r.ok) expect(r.error.message.zh).toContain('只读');
        }
        expect(sha(file)).toBe(bytes);
        expect(readdirSync(join(app.dataDir, 'files'))).toHaveLength(stored);

        // The copy is the file as it is, damaged pages and all.
        const copy = join(tempDir(), 'copy.sqlite');
        expect(await send('repair.saveCopy', { target: files.saveTo(copy) })).toMatchObject({ ok: true });
        expect(sha(copy)).toBe(bytes);
        expect(statSync(copy).mode & 0o777).toBe(0o600);
      } finally {
        app.close();
      }
    },
  );

  it('is refused on open, saying how to rebuild, when a migration is still to run on it', async () => {
    const app = await tempApp();
    const { dataDir } = app;
    closeApp(app);
    const db = new BetterSqlite3(databaseFile(dataDir));
    db.prepare('DELETE FROM "kysely_migration" WHERE "name" = (SELECT max("name") FROM "kysely_migration")').run();
    db.close();
    damageTable(databaseFile(dataDir), 'changeLog', 1, 0);
    const bytes = sha(databaseFile(dataDir));
    await expect(openApp({ dataDir, clock })).rejects.toMatchObject({
      code: 'DB_DAMAGED',
      message: expect.stringContaining('waiban repair rebuild'),
    });
    expect(sha(databaseFile(dataDir))).toBe(bytes);
  });

  it(
    'is rebuilt from the change log: every record back as it was, the damaged file kept beside the new one',
    { timeout: 180_000 },
    async () => {
      const s = await busyOffice();
      const dataDir = s.office.dataDir;
      closeApp(s.office);
      const original = registerState(databaseFile(dataDir));
      const reopened = await openApp({ dataDir, clock });
      const office = Object.assign(reopened, {}) as unknown as TestApp;
      const { app } = await damaged(office, 'partner');
      const damagedBytes = sha(databaseFile(dataDir));
      const progress: string[] = [];
      const r = await app.dispatch('repair.rebuild', { confirmed: true }, (p) => progress.push(p.stage));
      app.close();
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      const report = r.value as { keptAs: string; changes: number; backup: object; records: Record<string, number> };
      expect(report.backup).toHaveProperty('failed');
      // The reason in a line, not the backup thread's stack.
      expect(JSON.stringify(report.backup)).not.toMatch(/ at \S+ \(/);
      expect(progress).toContain('write');
      swapRebuilt(dataDir, report.keptAs);
      expect(sha(join(dataDir, report.keptAs))).toBe(damagedBytes);
      expect(registerState(databaseFile(dataDir))).toEqual(original);

      const again = await openApp({ dataDir, clock });
      try {
        expect(again.health.damaged).toBe(false);
        const files = testFiles();
        expect(
          await files.dispatch(again.dispatch, 'records.put', { register: 'partner', values: partnerValues({ nameZh: '重建后新建' }) }),
        ).toMatchObject({ ok: true });
        expect(await files.dispatch(again.dispatch, 'conflicts.list', {})).toMatchObject({
          ok: true,
          value: [{ id: s.conflicted, versions: 2 }],
        });
      } finally {
        again.close();
      }
    },
  );

  it('rebuilt while sound comes out equal to the original, table by table and row by row', { timeout: 180_000 }, async () => {
    const s = await busyOffice();
    const dataDir = s.office.dataDir;
    closeApp(s.office);
    await buildFromDamaged({ dataDir, clock });
    expect(registerState(rebuiltFile(dataDir))).toEqual(registerState(databaseFile(dataDir)));
    const laptopDir = s.laptop.dataDir;
    closeApp(s.laptop);
    await buildFromDamaged({ dataDir: laptopDir, clock });
    expect(registerState(rebuiltFile(laptopDir))).toEqual(registerState(databaseFile(laptopDir)));
  });

  it(
    'loses only the change log’s unreadable rows: records whose changes survive come back, the rest are counted',
    { timeout: 180_000 },
    async () => {
      const app = await tempApp();
      addDemoData(app.ctx, app.writer, 200);
      const { dataDir } = app;
      closeApp(app);
      const original = registerState(databaseFile(dataDir));
      damageTable(databaseFile(dataDir), 'changeLog', 1, 3);
      const lost = new Set<string>();
      const report = await buildFromDamaged({ dataDir, clock });
      expect(Object.keys(report.unreadable)).toEqual(['changeLog']);
      const rebuilt = registerState(rebuiltFile(dataDir));
      for (const def of registers) {
        const ids = new Set((rebuilt[def.name] as { id: string }[]).map((r) => r.id));
        for (const row of original[def.name] as { id: string }[]) if (!ids.has(row.id)) lost.add(row.id);
        // A record that came back is exactly as it was.
        const kept = (original[def.name] as { id: string }[]).filter((row) => ids.has(row.id));
        expect(rebuilt[def.name]).toEqual(kept);
      }
      expect(lost.size).toBeGreaterThan(0);
      expect(lost.size).toBeLessThan(report.changes);
    },
  );
});

describe('an unclean stop', () => {
  it('is found by the marker a session leaves while open, and the next open runs the full integrity check', async () => {
    const app = await tempApp();
    const { dataDir } = app;
    expect(readdirSync(dataDir)).toContain(`.open-${process.pid}`);
    expect(app.health.fullCheck).toBe(false);
    closeApp(app);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.open-'))).toEqual([]);
    // A process that died with the database open (no such process runs).
    writeFileSync(join(dataDir, '.open-999999999'), '');
    const after = await openApp({ dataDir, clock });
    expect(after.health).toMatchObject({ damaged: false, fullCheck: true });
    after.close();
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.open-'))).toEqual([]);
  });
});

describe('waiban repair', () => {
  it('checks and rebuilds a damaged data folder, and every other command says it is damaged on stderr', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 40);
    const { dataDir } = app;
    closeApp(app);
    damageTable(databaseFile(dataDir), 'person', 1, 0);
    const stats = waiban(dataDir, ['stats']);
    expect(stats.err).toContain('waiban: The database file is damaged');
    expect(waiban(dataDir, ['repair', 'check'])).toMatchObject({ code: 1, out: expect.stringContaining('waiban repair rebuild') });
    expect(waiban(dataDir, ['repair', 'rebuild'])).toMatchObject({ code: 1, err: expect.stringContaining('--yes') });
    const rebuilt = waiban(dataDir, ['repair', 'rebuild', '--yes']);
    expect(rebuilt).toMatchObject({ code: 0, out: expect.stringContaining('The damaged database is kept as waiban.sqlite.damaged-') });
    expect(waiban(dataDir, ['stats']).err).toBe('');
    chmodSync(databaseFile(dataDir), 0o644);
    expect(waiban(dataDir, ['stats']).err).toBe(
      `waiban: The database (it holds passport numbers) ${databaseFile(dataDir)} has mode 644: other accounts on this computer can read it. Run chmod 600 '${databaseFile(dataDir)}'.\n`,
    );
  }, 300_000);
});

describe('the data folder’s permissions', () => {
  it('are the user’s alone when made: folder 0700, database and key 0600', async () => {
    const app = await tempApp();
    expect(statSync(app.dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(databaseFile(app.dataDir)).mode & 0o777).toBe(0o600);
    expect(statSync(keyFile(app.dataDir)).mode & 0o777).toBe(0o600);
    expect(app.health.permissions).toEqual([]);
  });

  it('are the user’s alone for a backup and for a database restored into a new folder', async () => {
    const app = await tempApp();
    const backup = await app.call('backup.create', {});
    const folder = backupFolder(app.ctx);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(statSync(join(folder, backup.file)).mode & 0o777).toBe(0o600);
    const elsewhere = join(tempDir(), 'restored');
    await restoreBackup({ dataDir: elsewhere, file: join(folder, backup.file), folder: tempDir(), now: Date.now() });
    expect(statSync(elsewhere).mode & 0o777).toBe(0o700);
    expect(statSync(databaseFile(elsewhere)).mode & 0o777).toBe(0o600);
  });

  it('are warned of, naming the fix, when the database, key or folder can be read by others', async () => {
    const app = await tempApp();
    const { dataDir } = app;
    chmodSync(databaseFile(dataDir), 0o644);
    chmodSync(keyFile(dataDir), 0o640);
    chmodSync(dataDir, 0o755);
    const warnings = permissionWarnings(dataDir, 'linux');
    expect(warnings.map((w) => [w.path, w.mode, w.fix])).toEqual([
      [dataDir, '755', `chmod 700 '${dataDir}'`],
      [databaseFile(dataDir), '644', `chmod 600 '${databaseFile(dataDir)}'`],
      [keyFile(dataDir), '640', `chmod 600 '${keyFile(dataDir)}'`],
    ]);
    expect(warnings[1]!.message.zh).toContain('护照号码');
    expect(await app.call('app.info', {})).toMatchObject({ health: { permissions: [{ mode: '755' }, { mode: '644' }, { mode: '640' }] } });
    expect(permissionWarnings(dataDir, 'win32')).toEqual([]);
    chmodSync(databaseFile(dataDir), 0o600);
    chmodSync(keyFile(dataDir), 0o600);
    chmodSync(dataDir, 0o700);
    expect(permissionWarnings(dataDir, 'linux')).toEqual([]);
  });
});
