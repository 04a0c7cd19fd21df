import { describe, expect, it } from 'vitest';
import { addDemoData } from '../../../src-main/services/demo';
import { tempApp } from '../../support/tempApp';

describe('waiban demo through the targets', () => {
  it('gives the 13th plan honest figures: every target has one, most are not zero, and each matches its drill-down list', async () => {
    const app = await tempApp();
    const result = addDemoData(app.ctx, app.writer, 200, 13);
    expect(result.annualFigures).toBe(11);
    const r = await app.call('targets.report', {});
    expect(r.plan!.code).toBe('13th');
    expect(r.targets).toHaveLength(16);
    expect(r.targets.filter((t) => t.status === 'noData').map((t) => t.code)).toEqual([]);
    expect(r.targets.filter((t) => t.actual === 0).length).toBeLessThan(5);
    for (const t of r.targets.filter((x) => x.records && x.kind !== 'milestone')) {
      const list = await app.call('records.list', { register: t.records!.register, ids: t.records!.ids });
      const expected = t.kind === 'percent' ? Math.round((1000 * list.total) / t.denominator!) / 10 : list.total;
      expect([t.code, t.actual]).toEqual([t.code, expected]);
    }
    // Milestones reported by hand carry the day and who reported them.
    expect(r.targets.find((t) => t.code === 'T15')).toMatchObject({ source: 'manual', status: 'met', enteredBy: app.ctx.self.name });
  });
});
