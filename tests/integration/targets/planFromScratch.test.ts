import { describe, expect, it } from 'vitest';
import { put } from '../../support/exchange';
import { tempApp, type TestApp } from '../../support/tempApp';
import { agreement, partner, plan13, target } from '../../support/targets';

async function plan15(app: TestApp) {
  const plan = await put(app, 'plan', {
    code: '15th',
    nameZh: '“十五五”国际交流与合作专项规划',
    nameEn: '15th Five-Year Plan',
    startYear: 2026,
    endYear: 2030,
  });
  const add = (values: Record<string, unknown>) =>
    put(app, 'planTarget', { plan: plan.id, responsibleDepartments: ['FAO'], ...values } as never);
  await add({
    number: 1,
    code: 'P1',
    titleZh: '有效合作院校',
    kind: 'count',
    targetMin: 10,
    targetMax: 10,
    horizon: 'byDate',
    dueYear: 2030,
    source: 'computed',
    metric: 'activePartners',
    qualifyingTypes: ['frameworkMou'],
  });
  await add({
    number: 2,
    code: 'P2',
    titleZh: '海外实习基地（手工填报）',
    kind: 'count',
    targetMin: 2,
    horizon: 'perYear',
    dueYear: 2026,
    source: 'manual',
    manualValues: [{ year: 2026, value: 3, note: '教务处报送' }],
  });
  await add({ number: 3, code: 'P3', titleZh: '尚未确定来源的目标', kind: 'count', targetMin: 5, horizon: 'byDate', dueYear: 2030 });
  await add({
    number: 4,
    code: 'P4',
    titleZh: '学生出国（境）比例',
    kind: 'percent',
    targetMin: 15,
    horizon: 'perYear',
    dueYear: 2026,
    source: 'computed',
    metric: 'studentsAbroad',
  });
  await add({
    number: 5,
    code: 'P5',
    titleZh: '国际化办学评估通过',
    kind: 'milestone',
    horizon: 'byDate',
    dueYear: 2028,
    source: 'manual',
  });
  return plan;
}

describe('a plan defined from scratch', () => {
  it('the 15th plan entered through records.put is the plan in force in 2026, with its own targets, years and sources', async () => {
    const app = await tempApp();
    const plan = await plan15(app);
    const p = partner(app, '新加坡国立大学');
    agreement(app, p, { signedDate: '2026-03-01', expiryDate: '2031-03-01' });
    const r = await app.call('targets.report', {});
    expect(r.plan).toMatchObject({ id: plan.id, code: '15th', startYear: 2026, endYear: 2030 });
    expect(r.year).toBe(2026);
    expect(r.plans.map((x) => x.code)).toEqual(['13th', '15th']);
    expect(r.problems).toEqual([]);
    expect(r.targets.map((t) => t.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(target(r, 'P1')).toMatchObject({ actual: 1, source: 'computed', records: { register: 'partner', ids: [p] } });
    expect(r.tasks).toEqual([]);
  });

  it('a value entered by hand carries who entered it and when', async () => {
    const app = await tempApp();
    await plan15(app);
    const p2 = target(await app.call('targets.report', {}), 'P2');
    expect(p2).toMatchObject({ source: 'manual', actual: 3, status: 'met', enteredBy: app.ctx.self.name });
    expect(p2.enteredAt).toMatch(/^2026-11-27/);
    expect(p2.statusReason.zh).toContain('手工填报');
  });

  it('says what is missing instead of a number: no source, no denominator for the year, no value entered', async () => {
    const app = await tempApp();
    await plan15(app);
    const r = await app.call('targets.report', {});
    const p3 = target(r, 'P3');
    expect(p3).toMatchObject({ status: 'noData', actual: null, source: 'none' });
    expect(p3.missing!.zh).toContain('没有数据来源');
    const p4 = target(r, 'P4');
    expect(p4).toMatchObject({ status: 'noData', actual: null, denominator: null });
    expect(p4.missing!.en).toBe('No student enrolment entered for 2026 (under Annual head-counts)');
    const p5 = target(r, 'P5');
    expect(p5).toMatchObject({ status: 'noData', actual: null });
    expect(p5.missing!.zh).toBe('未填报 2026 年的数值');
  });

  it('refuses a computed target without its metric, and a year entered twice by hand', async () => {
    const app = await tempApp();
    const plan = await plan15(app);
    const noMetric = await app.fail('records.put', {
      register: 'planTarget',
      values: { plan: plan.id, number: 9, code: 'P9', titleZh: '缺指标', kind: 'count', horizon: 'byDate', source: 'computed' },
    });
    expect(noMetric.issues!.map((i) => i.field)).toEqual(['metric']);
    const twice = await app.fail('records.put', {
      register: 'planTarget',
      values: {
        plan: plan.id,
        number: 9,
        code: 'P9',
        titleZh: '重复',
        kind: 'count',
        horizon: 'perYear',
        source: 'manual',
        manualValues: [
          { year: 2026, value: 1 },
          { year: 2026, value: 2 },
        ],
      },
    });
    expect(twice.localized.zh).toContain('2026 年已填报');
  });

  it('overlapping plan periods: no plan is taken as in force until one is named, and the overlap is reported', async () => {
    const app = await tempApp();
    const plan = await plan15(app);
    await put(app, 'plan', { code: '14th', nameZh: '“十四五”规划', startYear: 2021, endYear: 2026 });
    const r = await app.call('targets.report', {});
    expect(r.plan).toBeNull();
    expect(r.targets).toEqual([]);
    expect(r.problems[0]!.zh).toContain('规划期重叠');
    const named = await app.call('targets.report', { plan: plan.id });
    expect(named.plan!.code).toBe('15th');
    expect(named.problems.map((x) => x.en).join()).toContain('Overlapping plan periods');
  });

  it('with no plan covering the year, shows the latest ended plan as of its last year, saying so; a year asked without a plan has none', async () => {
    const app = await tempApp();
    const r = await app.call('targets.report', {});
    expect(r.plan!.id).toBe(plan13(app));
    expect(r.year).toBe(2020);
    expect(r.problems[0]!.zh).toContain('没有覆盖 2026 年的规划');
    expect(r.targets).toHaveLength(16);
    const none = await app.call('targets.report', { year: 2026 });
    expect(none.plan).toBeNull();
    expect(none.problems[0]!.en).toBe('No plan covers 2026.');
  });
});
