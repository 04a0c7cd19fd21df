import { describe, expect, it } from 'vitest';
import { buildListQuery } from '../../../src-main/db/listQuery';
import { registerOf } from '../../../src-main/services/context';
import { addDemoData } from '../../../src-main/services/demo';
import { waiban } from '../../support/cli';
import { tempApp, tempDir } from '../../support/tempApp';

const statuses = (rows: { values: Record<string, unknown> }[]) => new Set(rows.map((r) => r.values.status));

describe('a filter with several values matches any of them', () => {
  it('lists the trips in either status, by the status index, and counts them as the two single filters add up', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 60);
    const count = async (filters: Record<string, string | string[]>) =>
      (await app.call('records.list', { register: 'delegation', filters, limit: 500 })).total;
    const submitted = await count({ status: 'submitted' });
    const approved = await count({ status: 'approved' });
    expect(submitted).toBeGreaterThan(0);
    expect(approved).toBeGreaterThan(0);
    const both = await app.call('records.list', { register: 'delegation', filters: { status: ['submitted', 'approved'] }, limit: 500 });
    expect(both.total).toBe(submitted + approved);
    expect(statuses(both.rows)).toEqual(new Set(['submitted', 'approved']));

    // Several countries through the link table, several departments, with the status: each narrows as an AND.
    const countries = await app.call('records.list', { register: 'delegation', filters: { country: ['JP', 'GB'] }, limit: 500 });
    expect(countries.total).toBeGreaterThan(0);
    expect(countries.rows.every((r) => (r.values.countries as string[]).some((c) => c === 'JP' || c === 'GB'))).toBe(true);
    const narrowed = await count({ status: ['submitted', 'approved'], country: ['JP', 'GB'] });
    expect(narrowed).toBeLessThanOrEqual(Math.min(both.total, countries.total));

    const built = buildListQuery({
      def: registerOf('delegation'),
      filters: { status: ['submitted', 'approved'] },
      sort: { field: 'status', direction: 'asc' },
      limit: 100,
      deleted: 'live',
      today: '2026-11-27',
    });
    const plan = (app.ctx.sqlite.prepare(`EXPLAIN QUERY PLAN ${built.countSql}`).all(...built.countParams) as { detail: string }[])
      .map((p) => p.detail)
      .join('\n');
    expect(plan).toContain('delegation_status');
    expect(plan).not.toMatch(/SCAN r\b(?! USING)/);
  });

  it('refuses several values where a filter takes one, and an empty list, changing nothing', async () => {
    const app = await tempApp();
    expect(
      (await app.fail('records.list', { register: 'delegation', filters: { departDate: ['2026-01-01..', '..2026-12-31'] } })).code,
    ).toBe('VALIDATION');
    expect((await app.fail('records.list', { register: 'delegation', filters: { status: [] } })).code).toBe('VALIDATION');
    const err = await app.fail('records.list', { register: 'agreement', filters: { expiresWithin: ['30', '60'] } });
    expect(err.code).toBe('VALIDATION');
  });

  it('takes status=a,b on the command line, for the list and the spreadsheet export', () => {
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    expect(waiban(dir, ['demo', '--records', '40']).code).toBe(0);
    const list = (filter: string) =>
      JSON.parse(waiban(dir, ['records', 'list', '--register', 'agreement', '--filter', filter, '--limit', '500']).out) as {
        total: number;
        rows: { values: { status: string } }[];
      };
    const active = list('status=active');
    const expired = list('status=expired');
    const either = list('status=active,expired');
    expect(active.total).toBeGreaterThan(0);
    expect(either.total).toBe(active.total + expired.total);
    expect(statuses(either.rows)).toEqual(
      new Set(['active', 'expired'].filter((s) => (s === 'active' ? active.total : expired.total) > 0)),
    );

    const empty = waiban(dir, ['records', 'list', '--register', 'agreement', '--filter', 'status=,']);
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('KEY=VALUE');
    const out = `${dir}/协议.xlsx`;
    expect(waiban(dir, ['xlsx', 'export', '--register', 'agreement', '--out', out, '--filter', 'status=active,expired']).code).toBe(0);
  }, 240_000);
});

describe('bulk actions on the command line', () => {
  it('assigns the records a multi-value filter matches, then deletes them by id, reporting refusals with exit 1', () => {
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    const put = (values: Record<string, unknown>, register = 'partner') =>
      (JSON.parse(waiban(dir, ['records', 'put', '--register', register], JSON.stringify(values)).out) as { id: string }).id;
    const tokyo = put({ nameZh: '东京大学', nameOriginal: 'University of Tokyo', country: 'JP', city: '东京' });
    const seoul = put({ nameZh: '首尔大学', nameOriginal: 'Seoul National University', country: 'KR', city: '首尔' });
    const sydney = put({ nameZh: '悉尼大学', nameOriginal: 'University of Sydney', country: 'AU', city: '悉尼' });
    put({ title: '东京大学合作协议', partner: tokyo }, 'agreement');

    const assigned = waiban(dir, [
      'records',
      'assign',
      '--register',
      'partner',
      '--department',
      'LAW',
      '--matching',
      '--filter',
      'country=JP,KR',
    ]);
    expect(assigned.code).toBe(0);
    expect((JSON.parse(assigned.out) as { done: string[] }).done.sort()).toEqual([tokyo, seoul].sort());

    const deleted = waiban(dir, ['records', 'bulk-delete', '--register', 'partner', '--ids', `${tokyo},${sydney}`]);
    expect(deleted.code).toBe(1);
    const report = JSON.parse(deleted.out) as { done: string[]; refused: { id: string; message: { en: string } }[] };
    expect(report.done).toEqual([sydney]);
    expect(report.refused.map((r) => r.id)).toEqual([tokyo]);
    expect(report.refused[0]!.message.en).toContain('refer to it');
    expect(waiban(dir, ['records', 'bulk-delete', '--register', 'partner']).code).toBe(2);
  }, 240_000);
});
