import { describe, expect, it } from 'vitest';
import { json, waiban } from '../../support/cli';
import { tempDir } from '../../support/tempApp';

describe('waiban records on the exchange registers', () => {
  it('puts, lists and refuses conferences and annual plans like any register', () => {
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    const registers = waiban(dir, ['registers']).out;
    for (const name of ['program', 'mobility', 'conference', 'expert', 'studentIntake', 'training', 'annualPlan'])
      expect(registers).toContain(name);

    const plan = waiban(
      dir,
      ['records', 'put', '--register', 'annualPlan'],
      JSON.stringify({
        title: '劳动关系学院2026年度国际交流与合作计划',
        department: 'LRH',
        year: 2026,
        lines: [{ kind: 'conference', description: '举办劳动关系国际研讨会', plannedCount: 1 }],
      }),
    );
    expect(plan.code, plan.err).toBe(0);
    const conference = waiban(
      dir,
      ['records', 'put', '--register', 'conference'],
      JSON.stringify({
        title: '劳动关系与体面劳动国际学术研讨会',
        department: 'LRH',
        startDate: '2026-10-16',
        endDate: '2026-10-17',
        annualPlan: json(plan.out).id,
        planLine: 'L1',
      }),
    );
    expect(conference.code, conference.err).toBe(0);
    const listed = waiban(dir, ['records', 'list', '--register', 'conference', '--filter', 'department=LRH']);
    expect(listed.code, listed.err).toBe(0);
    expect(listed.out).toContain('劳动关系与体面劳动国际学术研讨会');

    const refused = waiban(
      dir,
      ['records', 'put', '--register', 'conference'],
      JSON.stringify({ title: '研讨会', startDate: '2026-10-16', endDate: '2026-10-17', participantsForeign: 2, countryCount: 5 }),
    );
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('5 countries abroad, but only 2 participants from abroad');
  });
});
