import { statSync } from 'node:fs';
import { openApp, type WaibanApp } from '../../src-main/app/openApp';
import { databaseFile } from '../../src-main/services/dataDir';
import { addDemoAgreements, type Progress } from '../../src-main/services/demo/agreements';
import { addDemoDelegations } from '../../src-main/services/demo/delegations';
import { sampleRss } from './memory';
import { note, step, throttled } from './progress';

/**
 * The app's bulk write path as `waiban demo` drives it, timed: the real app on an empty data dir, the real
 * demo writer in its two phases (partners and agreements; people and delegations), with the seeds
 * `waiban demo` uses.
 */

export interface AppWrite {
  app: WaibanApp;
  /** ChangeWriter.createMany per register: the gate's checks of each record + change log + register table + FTS index + commit. */
  writeMs: Map<string, number>;
  /** Partners and agreements as a whole: generating the objects in JS and writing them. */
  agreementsDemoMs: number;
  /** People and delegations as a whole, likewise. */
  delegationsDemoMs: number;
  /** The database once it holds the partners and agreements, before people and delegations. */
  agreementsDbMb: number;
  /** The database with everything. */
  totalDbMb: number;
}

/** Database size after folding the WAL back in, i.e. what the office backs up and copies. */
export function databaseSizeMb(app: WaibanApp): number {
  app.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(databaseFile(app.dataDir)).size / (1024 * 1024);
}

function timed<T>(work: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = work();
  return { value, ms: performance.now() - t0 };
}

/**
 * To time each register's write honestly, the writer's createMany is wrapped for the duration: the rows,
 * statements and transaction are exactly the app's, the wrapper only reads the clock around each call.
 */
export async function appBulkWrite(dataDir: string, records: number): Promise<AppWrite> {
  const app = await openApp({ dataDir, init: 'default' });
  const writer = app.writer;
  const original = writer.createMany;
  const writeMs = new Map<string, number>();
  writer.createMany = (def, rows, admit, onProgress) => {
    const t0 = performance.now();
    try {
      return original.call(writer, def, rows, admit, onProgress);
    } finally {
      writeMs.set(def.name, (writeMs.get(def.name) ?? 0) + performance.now() - t0);
    }
  };
  const report = throttled(note);
  const progress: Progress = (register, done, total, stage) => {
    sampleRss();
    report(`  app ${stage}: ${done}/${total} ${register}`, stage === 'write' && done === total);
  };
  try {
    const agreements = await step(`app bulk write: partners and ${records} agreements`, () =>
      timed(() => addDemoAgreements(app.ctx, writer, records, 13, progress)),
    );
    const agreementsDbMb = databaseSizeMb(app);
    const delegations = await step(`app bulk write: people and ${records} delegations`, () =>
      timed(() => addDemoDelegations(app.ctx, writer, records, agreements.value, 14, progress)),
    );
    // Measuring the size folds the WAL back in, as `waiban demo` leaves the database when it closes: the
    // queries are then timed on the database an office opens, not on a gigabyte of WAL.
    const totalDbMb = databaseSizeMb(app);
    for (const register of ['agreement', 'delegation']) {
      if (!writeMs.has(register)) throw new Error(`the demo did not write ${register} records through ChangeWriter.createMany`);
    }
    note(`  createMany: ${[...writeMs].map(([r, ms]) => `${r} ${Math.round(ms)} ms`).join(', ')}`);
    return { app, writeMs, agreementsDemoMs: agreements.ms, delegationsDemoMs: delegations.ms, agreementsDbMb, totalDbMb };
  } catch (err) {
    app.close();
    throw err;
  } finally {
    writer.createMany = original;
  }
}
