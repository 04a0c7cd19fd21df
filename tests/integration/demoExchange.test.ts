import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../src-main/contract';
import { checklistBlockers } from '../../src-main/core/checklist/gate';
import { findRegister } from '../../src-main/core/registers';
import { validateValues } from '../../src-main/core/validate';
import { localDate } from '../../src-main/ports/clock';
import { addDemoData } from '../../src-main/services/demo';
import { liveDepartmentCodes } from '../../src-main/services/departmentNames';
import { recordRules } from '../../src-main/services/recordRules';
import { checkReferences } from '../../src-main/services/referenceChecks';
import { tempApp, type TestApp } from '../support/tempApp';

const exchangeRegisters = ['program', 'mobility', 'conference', 'expert', 'training', 'studentIntake', 'annualPlan'];

function stored(app: TestApp, register: string): { id: string; values: Record<string, FieldValue> }[] {
  const store = app.ctx.stores.get(register)!;
  const ids = app.ctx.sqlite.prepare(`SELECT "id" FROM "${register}" WHERE "deleted" = 0 ORDER BY rowid`).pluck().all() as string[];
  return ids.map((id) => ({ id, values: store.values(store.get(id)!) }));
}

describe('waiban demo: the exchange registers', () => {
  it('writes what a save would: every record passes the validator, the gate, its references and the rules across records', async () => {
    const app = await tempApp();
    const result = addDemoData(app.ctx, app.writer, 400, 7);
    const { programs, mobility, conferences, experts, trainings, studentIntakes, annualPlans } = result;
    expect(Math.min(programs, mobility, conferences, experts, trainings, studentIntakes, annualPlans)).toBeGreaterThan(0);
    const departments = liveDepartmentCodes(app.ctx);
    for (const register of [...exchangeRegisters, 'person', 'delegation']) {
      const def = findRegister(register)!;
      for (const { id, values } of stored(app, register)) {
        const title = `${register}: ${String(values[def.titleField])}`;
        const checked = validateValues(def, values, { departments });
        expect(checked.issues, title).toEqual([]);
        expect(checked.values, title).toEqual(values);
        expect(checkReferences(app.ctx, def, values, id, app.ctx.self), title).toEqual([]);
        expect(recordRules[register]?.(app.ctx, values, id).issues ?? [], title).toEqual([]);
        if (def.checklist) expect(checklistBlockers(def, values, String(values[def.statusField!])), title).toEqual([]);
      }
    }
  });

  it('gives statuses that follow the dates, and plans whose lines are partly done', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 200, 3);
    const today = localDate(app.ctx.clock.now());
    for (const { values: v } of stored(app, 'mobility')) {
      if (v.status === 'abroad') expect(String(v.fromDate) <= today && String(v.toDate) >= today).toBe(true);
      if (v.status === 'returned') expect(String(v.toDate) < today).toBe(true);
    }
    const experts = stored(app, 'expert').map((e) => e.values);
    for (const v of experts.filter((e) => e.status === 'inPost')) expect(v.permitExpiry).not.toBeNull();
    const statuses = new Set(experts.map((e) => e.status));
    for (const s of ['applying', 'inPost', 'left']) expect(statuses).toContain(s);
    for (const { values: c } of stored(app, 'conference')) {
      const due =
        String(c.startDate) > today
          ? ['planned', 'applied', 'approved', 'cancelled']
          : String(c.endDate) < today
            ? ['held', 'closed', 'cancelled']
            : ['approved'];
      expect(due, String(c.title)).toContain(c.status);
    }

    const year = Number(today.slice(0, 4));
    const { plans } = await app.call('annualPlans.completion', { year });
    expect(plans.length).toBeGreaterThan(3);
    const lines = plans.flatMap((p) => p.lines);
    expect(lines.some((l) => l.done > 0 && l.kind === 'trip')).toBe(true);
    expect(lines.some((l) => l.done < l.plannedCount)).toBe(true);
    const linkedTrips = app.ctx.sqlite.prepare(`SELECT count(*) FROM "delegation" WHERE "annualPlan" IS NOT NULL`).pluck().get() as number;
    expect(linkedTrips).toBeGreaterThan(0);
    const history = await app.call('records.history', {
      register: 'delegation',
      id: String(app.ctx.sqlite.prepare(`SELECT "id" FROM "delegation" WHERE "annualPlan" IS NOT NULL LIMIT 1`).pluck().get()),
    });
    // The link came later, as a second version that changes nothing else.
    expect(history.map((h) => h.changes.map((c) => c.field).sort())).toContainEqual(['annualPlan', 'planLine']);
    expect(stored(app, 'mobility').some((m) => m.values.program !== null)).toBe(true);
  });
});
