import { describe, expect, it } from 'vitest';
import { exportRegister } from '../../../src-main/services/xlsx/exportRegister';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { tempApp } from '../../support/tempApp';
import { readSheet } from '../../support/xlsxRead';

const formulaLike = { phone: '+86 138 0000 0000', position: '-5', nameOriginal: '@x', notes: '=1+1' };

describe('exporting a register to xlsx', () => {
  it('writes Chinese text, enum labels, dates as dates and masked passport numbers, under zh and en headers', async () => {
    const app = await tempApp();
    const id = await addPerson(app, { passportExpiry: '2030-05-01', gender: 'female' });
    const { rows, cell } = readSheet(exportRegister(app.ctx, { register: 'person' }));
    expect(rows[0]!.slice(0, 3)).toEqual(['记录编号', '姓名', '原文姓名']);
    expect(rows[1]!.slice(0, 3)).toEqual(['Record id', 'Name', 'Name in original script']);
    expect(cell('Record id')?.v).toBe(id);
    expect(cell('Name')?.v).toBe('张明远');
    expect(cell('Gender')?.v).toBe('女');
    expect(cell('Category')?.v).toBe('教师');
    expect(cell('Passport number')?.v).toBe('E••••••78');
    const expiry = cell('Passport valid until')!;
    expect(expiry.t).toBe('n');
    expect(expiry.z).toBe('yyyy-mm-dd');
    expect(expiry.w).toBe('2030-05-01');
  });

  it('writes text that looks like a formula as text, never as a formula', async () => {
    const app = await tempApp();
    await addPerson(app, formulaLike);
    const { cell } = readSheet(exportRegister(app.ctx, { register: 'person' }));
    for (const [header, value] of [
      ['Phone', formulaLike.phone],
      ['Title / position', '-5'],
      ['Name in original script', '@x'],
      ['Notes', '=1+1'],
    ]) {
      const c = cell(header!)!;
      expect(c.v).toBe(value);
      expect(c.t).toBe('s');
      expect(c.f).toBeUndefined();
    }
  });

  it('writes money as numbers in yuan, tables as readable text and as JSON, derived fields too', async () => {
    const app = await tempApp();
    const leader = await addPerson(app);
    const trip = await app.call('records.put', {
      register: 'delegation',
      values: outboundTrip(membersOf(leader), { budgetEstimate: 1234567 }),
    });
    const { cell } = readSheet(exportRegister(app.ctx, { register: 'delegation' }));
    const budget = cell('Budget estimate (CNY)')!;
    expect([budget.t, budget.v, budget.z]).toEqual(['n', 12345.67, '#,##0.00']);
    expect(cell('Members')?.v).toBe('张明远 / 团长');
    expect(JSON.parse(String(cell('Members (JSON)')?.v))).toEqual(trip.values.members);
    expect(cell('Itinerary')?.v).toBe(
      '德国 / 法兰克福 / 2026-05-01 / 2026-05-01 / 经停（出机场）\n英国 / 伦敦 / 2026-05-01 / 2026-05-10 / 访问',
    );
    expect(cell('Days (border to border)')?.v).toBe(10);
  });

  it('exports only the records the list shows for its search and filters, all of them past one page', async () => {
    const app = await tempApp();
    const values = Array.from({ length: 520 }, (_, i) => ({ name: `学生${i}`, category: 'student', department: 'FAO' }));
    for (const v of values) await app.call('records.put', { register: 'person', values: v });
    await addPerson(app, { name: '王老师' });
    expect(readSheet(exportRegister(app.ctx, { register: 'person', filters: { category: 'student' } })).rows).toHaveLength(522);
    const searched = readSheet(exportRegister(app.ctx, { register: 'person', search: '王老师' })).rows;
    expect(searched.slice(2).map((r) => r[1])).toEqual(['王老师']);
  }, 60_000);
});
