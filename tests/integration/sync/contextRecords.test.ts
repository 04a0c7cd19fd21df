import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../src-main/contract';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { syncBothWays, type SyncBothWays } from '../../support/syncOffice';
import { partnerValues } from '../../support/tempApp';

/**
 * Issue 24: a laptop can work on every record it holds. What its department's records refer to that is not the
 * department's own travels with them as read-only context, cut to what the referring record needs.
 */

/** The office's joint trip of the Law School, with a Law teacher and an Economics and Management teacher. */
async function jointTrip(s: SyncBothWays) {
  const law = await addPerson(s.office, { name: '王法学', department: 'LAW', passportExpiry: '2031-01-01', phone: '13800000001' });
  const ecm = await addPerson(s.office, {
    name: '李经管',
    department: 'ECM',
    passportNumber: 'E99887766',
    passportExpiry: '2030-06-30',
    phone: '13900000002',
    email: 'li@example.edu.cn',
  });
  const trip = await s.office.call('records.put', {
    register: 'delegation',
    values: { ...outboundTrip(membersOf(law, ecm)), department: 'LAW' },
  });
  await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
  return { law, ecm, trip };
}

describe("what a department's records refer to travels with them", () => {
  it("brings a joint trip's member from another school, named, so the laptop edits the trip and the office takes it in", async () => {
    const s = await syncBothWays();
    const { ecm, trip } = await jointTrip(s);
    const held = await s.laptop.call('records.get', { register: 'delegation', id: trip.id });
    expect(Object.values(held.rowRefTitles ?? {})).toEqual(expect.arrayContaining(['王法学', '李经管']));
    const edited = await s.laptop.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: held.meta.head,
      values: { title: '赴英联合访问（法学院、经管学院）' },
    });
    expect(edited.values.members).toEqual(held.values.members);
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r.newChanges).toBe(1);
    expect((await s.office.call('records.get', { register: 'delegation', id: trip.id })).values.title).toBe(
      '赴英联合访问（法学院、经管学院）',
    );
    expect((await s.laptop.call('records.get', { register: 'person', id: ecm })).context).toEqual({ owner: 'ECM' });
  });

  it("cuts another school's person to who they are: no phone or e-mail, the passport number masked", async () => {
    const s = await syncBothWays();
    const { ecm } = await jointTrip(s);
    const person = await s.laptop.call('records.get', { register: 'person', id: ecm });
    expect(person.department).toBe('ECM');
    expect(person.values).toMatchObject({ name: '李经管', department: 'ECM', passportExpiry: '2030-06-30' });
    expect(Object.keys(person.values)).not.toEqual(expect.arrayContaining(['phone']));
    expect(Object.keys(person.values)).not.toEqual(expect.arrayContaining(['email']));
    expect(person.values.passportNumber).not.toContain('99887766');
    expect(person.masked).toEqual(['passportNumber']);
    expect(await s.laptop.call('records.list', { register: 'person' })).toMatchObject({ total: 1 });
  });

  it('refuses an edit of a context record on the laptop, naming its owner, and writes nothing', async () => {
    const s = await syncBothWays();
    const { ecm } = await jointTrip(s);
    const err = await s.laptop.fail('records.put', {
      register: 'person',
      id: ecm,
      values: { name: '李经管', category: 'teacher', department: 'LAW' },
    });
    expect(err.code).toBe('FORBIDDEN');
    expect(err.localized.zh).toContain('属于 ECM，本机只作参考显示，不能修改');
    expect(err.localized.en).toContain('belongs to ECM');
    expect(s.laptop.ctx.sqlite.prepare('SELECT count(*) AS n FROM "person"').get()).toEqual({ n: 1 });
  });

  it('asks for the office\'s next bundle for a reference to a record never received, never "does not exist"', async () => {
    const s = await syncBothWays();
    const unknown = '01a30000-0000-7000-8000-0000000000ff';
    const err = await s.laptop.fail('records.put', {
      register: 'delegation',
      values: { title: '出访', department: 'LAW', agreement: unknown },
    });
    expect(err.issues?.[0]?.message.zh).toContain('本机还没有这条“合作协议”记录');
    expect(err.issues?.[0]?.message.zh).toContain('请先导入外事办的下一个数据包');
    expect(err.issues?.[0]?.message.en).toContain("import the office's next bundle first");
  });

  it("brings the office's agreement a programme names and the fund an allocation draws on, and follows their changes", async () => {
    const s = await syncBothWays();
    const partner = await s.office.call('records.put', { register: 'partner', values: partnerValues() });
    const agreement = await s.office.call('records.put', {
      register: 'agreement',
      values: { title: '学校层面合作协议', partner: partner.id, department: 'FAO' },
    });
    await s.office.call('records.put', {
      register: 'program',
      values: { title: '法学院交换项目', department: 'LAW', partner: partner.id, agreement: agreement.id, startYear: 2026 },
    });
    const fund = await s.office.call('records.put', {
      register: 'fund',
      values: { name: '经管学院配套经费', fiscalYear: 2026, kind: 'departmentMatching', department: 'ECM', total: 1_000_000 },
    });
    await s.office.call('records.put', {
      register: 'allocation',
      confirm: ['allocationBeyondFund'],
      values: { title: '法学院分配', fund: fund.id, department: 'LAW', amount: 100_000 },
    });
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect((await s.laptop.call('records.get', { register: 'agreement', id: agreement.id })).context).toEqual({ owner: 'FAO' });
    expect((await s.laptop.call('records.get', { register: 'fund', id: fund.id })).values.name).toBe('经管学院配套经费');

    await s.office.call('records.put', { register: 'agreement', id: agreement.id, values: { title: '学校层面合作协议（续签）' } });
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect((await s.laptop.call('records.get', { register: 'agreement', id: agreement.id })).values.title).toBe('学校层面合作协议（续签）');
  });

  it('lets a context record go once nothing of the department refers to it', async () => {
    const s = await syncBothWays();
    const { law, ecm, trip } = await jointTrip(s);
    const current = await s.office.call('records.get', { register: 'delegation', id: trip.id });
    await s.office.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: current.meta.head,
      values: { members: membersOf(law) as TableRow[] },
    });
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect((await s.laptop.fail('records.get', { register: 'person', id: ecm })).code).toBe('NOT_FOUND');
  });
});
