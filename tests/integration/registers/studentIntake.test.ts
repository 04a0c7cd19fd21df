import { describe, expect, it } from 'vitest';
import { put } from '../../support/exchange';
import { tempApp } from '../../support/tempApp';

describe('international students', () => {
  it('keeps the qualification milestones and the intakes on one list by year', async () => {
    const app = await tempApp();
    await put(app, 'studentIntake', { title: '申请招收留学生资格', year: 2017, kind: 'qualificationApplied', date: '2017-11-20' });
    await put(app, 'studentIntake', { title: '获得招收留学生资格', year: 2018, kind: 'qualificationGranted', date: '2018-03-15' });
    await put(app, 'studentIntake', {
      title: '2018年首批学历留学生',
      year: 2018,
      kind: 'degree',
      count: 12,
      countries: ['KZ', 'VN', 'ET'],
      date: '2018-09-05',
    });
    const listed = await app.call('records.list', { register: 'studentIntake' });
    expect(listed.rows.map((r) => [r.values.year, r.values.kind])).toEqual([
      [2018, 'degree'],
      [2018, 'qualificationGranted'],
      [2017, 'qualificationApplied'],
    ]);
    expect((await app.call('records.list', { register: 'studentIntake', filters: { country: 'VN' } })).total).toBe(1);
  });

  it('refuses a milestone with students, an intake without them, and a date outside the year', async () => {
    const app = await tempApp();
    const milestone = await app.fail('records.put', {
      register: 'studentIntake',
      values: { title: '获得资格', year: 2018, kind: 'qualificationGranted', count: 5 },
    });
    expect(milestone.issues!.map((i) => i.message.zh)).toEqual(['请填写资格申请或获批日期', '资格里程碑不填写人数']);
    const intake = await app.fail('records.put', {
      register: 'studentIntake',
      values: { title: '短期访问生', year: 2019, kind: 'shortTermVisiting', date: '2018-09-01' },
    });
    expect(intake.issues!.map((i) => i.message.zh)).toEqual(['请填写招收人数', '日期不在 2019 年内']);
    const spread = await app.fail('records.put', {
      register: 'studentIntake',
      values: { title: '工会干部研修生', year: 2019, kind: 'tradeUnionCadre', count: 2, countries: ['KE', 'NG', 'ZA'] },
    });
    expect(spread.issues!.map((i) => i.message.en)).toEqual(['3 source countries, but only 2 students']);
  });
});
