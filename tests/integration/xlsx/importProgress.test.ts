import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../src-main/contract';
import { csvBytes } from '../../support/xlsxWrite';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';

/** The rows an import has checked or written, reported through dispatch as the wizard receives them. */
describe('progress of a spreadsheet import', () => {
  const rows = 2_500;
  const sheet = [
    ['合作院校', '签订日期', '协议名称', '协议类型'],
    ...Array.from({ length: rows }, (_, i) => ['伦敦大学学院', '2019-05-01', `协议 ${i}`, '学生交流']),
  ];
  const sheetFile = () => {
    const path = join(tempDir(), '协议.csv');
    writeFileSync(path, csvBytes(sheet));
    return path;
  };

  it('reports the rows checked in a dry run and written in the write, from none to all of them, in order', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const file = app.pick(sheetFile());
    for (const [channel, stage] of [
      ['xlsx.preview', 'check'],
      ['xlsx.import', 'write'],
    ] as const) {
      const seen: WorkProgress[] = [];
      const result = await app.send(channel, { register: 'agreement', file }, (p) => seen.push(p));
      expect(result.ok).toBe(true);
      expect(seen.map((p) => p.done)).toEqual([0, 1000, 2000, rows]);
      expect(seen.every((p) => p.stage === stage && p.total === rows)).toBe(true);
    }
    expect((await app.call('records.list', { register: 'agreement', limit: 1 })).total).toBe(rows);
  });

  it('answers a call that did not ask for progress as before', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const result = await app.send('xlsx.preview', { register: 'agreement', file: app.pick(sheetFile()) });
    expect(result).toMatchObject({ ok: true, value: { rowsOk: rows } });
  });
});
