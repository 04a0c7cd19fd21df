import BetterSqlite3 from 'better-sqlite3';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ListPage, ListQuery } from '../../src-main/contract';
import { buildListQuery } from '../../src-main/db/listQuery';
import { localDate } from '../../src-main/ports/clock';
import { openApp, type WaibanApp } from '../../src-main/services/app';
import { registerOf } from '../../src-main/services/context';
import { databaseFile } from '../../src-main/services/dataDir';
import { addDemoAgreements } from '../../src-main/services/demo/agreements';
import { figure, type Figure } from './figures';
import { sampleRss } from './memory';
import { note, step, throttled } from './progress';

/**
 * The database side of the bench: the raw SQLite baseline, the app's bulk write path and the list/search
 * queries the UI issues, all on the same rows in the same run, so ratios compare like with like.
 */

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Median of `runs` timings after `warmup` untimed calls: the warm-up fills SQLite's page cache and the
 * statement cache, so the figure is the steady state a user clicking around sees, not the first query.
 */
async function timeMedian(work: () => unknown, runs = 20, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A figure that must not take the whole bench down when the app refuses the request: null plus a note. */
async function guarded(name: string, unit: Figure['unit'], target: number | null, measure: () => Promise<number>): Promise<Figure> {
  try {
    return figure(name, await measure(), unit, target);
  } catch (err) {
    note(`${name}: not measured: ${err instanceof Error ? err.message : String(err)}`);
    return figure(name, null, unit, target);
  }
}

async function list(app: WaibanApp, query: ListQuery): Promise<ListPage> {
  const result = await app.dispatch('records.list', query);
  if (!result.ok) throw new Error(`records.list failed: ${result.error.code} ${result.error.message.en}`);
  return result.value as ListPage;
}

export interface AppWrite {
  app: WaibanApp;
  /** ChangeWriter.createMany for the agreements only: change log + register table + FTS index + commit. */
  agreementsMs: number;
  /** The demo's partners and agreements: partners, generating the agreement objects in JS, and the agreements write. */
  demoTotalMs: number;
}

/**
 * Opens the real app on an empty data dir and runs the real demo writer. To time only the agreements
 * honestly, the writer's createMany is wrapped for the duration of the call: the rows, statements and
 * transaction are exactly the app's, the wrapper only reads the clock around each call.
 */
export async function appBulkWrite(dataDir: string, records: number): Promise<AppWrite> {
  const app = await openApp({ dataDir, init: 'default' });
  const writer = app.writer;
  const original = writer.createMany;
  const byRegister = new Map<string, number>();
  writer.createMany = (def, rows, onProgress) => {
    const t0 = performance.now();
    try {
      return original.call(writer, def, rows, onProgress);
    } finally {
      byRegister.set(def.name, (byRegister.get(def.name) ?? 0) + performance.now() - t0);
    }
  };
  const report = throttled(note);
  try {
    const t0 = performance.now();
    addDemoAgreements(app.ctx, writer, records, 13, (_register, done, total) => {
      sampleRss();
      report(`  app write: ${done}/${total} agreements`, done === total);
    });
    const demoTotalMs = performance.now() - t0;
    const agreementsMs = byRegister.get('agreement');
    if (agreementsMs === undefined) throw new Error('the demo did not write agreements through ChangeWriter.createMany');
    note(`  partners ${Math.round(byRegister.get('partner') ?? 0)} ms, agreements ${Math.round(agreementsMs)} ms, demo total ${Math.round(demoTotalMs)} ms`);
    return { app, agreementsMs, demoTotalMs };
  } catch (err) {
    app.close();
    throw err;
  } finally {
    writer.createMany = original;
  }
}

interface Column {
  name: string;
  type: string;
}

/** The agreement rows exactly as the app stored them (meta columns included), as positional arrays. */
export function agreementRows(app: WaibanApp): { columns: Column[]; rows: unknown[][] } {
  const columns = app.ctx.sqlite.prepare('PRAGMA table_info("agreement")').all() as Column[];
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const rows = app.ctx.sqlite.prepare(`SELECT ${names} FROM "agreement" ORDER BY rowid`).raw().all() as unknown[][];
  return { columns, rows };
}

/**
 * R_insert: the floor for writing these rows. A plain table with the agreement table's columns and declared
 * types (no UNIQUE, no indexes, no FTS, no change log), one prepared statement, one transaction, WAL and
 * synchronous=FULL like the app. Timed from the first insert to the end of COMMIT; table creation and
 * statement preparation are outside. Each run uses a fresh file.
 */
function rawInsertOnce(file: string, columns: Column[], rows: unknown[][]): number {
  const db = new BetterSqlite3(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE "agreement" (${columns.map((c) => `"${c.name}" ${c.type}`).join(', ')})`);
    const insert = db.prepare(`INSERT INTO "agreement" VALUES (${columns.map(() => '?').join(', ')})`);
    const insertAll = db.transaction((all: unknown[][]) => {
      for (const row of all) insert.run(row);
    });
    const t0 = performance.now();
    insertAll(rows);
    return performance.now() - t0;
  } finally {
    db.close();
    // Each run leaves ~50 MB; the next run must not share a disk cache advantage or fill /tmp.
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/**
 * Median of five raw runs: the baseline every ratio divides by, so it is the figure that must not be noisy
 * (single runs vary by +-20% here, mostly in the commit's fsync).
 */
export function rawInsert(dir: string, columns: Column[], rows: unknown[][], runs = 5): number {
  const times = Array.from({ length: runs }, (_, i) => rawInsertOnce(join(dir, `raw-${i}.sqlite`), columns, rows));
  note(`  raw runs: ${times.map((t) => Math.round(t)).join(', ')} ms`);
  return median(times);
}

/** The list the agreements page opens with in the brief: active ones, soonest expiry first. */
const pageQuery: ListQuery = {
  register: 'agreement',
  filters: { status: 'active' },
  sort: { field: 'expiryDate', direction: 'asc' },
  limit: 100,
};

/** Search terms drawn from the demo titles (与伦敦政治经济学院中外合作办学协议 and the like). */
export const searchTerms = { 2: '伦敦', 3: '伦敦政', 4: '政治经济' } as const;

export async function queryFigures(app: WaibanApp): Promise<Figure[]> {
  const figures: Figure[] = [];
  figures.push(
    await guarded('page_query_ms', 'ms', 5, async () => {
      const first = await list(app, pageQuery);
      note(`  page query: ${first.rows.length} rows of ${first.total} active`);
      return timeMedian(() => list(app, pageQuery));
    }),
  );

  // Follow `next` 50 times (rows 5001-5100), then time fetching that page again: the keyset claim is that
  // a deep page costs what the first one does.
  figures.push(
    await guarded('page_query_deep_ms', 'ms', 5, async () => {
      let after: string | undefined;
      let depth = 0;
      for (; depth < 50; depth++) {
        const page = await list(app, { ...pageQuery, after });
        if (!page.next) break;
        after = page.next;
      }
      if (depth === 0) throw new Error('a single page of active agreements: nothing deep to fetch; use more --records');
      note(`  deep page: after ${depth} next cursors${depth < 50 ? ' (all there are at this --records)' : ''}`);
      return timeMedian(() => list(app, { ...pageQuery, after }));
    }),
  );

  // What the list view opens with (no filter, the register's default sort), and a filter on a column whose
  // index does not serve that sort (department = the office, half the rows): the same kind of request as
  // page_query_ms, so the same target.
  const extraPages: [string, ListQuery][] = [
    ['page_query_default_ms', { register: 'agreement', limit: 100 }],
    ['page_query_department_ms', { register: 'agreement', filters: { department: 'FAO' }, limit: 100 }],
  ];
  for (const [name, query] of extraPages) figures.push(await guarded(name, 'ms', 5, () => timeMedian(() => list(app, query))));

  // The total row count records.list computes on every page, alone: how much of page_query_ms it is.
  figures.push(
    await guarded('count_query_ms', 'ms', null, async () => {
      const built = buildListQuery({
        def: registerOf('agreement'),
        filters: pageQuery.filters!,
        sort: pageQuery.sort!,
        limit: pageQuery.limit!,
        deleted: 'live',
        today: localDate(app.ctx.clock.now()),
      });
      const count = app.ctx.sqlite.prepare(built.countSql);
      return timeMedian(() => count.get(...built.countParams));
    }),
  );

  const searchTargets = { 2: 60, 3: 10, 4: 10 } as const;
  for (const len of [2, 3, 4] as const) {
    const search = searchTerms[len];
    // Default sort (the register's), no filters: what typing into the list's search box sends.
    const query: ListQuery = { register: 'agreement', search, limit: 100 };
    figures.push(
      await guarded(`search_${len}char_ms`, 'ms', searchTargets[len], async () => {
        const first = await list(app, query);
        if (first.total === 0) throw new Error(`'${search}' matches nothing: the figure would time an empty search`);
        note(`  search '${search}': ${first.total} matches`);
        return timeMedian(() => list(app, query));
      }),
    );
  }
  return figures;
}

/** Database size after folding the WAL back in, i.e. what the office backs up and copies. */
export function databaseSizeMb(app: WaibanApp): number {
  app.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return statSync(databaseFile(app.dataDir)).size / (1024 * 1024);
}

/** Everything on the SQLite side, in order; the app stays open for the UI bench and is returned. */
export async function sqliteFigures(dataDir: string, scratchDir: string, records: number): Promise<{ app: WaibanApp; figures: Figure[] }> {
  const write = await step(`app bulk write of ${records} agreements (openApp + addDemoData)`, () => appBulkWrite(dataDir, records));
  const { app } = write;
  try {
    const raw = await step('raw better-sqlite3 insert of the same rows (5 runs)', () => {
      const { columns, rows } = agreementRows(app);
      sampleRss();
      return rawInsert(scratchDir, columns, rows);
    });
    const figures = [
      figure('raw_insert_ms', raw, 'ms'),
      figure('app_bulk_write_ms', write.agreementsMs, 'ms'),
      figure('app_bulk_write_ratio', write.agreementsMs / raw, 'ratio', 2),
      figure('demo_data_total_ms', write.demoTotalMs, 'ms'),
    ];
    figures.push(...(await step('list and search queries', () => queryFigures(app))));
    figures.push(figure('db_size_mb', databaseSizeMb(app), 'MB'));
    return { app, figures };
  } catch (err) {
    app.close();
    throw err;
  }
}
