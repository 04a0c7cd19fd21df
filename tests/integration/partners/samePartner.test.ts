import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { csvBytes } from '../../support/xlsxWrite';
import { partnerValues, tempApp } from '../../support/tempApp';

describe('a partner of the same name and country entered twice is named, never refused', () => {
  it('finds the partner already there by Chinese or original name in the same country, whatever the case and spaces', async () => {
    const app = await tempApp();
    const ucl = await app.call('records.put', { register: 'partner', values: partnerValues() });
    const same = (values: Record<string, string>, id?: string) =>
      app.call('records.same', { register: 'partner', ...(id ? { id } : {}), values });
    expect(await same({ nameZh: ' 伦敦大学学院 ', country: 'GB' })).toEqual([{ id: ucl.id, title: '伦敦大学学院' }]);
    expect(await same({ nameZh: '另一所', nameOriginal: 'university college london', country: 'GB' })).toEqual([
      { id: ucl.id, title: '伦敦大学学院' },
    ]);
    expect(await same({ nameZh: '伦敦大学学院', country: 'US' })).toEqual([]);
    // The record being edited is not its own duplicate.
    expect(await same({ nameZh: '伦敦大学学院', country: 'GB' }, ucl.id)).toEqual([]);
    // Saving the same again is allowed: two schools may share a name.
    const again = await app.call('records.put', { register: 'partner', values: partnerValues() });
    expect(again.id).not.toBe(ucl.id);
  });

  it('an import notes each new row that repeats a partner, naming it, and still imports it', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    const sheet = csvBytes([
      ['中文名称', '原文名称', '国家/地区'],
      // The same Chinese name would update that record (the register's key); the same original name is a new record.
      ['伦敦学院大学', 'University College London', '英国'],
      ['爱丁堡大学', 'University of Edinburgh', '英国'],
    ]);
    const preview = await importRegister(app.ctx, app.writer, { register: 'partner', bytes: sheet, dryRun: true });
    expect(preview.rowsRefused).toEqual([]);
    expect(preview.rowsNoted).toHaveLength(1);
    expect(preview.rowsNoted[0]).toMatchObject({ row: 2, value: '伦敦学院大学' });
    expect(preview.rowsNoted[0]!.reason.zh).toContain('“伦敦大学学院”');
    const done = await importRegister(app.ctx, app.writer, { register: 'partner', bytes: sheet, dryRun: false });
    expect(done).toMatchObject({ created: 2, written: true });
    expect(done.rowsNoted.map((r) => r.row)).toEqual([2]);
  });
});
