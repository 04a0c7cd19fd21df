import { describe, expect, it } from 'vitest';
import type { PlanSummary } from '../../../src-main/contract';
import { choosePlan } from '../../../src-main/services/targets/plans';

const plan = (id: string, startYear: number, endYear: number): PlanSummary => ({
  id,
  code: id,
  name: { zh: id, en: id },
  startYear,
  endYear,
});
const p13 = plan('00000000-0000-4000-8000-000000000013', 2016, 2020);
const p15 = plan('00000000-0000-4000-8000-000000000015', 2026, 2030);

describe('which plan a report is about', () => {
  it('takes the plan covering the year, else the latest ended one as of its last year when no year was asked', () => {
    expect(choosePlan([p13, p15], {}, 2027)).toMatchObject({ plan: p15, year: 2027, problems: [] });
    const ended = choosePlan([p13], {}, 2026);
    expect(ended).toMatchObject({ plan: p13, year: 2020 });
    expect(ended.problems).toHaveLength(1);
    expect(choosePlan([p13], { year: 2023 }, 2026)).toMatchObject({ plan: null, year: 2023 });
  });

  it('names the plan by its name in each language, never by its code', () => {
    const named = { ...p13, code: '13th', name: { zh: '“十三五”专项规划', en: '13th Five-Year Plan' } };
    const [problem] = choosePlan([named], {}, 2026).problems;
    expect(problem!.zh).toContain('“十三五”专项规划（2016–2020）');
    expect(problem!.zh).not.toContain('13th');
    expect(problem!.en).toContain('13th Five-Year Plan (2016–2020)');
  });

  it("keeps a named plan's year within its period, quietly when no year was asked", () => {
    expect(choosePlan([p13, p15], { plan: p15.id }, 2025)).toMatchObject({ plan: p15, year: 2026, problems: [] });
    const asked = choosePlan([p13, p15], { plan: p13.id, year: 2024 }, 2026);
    expect(asked).toMatchObject({ plan: p13, year: 2020 });
    expect(asked.problems[0]!.en).toContain('2024 is outside');
    expect(choosePlan([p13], { plan: p15.id }, 2026).plan).toBeNull();
  });

  it('chooses none when plan periods overlap on the year, and names the overlap when one is chosen', () => {
    const p14 = plan('00000000-0000-4000-8000-000000000014', 2020, 2026);
    expect(choosePlan([p13, p14, p15], { year: 2026 }, 2026).plan).toBeNull();
    expect(choosePlan([p13, p14, p15], { year: 2023 }, 2026)).toMatchObject({ plan: p14 });
    expect(choosePlan([p13, p14, p15], { year: 2023 }, 2026).problems).toHaveLength(2);
  });
});
