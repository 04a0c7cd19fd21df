import type { ListQuery, RecordDto } from '../../src-main/contract';
import type { WaibanApp } from '../../src-main/app/openApp';
import type { AppWrite } from './appWrite';
import { figure, type Figure } from './figures';
import { note, step } from './progress';
import { bulkWriteFigures } from './rawBaseline';
import { guarded, list, timeMedian } from './timing';

/**
 * The delegations side of the bench: the demo's delegations (members, legs and a checklist each) against
 * the raw baseline of the same rows, the delegation list's queries, and what opening one delegation's page
 * asks of the backend.
 */

const byDate = { field: 'departDate', direction: 'desc' } as const;

/**
 * A traveller (the leader of the newest large delegation, with a handful of trips): the member filter is
 * what a person's page lists their trips with.
 */
function frequentTraveller(app: WaibanApp): string {
  const row = app.ctx.sqlite
    .prepare(`SELECT "members" FROM "delegation" WHERE "deleted" = 0 AND "groupSize" >= 4 ORDER BY "departDate" DESC LIMIT 1`)
    .get() as { members: string } | undefined;
  if (!row) throw new Error('no delegation with four members or more');
  return String((JSON.parse(row.members) as { person: string }[])[0]!.person);
}

/** The list's first page as the office opens it, filtered the ways the toolbar offers. */
const pages: [name: string, describe: string, query: (app: WaibanApp) => ListQuery][] = [
  [
    'delegation_page_query_ms',
    'status closed, newest first',
    () => ({ register: 'delegation', filters: { status: 'closed' }, sort: byDate, limit: 100 }),
  ],
  ['delegation_page_query_default_ms', 'no filter, newest first', () => ({ register: 'delegation', limit: 100 })],
  [
    'delegation_page_query_country_ms',
    'country GB, newest first',
    () => ({ register: 'delegation', filters: { country: 'GB' }, sort: byDate, limit: 100 }),
  ],
  [
    'delegation_page_query_member_ms',
    "one person's trips, newest first",
    (app) => ({ register: 'delegation', filters: { member: frequentTraveller(app) }, sort: byDate, limit: 100 }),
  ],
];

function pageFigure(app: WaibanApp, [name, describe, makeQuery]: (typeof pages)[number]): Promise<Figure> {
  return guarded(name, 'ms', 5, async () => {
    const query = makeQuery(app);
    const first = await list(app, query);
    if (!first.rows.length) throw new Error(`${describe}: no rows, nothing to time`);
    note(`  ${describe}: ${first.rows.length} rows of ${first.total}`);
    return timeMedian(() => list(app, query));
  });
}

/**
 * Opening a delegation's page asks for the record with its detail (members' names, next steps and what
 * blocks them) and for its history; both through dispatch, as the UI sends them. The sample goes round
 * the largest trips still in progress (six members, several countries, next steps to work out), so no
 * single record's cache flatters the figure.
 */
async function pageLoadFigures(app: WaibanApp): Promise<Figure[]> {
  const ids = app.ctx.sqlite
    .prepare(
      `SELECT "id" FROM "delegation" WHERE "deleted" = 0 AND "status" NOT IN ('closed', 'cancelled')
              ORDER BY "groupSize" DESC, "countryCount" DESC, rowid LIMIT 23`,
    )
    .pluck()
    .all() as string[];
  const call = async (channel: 'records.get' | 'records.history', run: number) => {
    const result = await app.dispatch(channel, { register: 'delegation', id: ids[run % ids.length]! });
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message.en}`);
    return result.value;
  };
  return [
    await guarded('delegation_page_load_ms', 'ms', null, async () => {
      const first = (await call('records.get', 0)) as RecordDto;
      note(
        `  delegation page: ${Object.keys(first.rowRefTitles ?? {}).length} member names, ${first.nextSteps?.length ?? 0} next steps, over ${ids.length} records`,
      );
      return timeMedian((run) => call('records.get', run));
    }),
    await guarded('delegation_history_ms', 'ms', null, () => timeMedian((run) => call('records.history', run))),
  ];
}

export async function delegationFigures(write: AppWrite, scratchDir: string): Promise<Figure[]> {
  const { app } = write;
  const names: [string, string, string] = ['delegation_raw_insert_ms', 'delegation_bulk_write_ms', 'delegation_bulk_write_ratio'];
  const figures = await bulkWriteFigures(app, 'delegation', write.writeMs.get('delegation')!, scratchDir, names);
  figures.push(
    figure('person_bulk_write_ms', write.writeMs.get('person') ?? null, 'ms'),
    figure('delegation_demo_total_ms', write.delegationsDemoMs, 'ms'),
  );
  await step('delegation list queries and page load', async () => {
    for (const page of pages) figures.push(await pageFigure(app, page));
    figures.push(...(await pageLoadFigures(app)));
  });
  figures.push(figure('db_size_total_mb', write.totalDbMb, 'MB'));
  return figures;
}
