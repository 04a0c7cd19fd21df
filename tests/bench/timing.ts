import type { ListPage, ListQuery } from '../../src-main/contract';
import type { WaibanApp } from '../../src-main/app/openApp';
import { figure, type Figure } from './figures';
import { note } from './progress';

/** How the query figures are taken: warm medians, through the app's own dispatch. */

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Median of `runs` timings after `warmup` untimed calls: the warm-up fills SQLite's page cache and the
 * statement cache, so the figure is the steady state a user clicking around sees, not the first query.
 * `work` gets the run's number, so a figure can go round a sample of records.
 */
export async function timeMedian(work: (run: number) => unknown, runs = 20, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await work(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work(warmup + i);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A figure that must not take the whole bench down when the app refuses the request: null plus a note. */
export async function guarded(name: string, unit: Figure['unit'], target: number | null, measure: () => Promise<number>): Promise<Figure> {
  try {
    return figure(name, await measure(), unit, target);
  } catch (err) {
    note(`${name}: not measured: ${err instanceof Error ? err.message : String(err)}`);
    return figure(name, null, unit, target);
  }
}

export async function list(app: WaibanApp, query: ListQuery): Promise<ListPage> {
  const result = await app.dispatch('records.list', query);
  if (!result.ok) throw new Error(`records.list failed: ${result.error.code} ${result.error.message.en}`);
  return result.value as ListPage;
}
