import { describe, expect, it } from 'vitest';
import { receiveRecord } from '../../support/delegations';
import { annualPlanValues, conferenceValues, put } from '../../support/exchange';
import { tempApp } from '../../support/tempApp';

describe('department evaluation', () => {
  it('gives each department its plan completion, results of the year, targets it answers for and the suggestion by the rule', async () => {
    const app = await tempApp();
    const plan = await put(
      app,
      'annualPlan',
      annualPlanValues({ lines: [{ kind: 'conference', description: '举办国际研讨会', plannedCount: 1 }] }),
    );
    receiveRecord(app, 'conference', {
      ...conferenceValues({ department: 'LAW' }),
      kind: 'conference',
      role: 'host',
      mode: 'offline',
      status: 'held',
      annualPlan: plan.id,
      planLine: 'L1',
    });
    await put(
      app,
      'annualPlan',
      annualPlanValues({
        department: 'ECM',
        title: '经济管理学院2026年度计划',
        lines: [{ kind: 'trip', description: '出访', plannedCount: 4 }],
      }),
    );
    const table = await app.call('targets.evaluation', { year: 2026 });
    const law = table.departments.find((d) => d.department === 'LAW')!;
    expect(law).toMatchObject({
      plannedCount: 1,
      doneCount: 1,
      completion: 1,
      results: [{ register: 'conference', count: 1 }],
      suggestion: 'increase',
      adjustedSuggestion: null,
    });
    expect(law.suggestionReason.zh).toContain('1/1');
    const ecm = table.departments.find((d) => d.department === 'ECM')!;
    expect(ecm).toMatchObject({ plannedCount: 4, doneCount: 0, completion: 0, suggestion: 'reduce' });
    const fao = table.departments.find((d) => d.department === 'FAO')!;
    expect(fao.suggestion).toBe('noPlan');
    expect(fao.completion).toBeNull();
    // No plan covers 2026: the targets they answer for come from none.
    expect(fao.responsibleTargets).toEqual([]);
    const in2018 = await app.call('targets.evaluation', { year: 2018 });
    expect(in2018.departments.find((d) => d.department === 'FAO')!.responsibleTargets).toContain('T1');
    expect(in2018.departments.find((d) => d.department === 'HRO')!.responsibleTargets).toEqual(['T4', 'T5', 'T6', 'T14', 'T16']);
  });

  it("keeps the office's adjustment with its note as a record, changes it, withdraws it, and refuses an unknown department", async () => {
    const app = await tempApp();
    await put(
      app,
      'annualPlan',
      annualPlanValues({
        department: 'ECM',
        title: '经济管理学院2026年度计划',
        lines: [{ kind: 'trip', description: '出访', plannedCount: 4 }],
      }),
    );
    const adjusted = await app.call('targets.adjustEvaluation', {
      year: 2026,
      department: 'ECM',
      suggestion: 'keep',
      note: '疫情后恢复期，暂不扣减',
    });
    expect(adjusted).toMatchObject({
      department: 'ECM',
      suggestion: 'reduce',
      adjustedSuggestion: 'keep',
      adjustmentNote: '疫情后恢复期，暂不扣减',
    });
    const again = await app.call('targets.adjustEvaluation', { year: 2026, department: 'ECM', suggestion: 'increase', note: '新项目落地' });
    expect(again.adjustedSuggestion).toBe('increase');
    const records = await app.call('records.list', { register: 'departmentEvaluation' });
    expect(records.total).toBe(1);
    expect(await app.call('records.history', { register: 'departmentEvaluation', id: records.rows[0]!.id })).toHaveLength(2);
    const twin = await app.fail('records.put', {
      register: 'departmentEvaluation',
      values: { year: 2026, evaluatedDepartment: 'ECM', suggestion: 'reduce' },
    });
    expect(twin.localized.zh).toContain('已有调整');
    const withdrawn = await app.call('targets.adjustEvaluation', { year: 2026, department: 'ECM', suggestion: null });
    expect(withdrawn.adjustedSuggestion).toBeNull();
    const bad = await app.fail('targets.adjustEvaluation', { year: 2026, department: 'NOPE', suggestion: 'keep' });
    expect(bad.localized.zh).toContain('NOPE');
    expect((await app.call('records.list', { register: 'departmentEvaluation' })).total).toBe(0);
  });
});
