import { describe, expect, it } from 'vitest';
import type { FieldValue, TableRow } from '../../src-main/contract';
import { checklistBlockers } from '../../src-main/core/checklist/gate';
import { findRegister } from '../../src-main/core/registers';
import { validateValues } from '../../src-main/core/validate';
import { localDate } from '../../src-main/ports/clock';
import { addDemoData } from '../../src-main/services/demo';
import { liveDepartmentCodes } from '../../src-main/services/departmentNames';
import { tempApp, type TestApp } from '../support/tempApp';

/** Every live record of a register as the app stores it. */
function stored(app: TestApp, register: string): { id: string; values: Record<string, FieldValue> }[] {
  const store = app.ctx.stores.get(register)!;
  const ids = app.ctx.sqlite.prepare(`SELECT "id" FROM "${register}" WHERE "deleted" = 0 ORDER BY rowid`).pluck().all() as string[];
  return ids.map((id) => ({ id, values: store.values(store.get(id)!) }));
}

const before = ['draft', 'submitted', 'publicNotice', 'approved'];
const after = ['returned', 'reportFiled', 'closed'];

describe('waiban demo: people and delegations', () => {
  it('writes what a save would: every person and delegation passes the validator, the cross-field checks and the gate', async () => {
    const app = await tempApp();
    const result = addDemoData(app.ctx, app.writer, 400, 7);
    expect(result).toMatchObject({ partners: 100, agreements: 400, delegations: 400 });
    const stats = Object.fromEntries((await app.call('stats.get', {})).map((s) => [s.register, s.live]));
    // People: the departments' (one for every two trips), then the students and experts of the exchange registers.
    expect(stats).toMatchObject({ partner: 100, agreement: 400, person: result.people, delegation: 400 });
    expect(result.people).toBeGreaterThan(200);

    const departments = liveDepartmentCodes(app.ctx);
    for (const register of ['person', 'delegation']) {
      const def = findRegister(register)!;
      for (const { values } of stored(app, register)) {
        const checked = validateValues(def, values, { departments });
        expect(checked.issues, String(values[def.titleField])).toEqual([]);
        // Normalised and settled already: the bulk path stored exactly what a save stores.
        expect(checked.values).toEqual(values);
      }
    }
  });

  it('makes trips whose members are live people, one leader each, and whose status follows their dates', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 400, 7);
    const today = localDate(app.ctx.clock.now());
    const people = new Set(stored(app, 'person').map((p) => p.id));
    const def = findRegister('delegation')!;
    const trips = stored(app, 'delegation').map((t) => t.values);

    for (const t of trips) {
      const members = t.members as TableRow[];
      expect(members.every((m) => people.has(String(m.person)))).toBe(true);
      expect(members.filter((m) => m.role === 'leader')).toHaveLength(1);
      expect(t.groupSize).toBeLessThanOrEqual(6);
      expect(t.days).toBeGreaterThanOrEqual(2);
      expect(t.days).toBeLessThanOrEqual(14);
      expect(checklistBlockers(def, t, String(t.status))).toEqual([]);
      const status = String(t.status);
      if (status === 'cancelled') continue;
      if (String(t.departDate) > today) expect(before, t.title as string).toContain(status);
      else if (String(t.returnDate) < today) expect(after, t.title as string).toContain(status);
      else expect(status).toBe('travelling');
      if (status === 'reportFiled' || status === 'closed') {
        expect(t.reportFiledDate).not.toBeNull();
        if (t.direction === 'outbound') expect(t.passportReturnedDate).not.toBeNull();
      }
    }
    const statuses = new Set(trips.map((t) => t.status));
    for (const s of ['draft', 'approved', 'reportFiled', 'closed', 'cancelled']) expect(statuses).toContain(s);
    const outbound = trips.filter((t) => t.direction === 'outbound');
    expect(trips.length - outbound.length).toBeGreaterThan(40);
    expect(outbound.filter((t) => t.academic).length / outbound.length).toBeGreaterThan(0.5);
    expect(outbound.some((t) => (t.legs as TableRow[]).some((l) => l.stop !== 'visit'))).toBe(true);
    expect(outbound.some((t) => (t.members as TableRow[]).some((m) => m.role === 'interpreter'))).toBe(true);
    const countryCounts = new Set(outbound.map((t) => t.countryCount));
    for (const n of [1, 2, 3]) expect(countryCounts).toContain(n);
    expect(Math.max(...[...countryCounts].map(Number))).toBeLessThanOrEqual(4);
  });

  it('lets a sample of the records be saved again unchanged through records.put', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 120, 11);
    const trips = stored(app, 'delegation');
    const sample = [...new Map(trips.map((t) => [`${t.values.direction}:${t.values.status}`, t])).values()];
    for (const { id, values } of [...sample, ...stored(app, 'person').slice(0, 10)]) {
      const register = 'members' in values ? 'delegation' : 'person';
      // A trip carried out for an annual plan line already has a second version: the link.
      const before = (await app.call('records.history', { register, id })).map((h) => h.op);
      await app.call('records.put', { register, id, values: {} });
      expect((await app.call('records.history', { register, id })).map((h) => h.op)).toEqual([...before, 'put']);
      const store = app.ctx.stores.get(register)!;
      expect(store.values(store.get(id)!)).toEqual(values);
    }
  });
});
