import type { ListQuery } from '../../src-main/contract';
import { buildListQuery } from '../../src-main/db/listQuery';
import { localDate } from '../../src-main/ports/clock';
import type { WaibanApp } from '../../src-main/app/openApp';
import { registerOf } from '../../src-main/services/context';
import type { AppWrite } from './appWrite';
import { figure, type Figure } from './figures';
import { note, step } from './progress';
import { bulkWriteFigures } from './rawBaseline';
import { guarded, list, timeMedian } from './timing';

/**
 * The agreements side of the bench: the raw SQLite baseline against the app's bulk write of the same rows,
 * and the list/search queries the agreements list issues, in the same run, so ratios compare like with like.
 */

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

/** The agreement figures, on the rows the app bulk write stored; the raw baseline is measured here. */
export async function sqliteFigures(write: AppWrite, scratchDir: string): Promise<Figure[]> {
  const { app } = write;
  const names: [string, string, string] = ['raw_insert_ms', 'app_bulk_write_ms', 'app_bulk_write_ratio'];
  const figures = await bulkWriteFigures(app, 'agreement', write.writeMs.get('agreement')!, scratchDir, names);
  figures.push(figure('demo_data_total_ms', write.agreementsDemoMs, 'ms'));
  figures.push(...(await step('agreement list and search queries', () => queryFigures(app))));
  figures.push(figure('db_size_mb', write.agreementsDbMb, 'MB'));
  return figures;
}
