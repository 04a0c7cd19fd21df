import { describe, expect, it } from 'vitest';
import { metaColumns, registers } from '../../../src-main/core/registers';

describe('register definitions', () => {
  it.each(registers.map((r) => [r.name, r] as const))('%s names only fields it has', (_, def) => {
    const keys = new Set(def.fields.map((f) => f.key));
    expect(def.fields.length).toBe(keys.size);
    for (const key of [...def.listColumns, ...def.searchFields, def.titleField]) expect(keys.has(key), key).toBe(true);
    for (const key of def.sortable) expect(keys.has(key) || key === 'updatedAt' || key === 'createdAt', key).toBe(true);
    for (const f of def.filters) expect(keys.has(f.field.split('.')[0]!), f.key).toBe(true);
    for (const [status, fields] of Object.entries(def.moveFields ?? {})) {
      expect(def.transitions && Object.values(def.transitions).some((tos) => tos.includes(status)), status).toBe(true);
      for (const key of fields)
        expect(
          def.fields.find((f) => f.key === key && !f.derived),
          key,
        ).toBeDefined();
    }
    if ('field' in def.ownership)
      expect(def.fields.find((f) => f.key === (def.ownership as { field: string }).field)?.type).toBe('department');
    for (const key of keys) expect((metaColumns as readonly string[]).includes(key), `${key} is reserved`).toBe(false);
  });

  it.each(registers.map((r) => [r.name, r] as const))('%s has Chinese and English labels everywhere', (_, def) => {
    const labels = [def.label, ...def.fields.map((f) => f.label), ...def.fields.flatMap((f) => f.options?.map((o) => o.label) ?? [])];
    for (const l of labels) {
      expect(l.zh.trim()).not.toBe('');
      expect(l.en.trim()).not.toBe('');
    }
  });

  it('transitions name only statuses that exist', () => {
    for (const def of registers.filter((r) => r.transitions)) {
      const statuses = new Set(def.fields.find((f) => f.key === def.statusField)!.options!.map((o) => o.value));
      for (const [from, tos] of Object.entries(def.transitions!)) {
        expect(statuses.has(from)).toBe(true);
        for (const to of tos) expect(statuses.has(to)).toBe(true);
      }
    }
  });
});
