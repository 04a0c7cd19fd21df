import type BetterSqlite3 from 'better-sqlite3';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { sampleRss } from './memory';

/**
 * How long the backend's event loop was held at a stretch while some work ran. The renderer never runs an
 * import or export (they go to the backend over IPC), but the backend's loop serves every other call, so its
 * longest block is what a user waits for at worst. A timer that should fire every `resolutionMs` measures it:
 * its longest lateness is the longest block (to within the resolution).
 */
export async function longestBlockMs<T>(
  work: () => Promise<T>,
  resolutionMs = 5,
): Promise<{ value: T; ms: number; longestBlockMs: number }> {
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs });
  histogram.enable();
  const turn = () => new Promise((resolve) => setTimeout(resolve, resolutionMs * 3));
  try {
    // The monitor's first tick only starts its clock: a block before it (work that starts synchronously) would go unseen.
    await turn();
    const t0 = performance.now();
    const value = await work();
    const ms = performance.now() - t0;
    // One more turn of the loop, so a block at the very end is seen by the timer too.
    await turn();
    return { value, ms, longestBlockMs: histogram.max / 1e6 };
  } finally {
    histogram.disable();
  }
}

/**
 * The length of each BEGIN IMMEDIATE transaction started on `db` while `work` runs (BEGIN to COMMIT), which a
 * better-sqlite3 transaction holds synchronously: the import's all-or-nothing write. Measured by wrapping
 * db.transaction for the duration (which also samples memory at each transaction's end); the work itself is the app's own.
 */
export async function immediateTransactionsMs<T>(
  db: BetterSqlite3.Database,
  work: () => Promise<T>,
): Promise<{ value: T; transactionsMs: number[] }> {
  const original = db.transaction;
  const transactionsMs: number[] = [];
  db.transaction = function timed(this: BetterSqlite3.Database, fn: Parameters<typeof original>[0]) {
    // The memory sampler's timer cannot fire inside the transaction: sample where its working set is largest, at its end.
    const tx = original.call(this, (...args: unknown[]) => {
      try {
        return fn(...args);
      } finally {
        sampleRss();
      }
    });
    const immediate = (...args: unknown[]) => {
      const t0 = performance.now();
      try {
        return tx.immediate(...args);
      } finally {
        transactionsMs.push(performance.now() - t0);
      }
    };
    return Object.assign((...args: unknown[]) => tx(...args), {
      deferred: tx.deferred,
      immediate,
      exclusive: tx.exclusive,
      default: tx.default,
    });
  } as typeof original;
  try {
    return { value: await work(), transactionsMs };
  } finally {
    db.transaction = original;
  }
}
