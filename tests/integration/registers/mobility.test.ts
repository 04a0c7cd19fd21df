import { describe, expect, it } from 'vitest';
import { addPerson, changeCount, membersOf, outboundTrip, receiveRecord } from '../../support/delegations';
import { addPartner, addStudent, mobilityValues, programValues, put } from '../../support/exchange';
import { tempApp } from '../../support/tempApp';

async function setUp() {
  const app = await tempApp();
  const partner = await addPartner(app);
  const student = await addStudent(app);
  return { app, partner, student };
}

describe('a student abroad', () => {
  it("refuses a stay overlapping another of the student's stays, naming it, and writes nothing", async () => {
    const { app, partner, student } = await setUp();
    await put(app, 'mobility', mobilityValues(student, partner));
    const before = changeCount(app);
    const err = await app.fail('records.put', {
      register: 'mobility',
      values: mobilityValues(student, partner, {
        title: '2027年寒假赴伦敦短期访学',
        kind: 'shortVisit',
        fromDate: '2027-01-10',
        toDate: '2027-02-10',
      }),
    });
    expect(err.issues).toEqual([
      {
        field: 'fromDate',
        message: {
          zh: '该学生 2026-09-01 至 2027-01-20 已在出国（境）交流“2026年秋季赴伦敦大学学院学期交流”中，与本次日期重叠',
          en: 'The student is already abroad from 2026-09-01 to 2027-01-20 on the stay abroad "2026年秋季赴伦敦大学学院学期交流"; the dates overlap',
        },
      },
    ]);
    expect(changeCount(app)).toBe(before);
  });

  it('refuses a stay overlapping an outbound delegation the student travels with', async () => {
    const { app, partner, student } = await setUp();
    await put(app, 'delegation', outboundTrip(membersOf(await addPerson(app), student), { title: '法学院学生模拟法庭赴英交流' }));
    const err = await app.fail('records.put', {
      register: 'mobility',
      values: mobilityValues(student, partner, { fromDate: '2026-05-08', toDate: '2026-06-30' }),
    });
    expect(err.issues![0]!.message.zh).toBe('该学生 2026-05-01 至 2026-05-10 已在出访团组“法学院学生模拟法庭赴英交流”中，与本次日期重叠');
  });

  it('lets a stay follow another, and one replace a cancelled one', async () => {
    const { app, partner, student } = await setUp();
    const first = await put(app, 'mobility', mobilityValues(student, partner));
    await put(
      app,
      'mobility',
      mobilityValues(student, partner, {
        title: '2027年春季海外实践',
        kind: 'overseasPractice',
        fromDate: '2027-01-21',
        toDate: '2027-03-01',
      }),
    );
    await app.call('records.put', { register: 'mobility', id: first.id, baseHead: first.meta.head, values: { status: 'cancelled' } });
    const instead = await put(
      app,
      'mobility',
      mobilityValues(student, partner, { title: '2026年秋季赴伦敦攻读硕士', kind: 'degree', toDate: '2027-01-01' }),
    );
    expect(instead.values.status).toBe('planned');
  });

  it('refuses a person who is not a student', async () => {
    const { app, partner } = await setUp();
    const teacher = await addPerson(app, { name: '李青', department: 'LAW' });
    const err = await app.fail('records.put', { register: 'mobility', values: mobilityValues(teacher, partner) });
    expect(err.issues).toEqual([
      { field: 'student', message: { zh: '“李青”在人员库中是教师，这里须选择学生', en: '"李青" is listed as teacher; choose a student' } },
    ]);
  });

  it('refuses dates out of order, a stay with no host, and credits before the student is back', async () => {
    const { app, student } = await setUp();
    const err = await app.fail('records.put', {
      register: 'mobility',
      values: mobilityValues(student, '', { partner: null, fromDate: '2027-01-20', toDate: '2026-09-01', creditsRecognised: '12.5' }),
    });
    expect(err.issues!.map((i) => [i.field, i.message.en])).toEqual([
      ['toDate', 'The return date cannot be before the departure'],
      ['partner', 'Choose the host partner or name the host institution'],
      ['creditsRecognised', 'Credits are recognised once the student has returned'],
    ]);
  });

  it('records the credits recognised on return', async () => {
    const { app, partner, student } = await setUp();
    const planned = await put(app, 'mobility', mobilityValues(student, partner));
    const abroad = await app.call('records.put', {
      register: 'mobility',
      id: planned.id,
      baseHead: planned.meta.head,
      values: { status: 'abroad' },
    });
    const back = await app.call('records.put', {
      register: 'mobility',
      id: planned.id,
      baseHead: abroad.meta.head,
      values: { status: 'returned', creditsRecognised: '18.5' },
    });
    expect(back.values.creditsRecognised).toBe('18.5');
  });

  it('refuses a host other than the partner of the program the student goes on', async () => {
    const { app, partner, student } = await setUp();
    const program = await put(app, 'program', programValues(partner));
    const other = await addPartner(app, { nameZh: '悉尼大学', nameOriginal: 'University of Sydney', country: 'AU', city: '悉尼' });
    const err = await app.fail('records.put', {
      register: 'mobility',
      values: mobilityValues(student, other, { program: program.id, country: 'AU' }),
    });
    expect(err.issues).toEqual([
      {
        field: 'partner',
        message: {
          zh: '项目“法学院与伦敦大学学院本科生学期交流项目”的合作院校是伦敦大学学院，接收院校应与之一致',
          en: 'The program "法学院与伦敦大学学院本科生学期交流项目" is with 伦敦大学学院; the host must be the same',
        },
      },
    ]);
    expect((await put(app, 'mobility', mobilityValues(student, partner, { program: program.id }))).refTitles?.program).toBe(
      '法学院与伦敦大学学院本科生学期交流项目',
    );
  });

  it('lets a department laptop choose only its own students', async () => {
    const app = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const partner = await addPartner(app);
    const economist = receiveRecord(app, 'person', { name: '赵敏', category: 'student', department: 'ECM' });
    const err = await app.fail('records.put', { register: 'mobility', values: mobilityValues(economist, partner) });
    expect(err.issues![0]!.message.zh).toBe('学生：“赵敏”属于其他部门（ECM），本机只能选择本部门人员');
    expect((await put(app, 'mobility', mobilityValues(await addStudent(app), partner))).department).toBe('LAW');
  });
});
