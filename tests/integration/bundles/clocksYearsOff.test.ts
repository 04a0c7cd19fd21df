import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src-main/db/changeLog';
import { syncBothWays } from '../../support/syncOffice';
import { partnerValues, type TestApp } from '../../support/tempApp';

/** The wall-clock part of an installation's persisted hybrid logical clock. */
const clockOf = (app: TestApp): number =>
  Number((app.ctx.sqlite.prepare(`SELECT "value" FROM "meta" WHERE "key" = 'hlc'`).pluck().get() as string).slice(0, 15));

/** The change a record's table row shows, as held by that installation. */
const headOf = (app: TestApp, id: string): Change => app.ctx.changes.get(app.ctx.stores.get('partner')!.get(id)!.head)!;

const shown = async (app: TestApp, id: string) => {
  const r = await app.call('records.get', { register: 'partner', id });
  return { city: r.values.city, conflict: app.ctx.stores.get('partner')!.get(id)!.conflict };
};

const yearsAhead = Date.parse('2031-06-01T10:00:00+08:00');
const yearsBehind = Date.parse('2019-03-01T10:00:00+08:00');

// docs/bundles.md: a remote clock far ahead is not adopted, only warned about; ordering comes from parents,
// not clocks, so a laptop with a wrong clock loses nothing. The HLC only picks the winner among concurrent heads.
describe('a laptop whose clock is years off', () => {
  it('years ahead: its changes are kept and counted as clock warnings, the office clock is not dragged forward, and a later office edit still supersedes them', async () => {
    const s = await syncBothWays({ laptopClockStart: yearsAhead });
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '伦敦市' } });
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r).toMatchObject({ newChanges: 2, recordsTouched: 1, clockWarnings: 2, conflicts: [] });
    expect(await shown(s.office, p.id)).toEqual({ city: '伦敦市', conflict: 0 });
    expect(clockOf(s.office)).toBeLessThan(Date.parse('2027-01-01'));
    // The office corrects the record afterwards: its edit is stamped years before the laptop's, and names it as parent.
    await s.office.call('records.put', { register: 'partner', id: p.id, values: { city: '伦敦（办公室核对）' } });
    const correction = headOf(s.office, p.id);
    expect(correction.hlc < headOf(s.laptop, p.id).hlc).toBe(true);
    expect(Number(correction.hlc.slice(0, 15))).toBeLessThan(Date.parse('2027-01-01'));
    expect(await shown(s.office, p.id)).toEqual({ city: '伦敦（办公室核对）', conflict: 0 });
    const back = await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect(back.conflicts).toEqual([]);
    expect(await shown(s.laptop, p.id)).toEqual({ city: '伦敦（办公室核对）', conflict: 0 });
  });

  it("years behind: its later edit of the office's record wins although stamped years earlier, because it names the office's change as parent", async () => {
    const s = await syncBothWays({ laptopClockStart: yearsBehind });
    const p = await s.office.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const toLaptop = await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    // To the laptop the office's changes look years ahead: kept, warned about, its clock not moved.
    expect(toLaptop.clockWarnings).toBeGreaterThan(0);
    expect(clockOf(s.laptop)).toBeLessThan(Date.parse('2020-01-01'));
    expect(await shown(s.laptop, p.id)).toEqual({ city: '伦敦', conflict: 0 });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '伦敦市' } });
    const edit = headOf(s.laptop, p.id);
    const original = headOf(s.office, p.id);
    expect(edit.parents).toEqual([original.id]);
    expect(edit.hlc < original.hlc).toBe(true);
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r).toMatchObject({ newChanges: 1, recordsTouched: 1, conflicts: [], clockWarnings: 0 });
    expect(await shown(s.office, p.id)).toEqual({ city: '伦敦市', conflict: 0 });
    expect(headOf(s.office, p.id).id).toBe(edit.id);
  });

  it("years behind: its edit concurrent with the office's loses the display by clock but is kept as a conflict, on both sides", async () => {
    const s = await syncBothWays({ laptopClockStart: yearsBehind });
    const p = await s.office.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    await s.office.call('records.put', { register: 'partner', id: p.id, values: { city: '办公室改的' } });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '学院改的' } });
    const atOffice = await s.importAtOffice(await s.exportLaptop());
    expect(atOffice.conflicts).toEqual([{ register: 'partner', recordId: p.id }]);
    const atLaptop = await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect(atLaptop.conflicts).toEqual([{ register: 'partner', recordId: p.id }]);
    for (const app of [s.office, s.laptop]) {
      expect(await shown(app, p.id)).toEqual({ city: '办公室改的', conflict: 1 });
      const versions = (await app.call('conflicts.get', { register: 'partner', id: p.id })).versions;
      expect(versions.map((v) => v.values?.city)).toEqual(['办公室改的', '学院改的']);
    }
  });
});
