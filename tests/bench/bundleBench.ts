import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { registerOf } from '../../src-main/services/context';
import { openApp, type WaibanApp } from '../../src-main/app/openApp';
import { blankValues } from '../../src-main/services/demo/agreements';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { enrol } from '../../src-main/services/trust/enrol';
import { writeJoinRequest } from '../../src-main/services/trust/joinRequest';
import { figure, type Figure } from './figures';
import { immediateTransactionsMs, longestBlockMs } from './eventLoop';
import { phasePeakMb, sampleRss, startPhase } from './memory';
import { note, step } from './progress';
import { lastRowid, rawInsert, rowsAfter, storedRows } from './rawBaseline';
import { storageFloor } from './storageFloor';
import { createRecords } from '../../src-main/services/recordCommands';

/**
 * Issue 3's bundle figures: a department laptop holding N partners of its department exports them to the
 * office (seal the segments, sign, zip) and the office imports them (verify signatures and hashes, check
 * scope, merge in one transaction). Each is divided by R_insert of the same partner rows measured in this run,
 * so the ratios are comparable across machines. The import is also held against its storage floor: the rows it stored,
 * inserted raw into the same tables with their indexes and search index, so what is the schema's cost and what is the
 * import's own work can be told apart. Targets (issue 3, at 100k): each <= 2.5x R_insert, added memory
 * <= 500 MB, and no block over 50 ms of the thread that serves the window: the same export and import run again on
 * copies of both folders through the backend thread, as the desktop app and the web host run them, while the thread
 * that relays (in the app, Electron's main process or the web host) measures its own longest block. The backend's own event loop
 * and the import's one write transaction, which is synchronous by design, are reported beside it.
 */

const target = 2.5;

export async function enrolled(root: string): Promise<{ office: WaibanApp; laptop: WaibanApp }> {
  const office = await openApp({ dataDir: join(root, 'office'), init: 'default' });
  const laptop = await openApp({ dataDir: join(root, 'laptop'), init: { name: '法学院联络员', role: 'department', departments: ['LAW'] } });
  const request = join(root, 'join.waiban');
  const bundle = join(root, 'enrolment.waiban');
  await writeJoinRequest(laptop.ctx, request);
  await enrol(office.ctx, request, { yes: true }, bundle);
  await importBundle(laptop.ctx, bundle, { confirmOffice: { yes: true } });
  return { office, laptop };
}

const partners = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const data = {
      ...blankValues('partner'),
      nameZh: `合作院校${i}`,
      nameOriginal: `Partner University ${i}`,
      country: 'GB',
      city: '伦敦',
      department: 'LAW',
    };
    return { department: 'LAW', data };
  });

/** A copy of an app's data folder as it is now: its WAL folded into the database first, so the copy is whole. */
function copyOf(app: WaibanApp, to: string): string {
  app.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  cpSync(app.dataDir, to, { recursive: true });
  return to;
}

/**
 * The export (from a copy of the laptop) and the import of its bundle (into a copy of the office) as the app runs
 * them, timed in a process of their own (windowThread.ts): like Electron's main process it holds nothing but the
 * relay, where this one holds the bench's own garbage, whose collection would be counted as the app's block.
 */
function windowThreadBlocks(laptopDir: string, officeDir: string, file: string, records: number): { exportMs: number; importMs: number } {
  const script = join(import.meta.dirname, 'windowThread.ts');
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, laptopDir, officeDir, file, String(records)], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`the window-thread measurement failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as { exportMs: number; importMs: number };
}

interface Measured {
  ms: number;
  addedMb: number;
  longestBlockMs: number;
}

/** Wall time, memory added on top of what was resident before, and the event loop's longest block. */
async function measured(work: () => Promise<unknown>): Promise<Measured> {
  const startMb = startPhase();
  const { ms, longestBlockMs: block } = await longestBlockMs(work);
  return { ms, addedMb: phasePeakMb() - startMb, longestBlockMs: block };
}

async function figuresAt(records: number, scratchDir: string): Promise<Figure[]> {
  const root = join(scratchDir, `bundle-${records}`);
  mkdirSync(root, { recursive: true });
  const { office, laptop } = await enrolled(root);
  try {
    await step(`laptop writes ${records} partners`, () =>
      createRecords(laptop.ctx, laptop.writer, registerOf('partner'), partners(records)),
    );
    sampleRss();
    const raw = await step(`raw better-sqlite3 insert of the same ${records} partner rows (5 runs)`, () => {
      const { columns, rows } = storedRows(laptop, 'partner');
      return rawInsert(root, 'partner', columns, rows);
    });
    const laptopCopy = copyOf(laptop, join(root, 'laptop-copy'));
    const officeCopy = copyOf(office, join(root, 'office-copy'));
    const file = join(root, 'laptop-to-office.waiban');
    const exported = await step(`export ${records} changes to the office`, () =>
      measured(() => exportBundle(laptop.ctx, { out: file, to: 'office' })),
    );
    note(`  bundle: ${(statSync(file).size / (1024 * 1024)).toFixed(1)} MB`);
    // What the import stores, for its storage floor: the tables it fills, as they stood before it.
    const stored = ['partner', 'changeLog', 'receivedSegment'];
    const before = new Map(stored.map((t) => [t, lastRowid(office, t)]));
    let added = 0;
    let transactionsMs: number[] = [];
    const imported = await step(`import ${records} changes at the office`, () =>
      measured(async () => {
        const timed = await immediateTransactionsMs(office.ctx.sqlite, () => importBundle(office.ctx, file));
        added = timed.value.newChanges;
        transactionsMs = timed.transactionsMs;
      }),
    );
    if (added !== records) throw new Error(`the office took ${added} changes, not ${records}`);
    if (transactionsMs.length !== 1) throw new Error(`the import ran ${transactionsMs.length} write transactions, not one`);
    const floor = await step(`storage floor: the rows the import stored, inserted raw into the same schema (3 runs)`, () =>
      storageFloor(office, root, new Map(stored.map((t) => [t, rowsAfter(office, t, before.get(t)!)]))),
    );
    const windowThread = await step(
      `export and import ${records} again through the backend thread, timing the thread that relays`,
      async () => windowThreadBlocks(laptopCopy, officeCopy, file, records),
    );
    // The targets are set at 100k; smaller runs show the trend without one.
    const goal = records >= 100_000 ? target : null;
    const k = records >= 1000 ? `${Math.round(records / 1000)}k` : String(records);
    return [
      figure(`bundle_${k}_raw_insert_ms`, raw, 'ms'),
      figure(`bundle_${k}_export_ms`, exported.ms, 'ms'),
      figure(`bundle_${k}_export_ratio`, exported.ms / raw, 'ratio', goal),
      figure(`bundle_${k}_export_added_mb`, exported.addedMb, 'MB', goal && 500),
      figure(`bundle_${k}_export_window_thread_longest_block_ms`, windowThread.exportMs, 'ms', goal && 50),
      figure(`bundle_${k}_export_backend_event_loop_longest_block_ms`, exported.longestBlockMs, 'ms'),
      figure(`bundle_${k}_import_ms`, imported.ms, 'ms'),
      figure(`bundle_${k}_import_ratio`, imported.ms / raw, 'ratio', goal),
      figure(`bundle_${k}_import_storage_floor_ms`, floor, 'ms'),
      figure(`bundle_${k}_import_storage_floor_ratio`, floor / raw, 'ratio'),
      figure(`bundle_${k}_import_over_storage_floor_ratio`, imported.ms / floor, 'ratio'),
      figure(`bundle_${k}_import_added_mb`, imported.addedMb, 'MB', goal && 500),
      figure(`bundle_${k}_import_window_thread_longest_block_ms`, windowThread.importMs, 'ms', goal && 50),
      figure(`bundle_${k}_import_backend_event_loop_longest_block_ms`, imported.longestBlockMs, 'ms'),
      figure(`bundle_${k}_import_write_transaction_ms`, transactionsMs[0]!, 'ms'),
    ];
  } finally {
    laptop.close();
    office.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/** 10k and the run's record count (100k by default). */
export async function bundleFigures(records: number, scratchDir: string): Promise<Figure[]> {
  const sizes = [...new Set([Math.min(10_000, records), records])];
  const all: Figure[] = [];
  for (const n of sizes) all.push(...(await figuresAt(n, scratchDir)));
  return all;
}
