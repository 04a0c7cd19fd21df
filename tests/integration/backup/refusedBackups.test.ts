import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { backupManifestName, snapshotName, type BackupManifest } from '../../../src-main/core/backup/manifest';
import { backupOf, restoreInto } from '../../support/backups';
import { entriesOf, replacing, zipOf, type RawEntry } from '../../support/bundles';
import { waiban } from '../../support/cli';
import { suiteDir } from '../../support/manyRecords';
import { tableContents } from '../../support/syncPair';
import { attach, closeApp, partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

let good: string;
let entries: RawEntry[];

beforeAll(async () => {
  const app = await tempApp('default', join(suiteDir(), 'data'));
  await app.call('records.put', { register: 'partner', values: partnerValues() });
  await attach(app, '协议.pdf', 'signed agreement');
  good = (await backupOf(app, suiteDir())).path;
  closeApp(app);
  entries = await entriesOf(good);
}, 60_000);

/** The manifest's entry for the snapshot made to match changed bytes, as a forger (or a careless repair) would. */
const withManifestFor = (list: RawEntry[], snapshot: Buffer): RawEntry[] =>
  replacing(
    replacing(list, snapshotName, () => snapshot),
    backupManifestName,
    (bytes) => {
      const m = JSON.parse(bytes.toString('utf8')) as BackupManifest;
      m.database = { ...m.database, size: snapshot.length, sha256: createHash('sha256').update(snapshot).digest('hex') };
      return Buffer.from(JSON.stringify(m));
    },
  );

/** Everything a data folder holds, to show a refused restore changed nothing. */
function folderState(app: TestApp) {
  const files = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : []);
  return {
    tables: tableContents(app),
    files: files(join(app.dataDir, 'files')),
    keys: files(join(app.dataDir, 'keys')),
    top: readdirSync(app.dataDir).sort(),
  };
}

async function refusedOver(backup: string): Promise<AppError> {
  const app = await tempApp();
  await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '现有数据' }) });
  const before = folderState(app);
  const keptIn = tempDir();
  const err = await restoreInto(app.dataDir, backup, app.ctx.clock.now() + 1000, keptIn).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(folderState(app)).toEqual(before);
  // Refused before anything was replaced: nothing was even backed up first.
  expect(readdirSync(keptIn)).toEqual([]);
  return err as AppError;
}

describe('a restore refuses a backup that is not whole, and changes nothing', () => {
  it('truncated (a copy that stopped part-way)', async () => {
    const bytes = readFileSync(good);
    const file = join(tempDir(), 'truncated.waiban-backup');
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const err = await refusedOver(file);
    expect(err.code).toBe('BAD_BACKUP');
    expect(err.localized.zh).toContain('已损坏或不完整');
    expect(err.localized.en).toContain('nothing was changed');
  });

  it('a byte changed in the database', async () => {
    const file = await zipOf(
      replacing(entries, snapshotName, (b) => Buffer.concat([b.subarray(0, 5000), Buffer.from([b[5000]! ^ 0xff]), b.subarray(5001)])),
      tempDir(),
      'flipped.waiban-backup',
    );
    const err = await refusedOver(file);
    expect(err.code).toBe('BAD_BACKUP');
    expect(err.localized.en).toContain(`${snapshotName} does not match its hash`);
  });

  it('a damaged database whose hash was made to match', async () => {
    const snapshot = Buffer.from(entries.find((e) => e.path === snapshotName)!.bytes);
    // Scribble over the b-tree pages after the first two.
    for (let page = 2; page * 4096 < snapshot.length; page += 3) snapshot.fill(0xa5, page * 4096, page * 4096 + 64);
    const err = await refusedOver(await zipOf(withManifestFor(entries, snapshot), tempDir(), 'scribbled.waiban-backup'));
    expect(err.code).toBe('BAD_BACKUP');
    expect(err.localized.en).toContain('not a whole Waiban database');
  });

  it('a document missing, or one more entry than its manifest lists', async () => {
    const document = entries.find((e) => e.path.startsWith('files/'))!;
    const missing = await refusedOver(
      await zipOf(
        entries.filter((e) => e !== document),
        tempDir(),
        'missing.waiban-backup',
      ),
    );
    expect(missing.localized.en).toContain(`${document.path} is missing`);
    const extra = await refusedOver(
      await zipOf([...entries, { path: 'files/extra', bytes: Buffer.from('x') }], tempDir(), 'extra.waiban-backup'),
    );
    expect(extra.localized.en).toContain('an entry the manifest does not list: files/extra');
  });

  it('not a backup at all: a bundle, or any other file', async () => {
    const err = await refusedOver(await zipOf([{ path: 'manifest.json', bytes: Buffer.from('{}') }], tempDir(), 'bundle.waiban-backup'));
    expect(err.localized.en).toContain('not a Waiban backup');
    const other = join(tempDir(), 'notes.waiban-backup');
    writeFileSync(other, 'not a zip');
    expect((await refusedOver(other)).code).toBe('BAD_BACKUP');
  });

  it('written by a newer version of Waiban', async () => {
    const app = await tempApp();
    app.ctx.sqlite
      .prepare('INSERT INTO "kysely_migration" ("name", "timestamp") VALUES (?, ?)')
      .run('9999_from_the_future', new Date().toISOString());
    const newer = await backupOf(app);
    const err = await refusedOver(newer.path);
    expect(err.code).toBe('DB_NEWER_VERSION');
    expect(err.localized.zh).toContain('请先升级本软件再恢复');
  });

  it("on the command line: a one-line reason in the terminal's language, exit code 1", async () => {
    const app = await tempApp();
    const dataDir = app.dataDir;
    closeApp(app);
    const bytes = readFileSync(good);
    const file = join(tempDir(), 'truncated.waiban-backup');
    writeFileSync(file, bytes.subarray(0, bytes.length - 100));
    const en = waiban(dataDir, ['backup', 'restore', file, '--yes']);
    expect(en.code).toBe(1);
    expect(en.err).toMatch(/^waiban: The backup file truncated\.waiban-backup is damaged or incomplete .* nothing was changed\.\n$/);
    const zh = waiban(dataDir, ['backup', 'verify', file], undefined, { WAIBAN_LANG: 'zh_CN' });
    expect(zh.code).toBe(1);
    expect(zh.err).toContain('备份文件 truncated.waiban-backup 已损坏或不完整');
  });
});
