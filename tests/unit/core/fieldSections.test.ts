import { describe, expect, it } from 'vitest';
import { sectionsOf, type FieldValue } from '../../../src-main/contract';
import { registers } from '../../../src-main/core/registers';
import { delegation } from '../../../src-main/core/registers/delegation';

const shown = delegation.fields.filter((f) => !f.derived && f.key !== 'checklist');
const keysOf = (values: Record<string, FieldValue>) =>
  Object.fromEntries(sectionsOf(delegation, values, shown).map((s) => [s.key, { later: s.later, fields: s.fields.map((f) => f.key) }]));

describe("a register's sections group its fields by what the record is and how far it has gone", () => {
  it('names only fields the register has, each once, and only statuses it has', () => {
    for (const def of registers) {
      const named = (def.sections ?? []).flatMap((s) => s.fields);
      expect(new Set(named).size, def.name).toBe(named.length);
      for (const key of named)
        expect(
          def.fields.some((f) => f.key === key),
          `${def.name}.${key}`,
        ).toBe(true);
      const statuses = def.fields.find((f) => f.key === def.statusField)?.options?.map((o) => o.value) ?? [];
      for (const s of def.sections ?? []) if (s.fromStatus) expect(statuses, `${def.name} ${s.key}`).toContain(s.fromStatus);
      for (const f of def.fields)
        if (f.shownWhen)
          expect(
            def.fields.some((g) => g.key === f.shownWhen!.field),
            `${def.name}.${f.key}`,
          ).toBe(true);
    }
  });

  it('a new outbound trip: no inbound switch, approval and report folded, every field still in some section', () => {
    const s = keysOf({ direction: 'outbound', status: 'draft' });
    expect(s.policy!.fields).toEqual(['academic', 'academicTask', 'unplannedReason', 'justification', 'annualPlan', 'planLine']);
    expect(s.approval!.later).toBe(true);
    expect(s.report!.later).toBe(true);
    expect(s.details!.later).toBe(false);
    const all = Object.values(s).flatMap((v) => v.fields);
    expect(all.length).toBe(shown.length - 1);
  });

  it('an inbound visit: the officials switch, no passports or public notice, and the other section is empty', () => {
    const s = keysOf({ direction: 'inbound', status: 'submitted' });
    expect(s.policy!.fields).toEqual(['officialGuests', 'justification', 'annualPlan', 'planLine']);
    expect(s.approval).toMatchObject({
      later: false,
      fields: ['submittedDate', 'approvedDate', 'approvalNumber', 'justificationApproved'],
    });
    expect(s.report!.fields).toEqual(['tripReport', 'tripReportFile', 'reportFiledDate']);
    expect(s.other).toBeUndefined();
  });

  it('never hides a field that holds a value: an inbound record with a notice date shows it, a filled report is open', () => {
    const s = keysOf({ direction: 'inbound', status: 'draft', noticeStart: '2026-03-01', tripReport: '已写' });
    expect(s.approval!.fields).toContain('noticeStart');
    expect(s.approval!.later).toBe(false);
    expect(s.report!.later).toBe(false);
  });

  it('a trip that has returned opens the report section', () => {
    expect(keysOf({ direction: 'outbound', status: 'returned' }).report!.later).toBe(false);
  });
});
