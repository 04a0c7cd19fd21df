import { describe, expect, it } from 'vitest';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { addPartner, addStudent, annualPlanValues, conferenceValues, mobilityValues, put } from '../../support/exchange';
import { tempApp, type TestApp } from '../../support/tempApp';

async function lawPlanWithRecords(app: TestApp) {
  const plan = await put(app, 'annualPlan', annualPlanValues());
  const link = (planLine: string) => ({ department: 'LAW', annualPlan: plan.id, planLine });
  const member = await addPerson(app, { department: 'LAW' });
  const trip = (title: string, departDate: string, returnDate: string) =>
    outboundTrip(membersOf(member), {
      title,
      departDate,
      returnDate,
      legs: [{ country: 'GB', arrive: departDate, leave: returnDate, stop: 'visit' }],
      ...link('L1'),
    });
  await put(app, 'delegation', trip('赴英国伦敦大学学院学术交流', '2026-05-01', '2026-05-06'));
  const cancelled = await put(app, 'delegation', trip('赴英国牛津大学访问', '2026-06-01', '2026-06-05'));
  await app.call('records.put', {
    register: 'delegation',
    id: cancelled.id,
    baseHead: cancelled.meta.head,
    values: { status: 'cancelled' },
  });
  await put(app, 'conference', conferenceValues(link('L2')));
  await put(app, 'mobility', mobilityValues(await addStudent(app), await addPartner(app), link('L3')));
  const fund = await put(app, 'fund', { name: '2026年外事常规经费', fiscalYear: 2026, kind: 'routine', total: 100_000_000 });
  await put(app, 'allocation', { title: '法学院出访经费', fund: fund.id, amount: 5_000_000, ...link('L1') });
  return { plan, trip, link };
}

describe('annual plan completion', () => {
  it("counts each line's live linked records, leaving out cancelled ones, beside its planned count and budget", async () => {
    const app = await tempApp();
    const { plan } = await lawPlanWithRecords(app);
    const { plans } = await app.call('annualPlans.completion', { year: 2026 });
    expect(plans).toHaveLength(1);
    expect(plans[0]).toEqual({
      annualPlan: plan.id,
      title: '法学院2026年度国际交流与合作计划',
      department: 'LAW',
      lines: [
        {
          key: 'L1',
          kind: 'trip',
          description: '赴英国合作院校学术交流',
          plannedCount: 2,
          done: 1,
          budget: 8_000_000,
          allocated: 5_000_000,
        },
        { key: 'L2', kind: 'conference', description: '举办劳动法国际研讨会', plannedCount: 1, done: 1, budget: 15_000_000, allocated: 0 },
        { key: 'L3', kind: 'studentExchange', description: '本科生赴英学期交流', plannedCount: 3, done: 1, budget: null, allocated: 0 },
      ],
      plannedCount: 6,
      doneCount: 3,
      budget: 23_000_000,
      allocated: 5_000_000,
    });
  });

  it('does not let more of one line make up for another left undone', async () => {
    const app = await tempApp();
    const { trip } = await lawPlanWithRecords(app);
    await put(app, 'delegation', trip('赴爱尔兰都柏林大学学院交流', '2026-07-01', '2026-07-05'));
    await put(app, 'delegation', trip('赴英国华威大学交流', '2026-09-01', '2026-09-05'));
    const [law] = (await app.call('annualPlans.completion', { year: 2026, department: 'LAW' })).plans;
    expect(law!.lines[0]!.done).toBe(3);
    expect([law!.plannedCount, law!.doneCount]).toEqual([6, 4]);
  });

  it("gives each department's plan for the year, and nothing for a year without plans", async () => {
    const app = await tempApp();
    await lawPlanWithRecords(app);
    await put(
      app,
      'annualPlan',
      annualPlanValues({
        department: 'ECM',
        title: '经济管理学院2026年度国际交流与合作计划',
        lines: [{ kind: 'program', description: '新建本科交换项目', plannedCount: 1 }],
      }),
    );
    const year = await app.call('annualPlans.completion', { year: 2026 });
    expect(year.plans.map((p) => [p.department, p.plannedCount, p.doneCount])).toEqual([
      ['ECM', 1, 0],
      ['LAW', 6, 3],
    ]);
    expect((await app.call('annualPlans.completion', { year: 2026, department: 'ECM' })).plans.map((p) => p.department)).toEqual(['ECM']);
    expect((await app.call('annualPlans.completion', { year: 2025 })).plans).toEqual([]);
  });
});
