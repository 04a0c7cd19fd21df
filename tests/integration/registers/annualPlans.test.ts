import { describe, expect, it } from 'vitest';
import type { FieldValue, TableRow } from '../../../src-main/contract';
import { addPerson, changeCount, membersOf, outboundTrip } from '../../support/delegations';
import { annualPlanValues, conferenceValues, put } from '../../support/exchange';
import { tempApp } from '../../support/tempApp';

const lineKeys = (lines: unknown) => (lines as TableRow[]).map((l) => l.key);

describe('annual plans', () => {
  it('numbers lines given without a key after the keys already there, and adds up their budgets', async () => {
    const app = await tempApp();
    const plan = await put(app, 'annualPlan', annualPlanValues());
    expect(lineKeys(plan.values.lines)).toEqual(['L1', 'L2', 'L3']);
    expect(plan.values.budgetTotal).toBe(23_000_000);
    const more = [...(plan.values.lines as TableRow[]), { kind: 'expert', description: '聘请劳动法外籍专家', plannedCount: 1 }];
    const edited = await app.call('records.put', {
      register: 'annualPlan',
      id: plan.id,
      baseHead: plan.meta.head,
      values: { lines: more },
    });
    expect(lineKeys(edited.values.lines)).toEqual(['L1', 'L2', 'L3', 'L4']);
  });

  it('refuses a second plan for the same department and year', async () => {
    const app = await tempApp();
    await put(app, 'annualPlan', annualPlanValues());
    const before = changeCount(app);
    const err = await app.fail('records.put', { register: 'annualPlan', values: annualPlanValues({ title: '法学院2026年计划（修订）' }) });
    expect(err.issues).toEqual([
      {
        field: 'year',
        message: {
          zh: 'LAW 已有 2026 年度计划“法学院2026年度国际交流与合作计划”',
          en: 'LAW already has a plan for 2026: "法学院2026年度国际交流与合作计划"',
        },
      },
    ]);
    expect(changeCount(app)).toBe(before);
    expect((await put(app, 'annualPlan', annualPlanValues({ year: 2027 }))).values.year).toBe(2027);
  });

  it('refuses two lines with one key', async () => {
    const app = await tempApp();
    const lines = [
      { key: 'A', kind: 'trip', description: '出访', plannedCount: 1 },
      { key: 'A', kind: 'conference', description: '会议', plannedCount: 1 },
    ];
    const err = await app.fail('records.put', { register: 'annualPlan', values: annualPlanValues({ lines }) });
    expect(err.issues).toEqual([
      { field: 'lines.1.key', message: { zh: '计划项第 2 行的编号“A”与第 1 行重复', en: 'Plan line 2: the key "A" repeats line 1' } },
    ]);
  });

  it('refuses, on a department laptop, a plan for a department it may not edit', async () => {
    const app = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const err = await app.fail('records.put', {
      register: 'annualPlan',
      values: annualPlanValues({ department: 'ECM', title: '经济管理学院2026年度计划' }),
    });
    expect(err.code).toBe('FORBIDDEN');
    expect(err.localized.zh).toBe('本机只能修改本部门（LAW）的记录，不能修改属于 ECM 的记录。');
    expect((await put(app, 'annualPlan', annualPlanValues())).department).toBe('LAW');
  });
});

describe('records linked to a plan line', () => {
  it('refuses a line the plan does not have, a line of another kind, and a key without its plan', async () => {
    const app = await tempApp();
    const plan = await put(app, 'annualPlan', annualPlanValues());
    const conference = conferenceValues({ department: 'LAW', annualPlan: plan.id });
    const missing = await app.fail('records.put', { register: 'conference', values: { ...conference, planLine: 'L9' } });
    expect(missing.issues![0]!.message.zh).toBe('“法学院2026年度国际交流与合作计划”中没有编号为“L9”的计划项（现有：L1、L2、L3）');
    const wrongKind = await app.fail('records.put', { register: 'conference', values: { ...conference, planLine: 'L1' } });
    expect(wrongKind.issues![0]!.message).toEqual({
      zh: '计划项 L1 是“出访来访”，不能由国际会议完成',
      en: 'Plan line L1 is a trip or visit line; conferences cannot carry it out',
    });
    const orphan = await app.fail('records.put', { register: 'conference', values: { ...conference, annualPlan: null, planLine: 'L2' } });
    expect(orphan.issues![0]!.field).toBe('annualPlan');
    expect((await put(app, 'conference', { ...conference, planLine: 'L2' })).refTitles?.annualPlan).toBe(
      '法学院2026年度国际交流与合作计划',
    );
  });

  it("refuses a line of another department's plan", async () => {
    const app = await tempApp();
    const plan = await put(app, 'annualPlan', annualPlanValues());
    const err = await app.fail('records.put', {
      register: 'conference',
      values: conferenceValues({ annualPlan: plan.id, planLine: 'L2' }),
    });
    expect(err.issues).toEqual([
      {
        field: 'annualPlan',
        message: {
          zh: '“法学院2026年度国际交流与合作计划”是 LAW 的计划，本记录属于 LRH',
          en: '"法学院2026年度国际交流与合作计划" is the plan of LAW; this record belongs to LRH',
        },
      },
    ]);
  });

  it('keeps a line records carry out: not removed, renumbered, changed in kind or moved to another department', async () => {
    const app = await tempApp();
    const plan = await put(app, 'annualPlan', annualPlanValues());
    const trip = outboundTrip(membersOf(await addPerson(app, { department: 'LAW' })), {
      department: 'LAW',
      annualPlan: plan.id,
      planLine: 'L1',
    });
    await put(app, 'delegation', trip);
    const lines = plan.values.lines as TableRow[];
    const edit = (values: Record<string, FieldValue>) =>
      app.fail('records.put', { register: 'annualPlan', id: plan.id, baseHead: plan.meta.head, values });
    expect((await edit({ lines: lines.slice(1) })).issues![0]!.message.zh).toBe(
      '计划项 L1 已有记录关联（出访来访团组 1 条（“赴英国伦敦大学学院学术交流”）），不能删除或改编号',
    );
    expect((await edit({ lines: lines.map((l, i) => (i === 0 ? { ...l, kind: 'program' } : l)) })).issues![0]!.field).toBe('lines.0.kind');
    expect((await edit({ department: 'ECM' })).issues![0]!.field).toBe('department');
    const deleted = await app.fail('records.delete', { register: 'annualPlan', id: plan.id });
    expect(deleted.code).toBe('IN_USE');
    const reworded = lines.map((l, i) => (i === 0 ? { ...l, description: '赴英国、爱尔兰合作院校学术交流', plannedCount: 3 } : l));
    expect(
      (await app.call('records.put', { register: 'annualPlan', id: plan.id, baseHead: plan.meta.head, values: { lines: reworded } })).values
        .lines,
    ).toHaveLength(3);
  });

  it('lists the records linked to a plan for its page', async () => {
    const app = await tempApp();
    const plan = await put(app, 'annualPlan', annualPlanValues());
    const conference = await put(app, 'conference', conferenceValues({ department: 'LAW', annualPlan: plan.id, planLine: 'L2' }));
    expect((await app.call('records.list', { register: 'conference', filters: { annualPlan: plan.id } })).rows.map((r) => r.id)).toEqual([
      conference.id,
    ]);
  });
});
