import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { csvBytes } from '../../support/xlsxWrite';
import { partnerValues, tempApp } from '../../support/tempApp';

/** The import writes its rows as one batch: the clock kept in memory, titles read once; the result must not show it. */
describe('an import written as one batch', () => {
  const sheet = [
    ['合作院校', '签订日期', '协议名称', '协议类型'],
    ...Array.from({ length: 30 }, (_, i) => ['伦敦大学学院', '2019-05-01', `协议 ${i}`, '学生交流']),
  ];

  it('gives every change its own later clock, saves the last one, and the next save ticks past it', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const report = await importRegister(app.ctx, app.writer, { register: 'agreement', bytes: csvBytes(sheet), dryRun: false });
    expect(report.created).toBe(30);
    const hlcs = app.ctx.sqlite
      .prepare(`SELECT "hlc" FROM "changeLog" WHERE "register" = 'agreement' ORDER BY rowid`)
      .pluck()
      .all() as string[];
    expect(hlcs).toHaveLength(30);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(30);
    const saved = app.ctx.sqlite.prepare(`SELECT "value" FROM "meta" WHERE "key" = 'hlc'`).pluck().get() as string;
    expect(saved.slice(0, 20)).toBe(hlcs[29]!.slice(0, 20));
    await app.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '牛津大学', nameOriginal: 'University of Oxford' }),
    });
    const next = app.ctx.sqlite.prepare(`SELECT max("hlc") FROM "changeLog"`).pluck().get() as string;
    expect(next > hlcs[29]!).toBe(true);
  });

  it('finds the imported records by the partner title in their search text', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    await importRegister(app.ctx, app.writer, { register: 'agreement', bytes: csvBytes(sheet), dryRun: false });
    const found = await app.call('records.list', { register: 'agreement', search: '伦敦大学', limit: 100 });
    expect(found.rows).toHaveLength(30);
  });

  it('leaves the clock as it was after a dry run', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const clock = () => app.ctx.sqlite.prepare(`SELECT "value" FROM "meta" WHERE "key" = 'hlc'`).pluck().get();
    const before = clock();
    await importRegister(app.ctx, app.writer, { register: 'agreement', bytes: csvBytes(sheet), dryRun: true });
    expect(clock()).toBe(before);
  });

  it('reports in a dry run what the write then does, each row checked against the rows before it, and keeps nothing of it', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const bytes = csvBytes([
      ['合作院校', '签订日期', '协议名称', '协议类型'],
      ['伦敦大学学院', '2019-05-01', '学生交流协议', '学生交流'],
      // The same agreement again (same title and partner): an update of the record the row above created.
      ['伦敦大学学院', '2020-05-01', '学生交流协议', '学生交流'],
      ['伦敦大学学院', '2019-13-45', '科研合作协议', '学生交流'],
    ]);
    const count = (table: string) => app.ctx.sqlite.prepare(`SELECT count(*) FROM "${table}"`).pluck().get();
    const before = { changes: count('changeLog'), agreements: count('agreement') };
    const dry = await importRegister(app.ctx, app.writer, { register: 'agreement', bytes, dryRun: true });
    expect({ changes: count('changeLog'), agreements: count('agreement') }).toEqual(before);
    const written = await importRegister(app.ctx, app.writer, { register: 'agreement', bytes, dryRun: false });
    expect(dry).toEqual({ ...written, written: false });
    expect(written).toMatchObject({ rowsOk: 2, created: 1, updated: 1, written: true });
    expect(written.rowsRefused.map((r) => r.row)).toEqual([4]);
    expect(count('changeLog')).toBe((before.changes as number) + 2);
    const found = await app.call('records.list', { register: 'agreement', search: '学生交流协议', limit: 100 });
    expect(found.rows.map((r) => r.values.signedDate)).toEqual(['2020-05-01']);
  });
});
