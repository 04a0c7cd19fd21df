import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { startWaiban } from '../../support/cli';
import { afterMs, killAt, onceFileReaches, onceItReports, type KillPoint } from '../../support/killed';
import { addManyLawPartners, copyOf, suiteDir } from '../../support/manyRecords';
import { syncDigest, wholeDigest } from '../../support/syncDigest';
import { syncPair } from '../../support/syncPair';
import { closeApp, tempApp, tempDir } from '../../support/tempApp';
import { setBackupSettings } from '../../../src-main/services/backup/backupSettings';

/** Large enough that the import transaction takes a while (most of a second here) and spills to the -wal as it goes. */
const records = 10_000;

let office: string;
let bundle: string;
let before: ReturnType<typeof syncDigest>;
let wholeBefore: ReturnType<typeof wholeDigest>;
let imported: ReturnType<typeof syncDigest>;
let uninterruptedMs: number;

const wal = (dataDir: string) => join(dataDir, 'waiban.sqlite-wal');

beforeAll(async () => {
  const s = await syncPair();
  addManyLawPartners(s.laptop, records);
  const keep = suiteDir();
  bundle = join(keep, 'laptop.waiban');
  copyFileSync(await s.exportLaptop(), bundle);
  // The import alone is killed: no backup before it (the command line takes one before an import this big).
  setBackupSettings(s.office.ctx, { importThreshold: 10 * records });
  closeApp(s.office);
  office = copyOf(s.office.dataDir, join(keep, 'office'));
  before = syncDigest(office);
  wholeBefore = wholeDigest(office);
  const clean = copyOf(office, join(tempDir(), 'office'));
  const run = await killAt(startWaiban(clean, ['import', bundle]));
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  uninterruptedMs = run.elapsedMs;
  imported = syncDigest(clean);
}, 60_000);

/** Runs `waiban import` on a fresh copy of the office's data folder, killed at the point; the state it left. */
async function killedImport(point: (dataDir: string) => KillPoint) {
  const dataDir = copyOf(office, join(tempDir(), 'office'));
  const run = await killAt(startWaiban(dataDir, ['import', bundle]), point(dataDir));
  const digest = JSON.stringify(syncDigest(dataDir));
  const state =
    digest === JSON.stringify(before) ? 'unchanged' : digest === JSON.stringify(imported) ? 'imported' : `in between: ${digest}`;
  // Unchanged means every table of the database, not only those an import writes.
  if (state === 'unchanged') expect(wholeDigest(dataDir)).toEqual(wholeBefore);
  return { dataDir, run, state };
}

/** Imports the bundle again, as someone would after the crash: it succeeds and arrives where an uninterrupted import does. */
async function reimported(dataDir: string): Promise<number> {
  const app = await tempApp('default', dataDir);
  const { newChanges } = await importBundle(app.ctx, bundle);
  closeApp(app);
  expect(syncDigest(dataDir)).toEqual(imported);
  return newChanges;
}

describe('waiban import killed part-way (SIGKILL)', () => {
  it('would notice a partial import: the uninterrupted import changes the digest of every table it writes', () => {
    expect(imported.changeLog!.rows).toBe(before.changeLog!.rows + records);
    expect(imported.partner!.rows).toBe(before.partner!.rows + records);
    for (const table of ['changeLog', 'partner', 'bundleImport', 'bundleAck', 'receivedSegment'])
      expect(imported[table], table).not.toEqual(before[table]);
  });

  // Inside the one transaction: the -wal has grown by pages not yet committed.
  for (const bytes of [1 << 20, 4 << 20]) {
    it(
      `leaves the database unchanged when killed inside the transaction (-wal at ${bytes >> 20} MB), and a re-import takes everything`,
      { timeout: 30_000 },
      async () => {
        const r = await killedImport((dir) => onceFileReaches('the -wal', () => wal(dir), bytes));
        expect(r.run.killed).toBe(true);
        expect(r.state).toBe('unchanged');
        expect(await reimported(r.dataDir)).toBe(records);
      },
    );
  }

  it('leaves the database unchanged when killed as it opens the database, before the transaction', { timeout: 30_000 }, async () => {
    const r = await killedImport((dir) => onceFileReaches('the -wal', () => wal(dir), 0));
    expect(r.run.killed).toBe(true);
    expect(r.state).toBe('unchanged');
    expect(await reimported(r.dataDir)).toBe(records);
  });

  it(
    'keeps the whole import when killed after it committed and reported, and a re-import finds nothing new',
    { timeout: 30_000 },
    async () => {
      const r = await killedImport(() => onceItReports);
      expect(r.run.killed).toBe(true);
      expect(r.state).toBe('imported');
      expect(await reimported(r.dataDir)).toBe(0);
    },
  );

  // Wherever the kill lands (reading the bundle, verifying, inserting, committing), never anything in between.
  for (const share of [0.35, 0.65, 0.9]) {
    it(
      `is either unchanged or wholly imported when killed at ${Math.round(share * 100)}% of an uninterrupted import's time`,
      { timeout: 30_000 },
      async () => {
        const r = await killedImport(() => afterMs(uninterruptedMs * share));
        expect(['unchanged', 'imported']).toContain(r.state);
        expect(await reimported(r.dataDir)).toBe(r.state === 'unchanged' ? records : 0);
      },
    );
  }
});
