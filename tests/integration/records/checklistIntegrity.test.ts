import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../src-main/contract';
import { addPerson, changeCount, membersOf, outboundTrip, personValues, receiveRecord } from '../../support/delegations';
import { tempApp } from '../../support/tempApp';

const laptop = () => tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });

describe('a department laptop cannot lift the checklist gate', () => {
  it('refuses a new delegation whose checklist leaves out a template item', async () => {
    const app = await laptop();
    const person = await addPerson(app, { department: 'LAW' });
    const full = (await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(person)) })).values
      .checklist as TableRow[];
    const before = changeCount(app);
    const err = await app.fail('records.put', {
      register: 'delegation',
      values: { ...outboundTrip(membersOf(person)), checklist: full.slice(1) },
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues?.[0]?.message.zh).toBe(`审查清单事项“${String(full[0]!.title)}”由外事办设定，不能删除或修改其要求`);
    expect(changeCount(app)).toBe(before);
  });

  it('refuses turning off an evidence rule or moving an item to a later stage, but records progress and extra items', async () => {
    const app = await laptop();
    const person = await addPerson(app, { department: 'LAW' });
    const trip = await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(person)) });
    const items = trip.values.checklist as TableRow[];
    const withEvidence = items.findIndex((i) => i.evidenceNeeded === true);
    const lifted = items.map((item, i) => (i === withEvidence ? { ...item, evidenceNeeded: false } : item));
    expect(
      (await app.fail('records.put', { register: 'delegation', id: trip.id, baseHead: trip.meta.head, values: { checklist: lifted } }))
        .code,
    ).toBe('VALIDATION');
    const later = items.map((item, i) => (i === 0 ? { ...item, requiredBefore: 'closed' } : item));
    expect(
      (await app.fail('records.put', { register: 'delegation', id: trip.id, baseHead: trip.meta.head, values: { checklist: later } })).code,
    ).toBe('VALIDATION');

    const progressed = [
      ...items.map((item, i) => (i === 0 ? { ...item, status: 'done', reviewer: '李老师' } : item)),
      { title: '院系党委意见', requiredBefore: 'approved' },
    ];
    const saved = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { checklist: progressed },
    });
    expect((saved.values.checklist as TableRow[]).length).toBe(items.length + 1);
  });

  it('lets the office change what an item requires', async () => {
    const office = await tempApp();
    const person = await addPerson(office);
    const trip = await office.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(person)) });
    const items = (trip.values.checklist as TableRow[]).slice(1);
    const saved = await office.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { checklist: items },
    });
    expect((saved.values.checklist as TableRow[]).length).toBe(items.length);
  });
});

describe('members a department laptop did not add', () => {
  it('keeps a person of another department the office put on the trip, while still refusing to add one', async () => {
    const app = await laptop();
    const own = await addPerson(app, { department: 'LAW' });
    const guest = receiveRecord(app, 'person', personValues({ name: '王经管', department: 'ECM' }));
    const received = receiveRecord(app, 'delegation', {
      ...outboundTrip(membersOf(own, guest)),
      department: 'LAW',
      status: 'draft',
      groupSize: 2,
    });
    const trip = await app.call('records.get', { register: 'delegation', id: received });
    const edited = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { notes: '行程已确认' },
    });
    expect(edited.values.notes).toBe('行程已确认');

    const another = receiveRecord(app, 'person', personValues({ name: '赵文学', department: 'CUL' }));
    const err = await app.fail('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: edited.meta.head,
      values: { members: [...membersOf(own, guest), { person: another, role: 'member' }] },
    });
    expect(err.issues?.map((i) => i.field)).toEqual(['members.2.person']);
  });
});
