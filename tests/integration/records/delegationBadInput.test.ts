import { describe, expect, it } from 'vitest';
import { maxTableRows, type FieldValue, type TableRow } from '../../../src-main/contract';
import { addPerson, changeCount, membersOf, outboundTrip, personValues, receiveRecord } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';

const leg = (country: string, arrive: string, leave: string, stop = 'visit'): TableRow => ({ country, city: null, arrive, leave, stop });

/** Expects `values` to be refused as a new delegation with exactly these issues, and nothing written. */
async function refused(app: TestApp, values: Record<string, FieldValue>, code = 'VALIDATION') {
  const before = changeCount(app);
  const err = await app.fail('records.put', { register: 'delegation', values });
  expect(err.code).toBe(code);
  expect(changeCount(app)).toBe(before);
  expect((await app.call('records.list', { register: 'delegation' })).total).toBe(0);
  return err;
}

/**
 * A person as it would arrive from the office's bundle on a department laptop: written by the change writer
 * directly, as sync will, since the laptop itself may not create it.
 */
describe('bad itineraries are refused', () => {
  it('refuses overlapping legs, naming the later leg', async () => {
    const app = await tempApp();
    const err = await refused(
      app,
      outboundTrip(membersOf(await addPerson(app)), {
        legs: [leg('GB', '2026-05-01', '2026-05-06'), leg('FR', '2026-05-05', '2026-05-10')],
      }),
    );
    expect(err.issues).toEqual([
      { field: 'legs.1.arrive', message: { zh: '行程第 2 段与第 1 段时间重叠', en: 'Itinerary legs 1 and 2 overlap' } },
    ]);
  });

  it('accepts a leg that starts the day the previous one ends', async () => {
    const app = await tempApp();
    const legs = [leg('GB', '2026-05-01', '2026-05-05'), leg('FR', '2026-05-05', '2026-05-10')];
    const d = await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(await addPerson(app)), { legs }) });
    expect(d.values.countries).toEqual(['GB', 'FR']);
  });

  it('refuses a leg that leaves before it arrives', async () => {
    const app = await tempApp();
    const err = await refused(app, outboundTrip(membersOf(await addPerson(app)), { legs: [leg('GB', '2026-05-06', '2026-05-03')] }));
    expect(err.issues).toEqual([
      { field: 'legs.0.leave', message: { zh: '行程第 1 段：离开日期早于抵达日期', en: 'Itinerary leg 1: leaves before it arrives' } },
    ]);
  });

  it("refuses legs outside the trip's dates", async () => {
    const app = await tempApp();
    const err = await refused(
      app,
      outboundTrip(membersOf(await addPerson(app)), {
        legs: [leg('DE', '2026-04-30', '2026-05-01', 'transit'), leg('GB', '2026-05-01', '2026-05-11')],
      }),
    );
    expect(err.issues).toEqual([
      {
        field: 'legs.0.arrive',
        message: { zh: '行程第 1 段：早于团组开始日期 2026-05-01', en: 'Itinerary leg 1: before the start date 2026-05-01' },
      },
      {
        field: 'legs.1.leave',
        message: { zh: '行程第 2 段：晚于团组结束日期 2026-05-10', en: 'Itinerary leg 2: after the end date 2026-05-10' },
      },
    ]);
  });

  it('names the row as entered when the legs are entered out of order', async () => {
    const app = await tempApp();
    // Row 2 is reversed and, sorted by arrival, would come first: the issue must still point at row 2.
    const legs = [leg('GB', '2026-05-05', '2026-05-10'), leg('FR', '2026-05-03', '2026-05-01'), leg('DE', '2026-05-06', '2026-05-07')];
    const err = await refused(app, outboundTrip(membersOf(await addPerson(app)), { legs }));
    expect(err.issues).toEqual([
      { field: 'legs.1.leave', message: { zh: '行程第 2 段：离开日期早于抵达日期', en: 'Itinerary leg 2: leaves before it arrives' } },
      { field: 'legs.2.arrive', message: { zh: '行程第 3 段与第 1 段时间重叠', en: 'Itinerary legs 1 and 3 overlap' } },
    ]);
  });

  it('refuses an end date before the start date', async () => {
    const app = await tempApp();
    const err = await refused(app, { title: '日期颠倒的团组', departDate: '2026-05-10', returnDate: '2026-05-01' });
    expect(err.issues).toEqual([
      { field: 'returnDate', message: { zh: '结束日期不能早于开始日期', en: 'The end date cannot be before the start date' } },
    ]);
  });

  it('refuses a leg missing its dates or with an impossible one, naming the cell', async () => {
    const app = await tempApp();
    const err = await refused(app, { title: '行程不全', legs: [{ country: 'GB', arrive: '2026-02-30' }] });
    expect(err.issues!.map((i) => i.field)).toEqual(['legs.0.arrive', 'legs.0.leave']);
    expect(err.issues![1]!.message).toEqual({ zh: '行程第 1 行离开：必填', en: 'Itinerary row 1, Leave: required' });
  });
});

describe('bad member lists are refused', () => {
  it('refuses a person listed twice', async () => {
    const app = await tempApp();
    const id = await addPerson(app);
    const err = await refused(app, {
      title: '重复成员',
      members: [
        { person: id, role: 'leader' },
        { person: id, role: 'interpreter' },
      ],
    });
    expect(err.issues).toEqual([
      { field: 'members.1.person', message: { zh: '成员第 2 行与第 1 行是同一人', en: 'Member row 2 repeats row 1' } },
    ]);
  });

  it('refuses two leaders', async () => {
    const app = await tempApp();
    const members = [
      { person: await addPerson(app), role: 'leader' },
      { person: await addPerson(app, { name: '李华' }), role: 'leader' },
    ];
    const err = await refused(app, { title: '两位团长', members });
    expect(err.issues).toEqual([{ field: 'members', message: { zh: '一个团组只能有一位团长', en: 'A delegation has one leader' } }]);
  });

  it('refuses a person who does not exist or was deleted', async () => {
    const app = await tempApp();
    const gone = await addPerson(app, { name: '已删除' });
    await app.call('records.delete', { register: 'person', id: gone });
    const err = await refused(app, { title: '成员不存在', members: membersOf('01a21e64-797a-72f9-9697-3be669a7d03b', gone) });
    expect(err.issues!.map((i) => i.field)).toEqual(['members.0.person', 'members.1.person']);
    expect(err.issues![1]!.message).toEqual({
      zh: '团组成员第 2 行人员：所选记录不存在或已删除',
      en: 'Members row 2, Person: the chosen record does not exist or was deleted',
    });
  });

  it('refuses a person of another department on a department laptop, and lets the office add anyone', async () => {
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const own = await addPerson(laptop, { department: 'LAW' });
    const other = receiveRecord(laptop, 'person', personValues({ name: '王经管', department: 'ECM' }));
    const err = await refused(laptop, { title: '法学院赴英', members: membersOf(own, other) });
    expect(err.issues).toEqual([
      {
        field: 'members.1.person',
        message: {
          zh: '团组成员第 2 行人员：“王经管”属于其他部门（ECM），本机只能选择本部门人员',
          en: 'Members row 2, Person: "王经管" belongs to another department (ECM); this laptop may choose only its own people',
        },
      },
    ]);
    expect(
      (await laptop.call('records.put', { register: 'delegation', values: { title: '法学院赴英', members: membersOf(own) } })).department,
    ).toBe('LAW');

    const office = await tempApp();
    const lawyer = await addPerson(office, { department: 'LAW' });
    const d = await office.call('records.put', { register: 'delegation', values: { title: '外事办赴英', members: membersOf(lawyer) } });
    expect(d.values.groupSize).toBe(1);
  });

  it('refuses an unknown column in a row and a table given as something other than rows', async () => {
    const app = await tempApp();
    const id = await addPerson(app);
    const column = await refused(app, { title: '多余的列', members: [{ person: id, role: 'leader', seat: '12A' }] });
    expect(column.issues).toEqual([
      { field: 'members.0', message: { zh: '团组成员第 1 行：未知列“seat”', en: 'Members row 1: unknown column "seat"' } },
    ]);
    const text = await refused(app, { title: '行程是文字', legs: 'GB 2026-05-01' });
    expect(text.issues).toEqual([{ field: 'legs', message: { zh: '行程：应为表格行', en: 'Itinerary: must be table rows' } }]);
    const list = await refused(app, { title: '成员是名单', members: [id] });
    expect(list.issues!.map((i) => i.field)).toEqual(['members']);
  });

  it(`refuses more than ${maxTableRows} rows at the contract, before any service runs`, async () => {
    const app = await tempApp();
    const rows = (n: number) => Array.from({ length: n }, () => ({ person: '01a21e64-797a-72f9-9697-3be669a7d03b', role: 'member' }));
    const tooMany = await refused(app, { title: '超大团组', members: rows(maxTableRows + 1) });
    expect(tooMany.localized.en).toBe('Malformed request');
    expect(tooMany.issues!.map((i) => i.field)).toEqual(['values.members']);
    // At the limit the contract lets it through and the service judges the rows themselves.
    const atLimit = await refused(app, { title: '超大团组', members: rows(maxTableRows) });
    expect(atLimit.localized.en).not.toBe('Malformed request');
  });
});

describe('who may write people and delegations', () => {
  it('refuses a department laptop creating a person of another department', async () => {
    const app = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const before = changeCount(app);
    const err = await app.fail('records.put', { register: 'person', values: personValues({ department: 'ECM' }) });
    expect(err.code).toBe('FORBIDDEN');
    expect(err.localized.en).toContain('not of ECM');
    expect(changeCount(app)).toBe(before);
    expect((await app.call('records.list', { register: 'person' })).total).toBe(0);
  });

  it('lets a review installation write nothing: people, delegations, templates, deletes', async () => {
    const app = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    const before = changeCount(app);
    const template = (await app.call('records.list', { register: 'checklistTemplate' })).rows[0]!;
    const attempts: [string, unknown][] = [
      ['records.put', { register: 'person', values: personValues() }],
      ['records.put', { register: 'delegation', values: { title: '审阅机团组' } }],
      ['records.put', { register: 'checklistTemplate', id: template.id, values: { notes: '改一下' } }],
      ['records.delete', { register: 'checklistTemplate', id: template.id }],
    ];
    for (const [channel, input] of attempts) expect((await app.fail(channel as 'records.put', input)).code, channel).toBe('READ_ONLY');
    expect(changeCount(app)).toBe(before);
  });

  it('keeps checklist templates to the office', async () => {
    const app = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const err = await app.fail('records.put', {
      register: 'checklistTemplate',
      values: { name: '自拟清单', subjectKind: 'outboundDelegation', effectiveFrom: '2026-01-01', items: [{ title: '无' }] },
    });
    expect(err.code).toBe('FORBIDDEN');
  });
});

describe('people still on a delegation', () => {
  it('will not delete a person still on a delegation, naming it; once removed, delete and restore work', async () => {
    const app = await tempApp();
    const leader = await addPerson(app);
    const member = await addPerson(app, { name: '李华' });
    const d = await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(leader, member)) });
    const before = changeCount(app);

    const err = await app.fail('records.delete', { register: 'person', id: member });
    expect(err.code).toBe('IN_USE');
    expect(err.localized).toEqual({
      zh: '仍有记录引用它（出访来访团组 1 条：“赴英国伦敦大学学院学术交流”），请先修改或删除这些记录。',
      en: 'Other records still refer to it (1 in Delegations: "赴英国伦敦大学学院学术交流"); change or delete them first.',
    });
    expect(changeCount(app)).toBe(before);
    expect((await app.call('records.get', { register: 'person', id: member })).meta.deleted).toBe(false);

    await app.call('records.put', { register: 'delegation', id: d.id, values: { members: membersOf(leader) } });
    expect((await app.call('records.delete', { register: 'person', id: member })).meta.deleted).toBe(true);
    expect((await app.call('records.restore', { register: 'person', id: member })).meta.deleted).toBe(false);
    const back = await app.call('records.put', { register: 'delegation', id: d.id, values: { members: membersOf(leader, member) } });
    expect(back.values.groupSize).toBe(2);
  });

  it('will not restore a delegation whose member was deleted meanwhile', async () => {
    const app = await tempApp();
    const person = await addPerson(app);
    const d = await app.call('records.put', { register: 'delegation', values: { title: '已删除的团组', members: membersOf(person) } });
    await app.call('records.delete', { register: 'delegation', id: d.id });
    await app.call('records.delete', { register: 'person', id: person });
    const before = changeCount(app);
    const err = await app.fail('records.restore', { register: 'delegation', id: d.id });
    expect(err.issues!.map((i) => i.field)).toEqual(['members.0.person']);
    expect(changeCount(app)).toBe(before);
  });
});
