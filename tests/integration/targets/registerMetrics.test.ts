import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { receiveRecord } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';
import { agreement, partner, report, target, yearOf } from '../../support/targets';

type Values = Record<string, FieldValue>;

const program = (app: TestApp, p: string, over: Values) =>
  receiveRecord(app, 'program', {
    title: '交流项目',
    department: 'LAW',
    partner: p,
    kind: 'semesterExchange',
    level: 'undergraduate',
    startYear: 2017,
    status: 'active',
    ...over,
  });

const academicDepartments = (app: TestApp) =>
  (app.ctx.sqlite.prepare(`SELECT count(*) AS n FROM "department" WHERE "kind" = 'academic' AND "deleted" = 0`).get() as { n: number }).n;

describe('T2 new partners per year', () => {
  it('counts a partner in the year of its first signed agreement only, by signing date across the year boundary', async () => {
    const app = await tempApp();
    const a = partner(app, '甲大学');
    const b = partner(app, '乙大学');
    const c = partner(app, '丙大学');
    agreement(app, a, { signedDate: '2016-12-31', expiryDate: '2020-01-01' });
    agreement(app, a, { signedDate: '2017-02-01', expiryDate: '2021-01-01' });
    agreement(app, b, { signedDate: '2017-01-01', expiryDate: '2021-01-01' });
    agreement(app, c, { status: 'terminated', signedDate: '2017-03-01' });
    const t2 = target(await report(app, 2017), 'T2');
    expect(t2.byYear.map((y) => [y.year, y.actual])).toEqual([
      [2016, 1],
      [2017, 1],
    ]);
    expect(t2.records!.ids).toEqual([b]);
    expect(t2.status).toBe('behind');
  });
});

describe('T6 teacher-training bases', () => {
  it("counts training-base agreements in force at the year's end", async () => {
    const app = await tempApp();
    const p = partner(app, '某大学');
    const base = agreement(app, p, { type: 'teacherTrainingBase', signedDate: '2018-05-01', expiryDate: '2023-05-01' });
    agreement(app, p, { type: 'teacherTrainingBase', status: 'expired', signedDate: '2014-05-01', expiryDate: '2019-05-01' });
    const t6 = target(await report(app, 2020), 'T6');
    expect(t6.byYear.map((y) => y.actual)).toEqual([1, 1, 2, 1, 1]);
    expect(t6.records).toEqual({ register: 'agreement', ids: [base] });
    expect(t6.status).toBe('met');
  });
});

describe('T3, T9, T10 programs', () => {
  it('counts active programs from their first year; the per-department target is multiplied by the academic departments', async () => {
    const app = await tempApp();
    const p = partner(app, '某大学');
    const law1 = program(app, p, { startYear: 2016 });
    const law2 = program(app, p, { startYear: 2019, kind: 'cooperativeProgram' });
    const ecm = program(app, p, { department: 'ECM', kind: 'jointTrainingGraduate', level: 'graduate', startYear: 2018 });
    program(app, p, { status: 'ended', startYear: 2016 });
    program(app, p, { status: 'suspended', startYear: 2016 });
    program(app, p, { status: 'planned', startYear: 2020 });
    const r = await report(app, 2020);
    const t3 = target(r, 'T3');
    expect(t3.byYear.map((y) => y.actual)).toEqual([1, 1, 2, 3, 3]);
    expect(t3.byDepartment).toEqual({ LAW: 2, ECM: 1 });
    expect(new Set(t3.records!.ids)).toEqual(new Set([law1, law2, ecm]));
    expect(t3.statusReason.zh).toContain(`院系部数量（${academicDepartments(app)}）`);
    expect(yearOf(t3, 2020).planned).toBe(2 * academicDepartments(app));
    expect(target(r, 'T9').records!.ids).toEqual([law2]);
    expect(target(r, 'T9').status).toBe('met');
    expect(target(r, 'T10').records!.ids).toEqual([ecm]);
    expect(target(r, 'T10').status).toBe('behind');
  });
});

describe('T7 conferences hosted', () => {
  it("adds up the held conferences from the plan's first year and gives each year's own count; planned and cancelled do not count", async () => {
    const app = await tempApp();
    const conf = (startDate: string, status: string) =>
      receiveRecord(app, 'conference', {
        title: '国际研讨会',
        kind: 'conference',
        department: 'LRH',
        role: 'host',
        mode: 'offline',
        startDate,
        endDate: startDate,
        status,
      });
    conf('2015-10-01', 'closed');
    conf('2016-10-01', 'closed');
    conf('2017-10-01', 'held');
    conf('2017-11-01', 'held');
    conf('2018-10-01', 'cancelled');
    conf('2018-11-01', 'approved');
    const t7 = target(await report(app, 2018), 'T7');
    expect(t7.byYear.map((y) => [y.year, y.actual, y.inYear])).toEqual([
      [2016, 1, 1],
      [2017, 3, 2],
      [2018, 3, 0],
    ]);
    expect(t7.records!.ids).toHaveLength(3);
    // Plan line: 5 by 2020 from 2016, 3/5 of the way at the end of 2018.
    expect(yearOf(t7, 2018).planned).toBe(3);
    expect(t7.status).toBe('onTrack');
  });
});

describe('T11-T13 milestones', () => {
  it('are reached by the records that prove them, and behind when due and missing', async () => {
    const app = await tempApp();
    const qualification = receiveRecord(app, 'studentIntake', {
      title: '申请资格',
      year: 2017,
      kind: 'qualificationApplied',
      department: 'FAO',
      date: '2017-11-20',
    });
    receiveRecord(app, 'studentIntake', {
      title: '2019年学历生',
      year: 2019,
      kind: 'degree',
      department: 'FAO',
      count: 12,
      date: '2019-09-05',
    });
    receiveRecord(app, 'training', {
      title: '研修班',
      department: 'TUC',
      funder: 'mofcom',
      audience: 'tradeUnionCadres',
      startDate: '2018-06-01',
      endDate: '2018-06-20',
      trainees: 20,
      status: 'planned',
    });
    const r2018 = await report(app, 2018);
    expect(target(r2018, 'T11')).toMatchObject({ actual: 1, status: 'met', records: { register: 'studentIntake', ids: [qualification] } });
    expect(target(r2018, 'T12')).toMatchObject({ actual: 0, status: 'atRisk' });
    expect(target(r2018, 'T13')).toMatchObject({ actual: 0, status: 'atRisk' });
    const r2019 = await report(app, 2019);
    expect(target(r2019, 'T12')).toMatchObject({ actual: 1, status: 'met' });
    expect(target(r2019, 'T13')).toMatchObject({ actual: 0, status: 'behind' });
    expect(target(await report(app, 2016), 'T11').status).toBe('onTrack');
  });
});
