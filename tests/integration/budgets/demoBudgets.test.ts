import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { findRegister } from '../../../src-main/core/registers';
import { validateValues } from '../../../src-main/core/validate';
import { addDemoData } from '../../../src-main/services/demo';
import { liveDepartmentCodes } from '../../../src-main/services/departmentNames';
import { tempApp, type TestApp } from '../../support/tempApp';

function stored(app: TestApp, register: string): Record<string, FieldValue>[] {
  const store = app.ctx.stores.get(register)!;
  const ids = app.ctx.sqlite.prepare(`SELECT "id" FROM "${register}" WHERE "deleted" = 0 ORDER BY rowid`).pluck().all() as string[];
  return ids.map((id) => store.values(store.get(id)!));
}

describe('waiban demo: a year of budgets', () => {
  it('writes funds, allocations and expenses a save would accept, and a summary that adds up', async () => {
    const app = await tempApp();
    const result = addDemoData(app.ctx, app.writer, 300, 5);
    expect(result.funds).toBe(4);
    expect(result.expenses).toBeGreaterThan(20);
    const departments = liveDepartmentCodes(app.ctx);
    for (const register of ['fund', 'allocation', 'expense']) {
      const def = findRegister(register)!;
      for (const values of stored(app, register)) {
        const checked = validateValues(def, values, { departments });
        expect(checked.issues, String(values[def.titleField])).toEqual([]);
        // The derived CNY amount and current allocation are what a save computes (confirmations are the service's).
        expect({ ...checked.values, confirmedWarnings: values.confirmedWarnings }).toEqual(values);
      }
    }
    const summary = await app.call('budgets.summary', {});
    expect(summary.allocations.length).toBeGreaterThan(0);
    for (const line of [...summary.allocations, ...summary.funds, ...summary.departments]) {
      expect(line.available).toBe(line.spent + line.committed + line.remaining);
    }
    expect(summary.totals.spent).toBeGreaterThan(0);
    expect(summary.totals.committed).toBeGreaterThan(0);
  });
});
