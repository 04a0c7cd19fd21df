import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { startWaiban } from '../../support/cli';
import { afterMs, fileIn, killAt, onceFileReaches, onceItReports, type KillPoint } from '../../support/killed';
import { addManyLawPartners, copyOf, suiteDir } from '../../support/manyRecords';
import { syncPair } from '../../support/syncPair';
import { closeApp, fixedNow, tempDir } from '../../support/tempApp';

/** Enough that sealing, signing and zipping take a while, and the zip is written in many chunks. */
const records = 10_000;

let laptop: string;
let reference: Buffer;
let uninterruptedMs: number;

/**
 * `waiban export --to office` from a copy of the laptop's data folder into an empty folder, killed at the
 * point. Every run reads the same clock, so the manifest's creation time cannot tell two runs apart: only
 * what the data folder holds can.
 */
async function exported(dataDir: string, point?: (out: string, dataDir: string) => KillPoint, dir = tempDir()) {
  const out = join(dir, 'laptop.waiban');
  const child = startWaiban(dataDir, ['export', '--to', 'office', '--out', out], { clockAt: fixedNow });
  const run = await killAt(child, point?.(out, dataDir));
  return { dir, out, run, pid: child.pid };
}

const partFile = (out: string) => fileIn(dirname(out), (name) => name.endsWith('.part'));

beforeAll(async () => {
  const s = await syncPair();
  addManyLawPartners(s.laptop, records);
  closeApp(s.laptop);
  laptop = copyOf(s.laptop.dataDir, join(suiteDir(), 'laptop'));
  const clean = await exported(copyOf(laptop, tempDir()));
  expect(clean.run.stderr).toBe('');
  expect(clean.run.stdout).toContain(`${records} changes`);
  uninterruptedMs = clean.run.elapsedMs;
  reference = readFileSync(clean.out);
}, 60_000);

/**
 * Kills an export on a fresh copy of the laptop's data folder, then checks what a user finds: at the bundle's
 * name either nothing or the whole bundle, beside it at most the killed process's temporary file, and an export
 * run again that writes the very bundle an uninterrupted export of the same data folder wrote.
 */
async function killedThenExportedAgain(point: (out: string, dataDir: string) => KillPoint) {
  const dataDir = copyOf(laptop, tempDir());
  const first = await exported(dataDir, point);
  const completed = existsSync(first.out);
  if (completed) expect(readFileSync(first.out).equals(reference)).toBe(true);
  const left = readdirSync(first.dir).filter((name) => name !== 'laptop.waiban');
  expect(
    left.every((name) => name === `laptop.waiban.${first.pid}.part`),
    left.join(', '),
  ).toBe(true);
  // Again into the same folder when nothing was written: the killed export's temporary file is cleared away.
  const again = await exported(dataDir, undefined, completed ? tempDir() : first.dir);
  expect(again.run.stderr).toBe('');
  expect(again.run.code).toBe(0);
  expect(readFileSync(again.out).equals(reference)).toBe(true);
  expect(readdirSync(again.dir).filter((name) => name.endsWith('.part'))).toEqual([]);
  return { killed: first.run.killed, completed, left };
}

describe('waiban export killed part-way (SIGKILL)', () => {
  it(
    'leaves no bundle while its temporary file is being written, and the export run again is byte-identical',
    { timeout: 30_000 },
    async () => {
      const r = await killedThenExportedAgain((out) => onceFileReaches('the temporary bundle', partFile(out), 0));
      expect(r).toMatchObject({ killed: true, completed: false });
    },
  );

  it(
    'leaves no bundle when killed while sealing its segments (-wal at 1 MB), and the export run again is byte-identical',
    { timeout: 30_000 },
    async () => {
      const r = await killedThenExportedAgain((_, dataDir) =>
        onceFileReaches('the -wal', () => join(dataDir, 'waiban.sqlite-wal'), 1 << 20),
      );
      expect(r).toMatchObject({ killed: true, completed: false, left: [] });
    },
  );

  it(
    'leaves the whole bundle when killed after its report, and the export run again writes the same bytes',
    { timeout: 30_000 },
    async () => {
      const r = await killedThenExportedAgain(() => onceItReports);
      expect(r).toMatchObject({ killed: true, completed: true, left: [] });
    },
  );

  for (const share of [0.4, 0.7, 0.9]) {
    it(
      `leaves nothing or the whole bundle when killed at ${Math.round(share * 100)}% of an uninterrupted export's time`,
      { timeout: 30_000 },
      async () => {
        await killedThenExportedAgain(() => afterMs(uninterruptedMs * share));
      },
    );
  }
});
