import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { receiveRecord } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';
import { report, target, yearOf } from '../../support/targets';

type Values = Record<string, FieldValue>;

const person = (app: TestApp, name: string, over: Values = {}) =>
  receiveRecord(app, 'person', { name, category: 'teacher', department: 'LAW', ...over });

/** A trip as it stands after it happened, charged to a fund of `fundKind` (none: no cost recorded). */
function trip(app: TestApp, members: string[], departDate: string, over: Values = {}, fundKind: string | null = 'teacherVisiting') {
  const id = receiveRecord(app, 'delegation', {
    title: '出访',
    direction: 'outbound',
    purpose: 'training',
    status: 'closed',
    department: 'LAW',
    departDate,
    returnDate: departDate,
    members: members.map((p, i) => ({ person: p, role: i ? 'member' : 'leader' })),
    ...over,
  });
  if (fundKind) {
    const fund = receiveRecord(app, 'fund', {
      name: '基金',
      fiscalYear: Number(departDate.slice(0, 4)),
      kind: fundKind,
      department: 'FAO',
      total: 100_000_000,
    });
    const allocation = receiveRecord(app, 'allocation', { title: '分配', fund, department: 'LAW', amount: 1_000_000, current: 1_000_000 });
    receiveRecord(app, 'expense', {
      description: '国际旅费',
      allocation,
      department: 'LAW',
      stage: 'actual',
      subjectKind: 'delegation',
      delegation: id,
      category: 'internationalTravel',
      date: departDate,
      currency: 'CNY',
      amount: 800_000,
      cnyAmount: 800_000,
    });
  }
  return id;
}

const headcount = (app: TestApp, year: number, teachers: number | null, studentsEnrolled: number | null) =>
  app.call('records.put', { register: 'annualFigure', values: { year, teachers, studentsEnrolled } });

describe('T4 teachers sent abroad on school funds', () => {
  it('counts a teacher with two trips in a year once, by the year of departure; cancelled, not yet gone, other funds and staff do not count', async () => {
    const app = await tempApp();
    const [li, wang, zhao, staff] = [
      person(app, '李老师'),
      person(app, '王老师'),
      person(app, '赵老师'),
      person(app, '钱科长', { category: 'staff' }),
    ];
    trip(app, [li, staff], '2017-03-01');
    trip(app, [li], '2017-10-01');
    trip(app, [wang], '2017-12-31');
    trip(app, [wang], '2018-01-01');
    trip(app, [zhao], '2017-05-01', { status: 'cancelled' });
    trip(app, [zhao], '2017-06-01', { status: 'approved' });
    trip(app, [zhao], '2017-07-01', {}, 'routine');
    trip(app, [zhao], '2017-08-01', {}, null);
    const t4 = target(await report(app, 2018), 'T4');
    expect(t4.byYear.map((y) => [y.year, y.actual])).toEqual([
      [2016, 0],
      [2017, 2],
      [2018, 1],
    ]);
    expect(new Set(yearOf(t4, 2017).records!.ids)).toEqual(new Set([li, wang]));
    expect(t4.actual).toBe(1);
    expect(t4.records).toEqual({ register: 'person', ids: [wang] });
    // Per year: 1 of about 8 in a finished year is behind.
    expect(t4.status).toBe('behind');
    expect(yearOf(t4, 2017).planned).toBe(8);
  });
});

describe('T5 share of teachers with overseas study or training', () => {
  it('divides the teachers with study or training abroad by the head-count entered for the year, and says when it is missing', async () => {
    const app = await tempApp();
    person(app, '有学位', { overseasExperience: [{ country: 'GB', kind: 'degree', from: '2010-09-01', to: '2014-07-01' }] });
    person(app, '会议不算', { overseasExperience: [{ country: 'GB', kind: 'conference', from: '2015-09-01' }] });
    person(app, '2019年访学', { overseasExperience: [{ country: 'US', kind: 'visitingScholar', from: '2019-09-01' }] });
    const trainee = person(app, '培训团组');
    trip(app, [trainee], '2020-06-01', {}, null);
    await headcount(app, 2018, 10, null);
    await headcount(app, 2020, 20, null);
    const t5 = target(await report(app, 2020), 'T5');
    expect(t5.byYear.map((y) => [y.year, y.actual, y.denominator])).toEqual([
      [2016, null, null],
      [2017, null, null],
      [2018, 10, 10],
      [2019, null, null],
      [2020, 15, 20],
    ]);
    expect(yearOf(t5, 2019).missing!.zh).toContain('2019 年的专任教师人数');
    expect(t5.actual).toBe(15);
    expect(t5.records!.ids).toHaveLength(3);
    expect(t5.status).toBe('behind');

    const t5in2019 = target(await report(app, 2019), 'T5');
    expect(t5in2019.status).toBe('noData');
    expect(t5in2019.actual).toBeNull();
    expect(t5in2019.missing!.en).toContain('No teacher head-count entered for 2019');
  });
});

describe('T8 share of students abroad', () => {
  it("counts each student who left in the year once, over the year's enrolment; admitted and cancelled stays do not count", async () => {
    const app = await tempApp();
    const [a, b, c] = ['学生甲', '学生乙', '学生丙'].map((n) => person(app, n, { category: 'student' })) as [string, string, string];
    const stay = (student: string, fromDate: string, status: string) =>
      receiveRecord(app, 'mobility', {
        title: '交流',
        student,
        department: 'LAW',
        hostName: '某大学',
        country: 'GB',
        kind: 'semesterExchange',
        fromDate,
        toDate: fromDate,
        status,
      });
    stay(a, '2018-02-01', 'returned');
    stay(a, '2018-09-01', 'returned');
    stay(b, '2018-12-31', 'returned');
    stay(c, '2018-03-01', 'cancelled');
    stay(c, '2018-04-01', 'planned');
    stay(c, '2019-01-01', 'returned');
    await headcount(app, 2018, null, 40);
    const t8 = target(await report(app, 2018), 'T8');
    expect(t8.actual).toBe(5);
    expect(t8.denominator).toBe(40);
    expect(new Set(t8.records!.ids)).toEqual(new Set([a, b]));
    expect(t8.status).toBe('behind');
    expect(target(await report(app, 2019), 'T8').status).toBe('noData');
  });
});
