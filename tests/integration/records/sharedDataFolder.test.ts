import { describe, expect, it } from 'vitest';
import { openApp } from '../../../src-main/app/openApp';
import { importRows } from '../../../src-main/services/xlsx/importRegister';
import { fixedNow, partnerValues, tempApp, tempDir } from '../../support/tempApp';

/**
 * The desktop app and the CLI may open the same data folder one beside the other: each process's writer must take
 * the other's writes, made since it last wrote, as they are in the database when its own transaction starts.
 */
describe('two processes writing in one data folder', () => {
  const other = (dataDir: string) => openApp({ dataDir, clock: { now: () => fixedNow + 10_000 } });
  const authorSeqs = (app: Awaited<ReturnType<typeof tempApp>>) =>
    app.ctx.sqlite
      .prepare('SELECT "authorSeq" FROM "changeLog" WHERE "author" = ? ORDER BY "authorSeq"')
      .pluck()
      .all(app.ctx.self.id) as number[];

  it('numbers a change after the changes the other process made since, rather than refusing the save', async () => {
    const dir = tempDir();
    const app = await tempApp('default', dir);
    const before = authorSeqs(app).length;
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const cli = await other(dir);
    try {
      await cli.dispatch('records.put', {
        register: 'partner',
        values: partnerValues({ nameZh: '牛津大学', nameOriginal: 'University of Oxford' }),
      });
      await app.call('records.put', {
        register: 'partner',
        values: partnerValues({ nameZh: '剑桥大学', nameOriginal: 'University of Cambridge' }),
      });
    } finally {
      cli.close();
    }
    expect(authorSeqs(app)).toEqual(Array.from({ length: before + 3 }, (_, i) => i + 1));
  });

  it('finds, in an import, the record the other process wrote while this one waited for the write lock', async () => {
    const dir = tempDir();
    const app = await tempApp('default', dir);
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const rows = [
      ['记录编号', '合作院校', '签订日期', '协议名称', '协议类型'],
      ['0190aaaa-0000-7000-8000-000000000001', '伦敦大学学院', '2019-05-01', '学生交流协议', '学生交流'],
    ];
    const cli = await other(dir);
    const batch = app.writer.batch.bind(app.writer);
    // The other process commits after this import read its sheet and before its transaction begins.
    app.writer.batch = (work) => {
      importRows(cli.ctx, cli.writer, { register: 'agreement', rows, dryRun: false });
      return batch(work);
    };
    try {
      expect(importRows(app.ctx, app.writer, { register: 'agreement', rows, dryRun: false })).toMatchObject({
        unchanged: 1,
        created: 0,
        rowsRefused: [],
      });
    } finally {
      cli.close();
    }
  });
});
