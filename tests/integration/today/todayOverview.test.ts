import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { addPerson, membersOf, outboundTrip, receiveRecord } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';

/** Days from the tests' fixed today, 2026-11-27. */
const day = (n: number) => new Date(Date.parse('2026-11-27T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);

const tripOn = (depart: number, back: number, over: Record<string, FieldValue> = {}) => ({
  ...outboundTrip([], over),
  departDate: day(depart),
  returnDate: day(back),
  legs: [{ country: 'GB', city: '伦敦', arrive: day(depart), leave: day(back), stop: 'visit' }],
  ...over,
});

async function put(app: TestApp, values: Record<string, FieldValue>) {
  return app.call('records.put', { register: 'delegation', values });
}

describe('the today channel', () => {
  it('gives the office the week: trips leaving and returning, approvals waiting, passports out and reports late', async () => {
    const office = await tempApp();
    const person = await addPerson(office);
    const leaving = await put(office, { ...tripOn(3, 9), title: '赴英国讲学', members: membersOf(person) });
    const returning = await put(office, { ...tripOn(-8, 2), title: '赴英国访学' });
    await put(office, { ...tripOn(30, 35), title: '下月出访' });
    // Back a month ago but never sent on its way: not a trip whose passports are out.
    await put(office, { ...tripOn(-40, -30), title: '未出行草稿' });
    // A trip back a month ago, passports and report still out, as it arrives from a laptop with its status.
    const late = receiveRecord(office, 'delegation', {
      ...tripOn(-40, -30),
      title: '逾期团组',
      department: 'FAO',
      status: 'returned',
      groupSize: 0,
    });

    const today = await office.call('today.overview', {});
    expect(today).toMatchObject({ asOf: day(0), weekEnd: day(6), departments: null });
    expect(today.leaving.map((e) => e.id)).toEqual([leaving.id]);
    expect(today.returning.map((e) => e.id)).toEqual([returning.id]);
    expect(today.passportsToReturn.map((r) => r.id)).toEqual([late]);
    expect(today.reportsOverdue.map((r) => r.id)).toEqual([late]);
    expect(today.approvalsWaiting).toEqual([]);
    // The week's reminders are the new trips' checklist items due within it, each linking to its record.
    expect(today.remindersThisWeek.length).toBeGreaterThan(0);
    expect(today.remindersThisWeek.every((r) => r.due >= day(0) && r.due <= day(6) && r.register === 'delegation')).toBe(true);
    expect(today.remindersThisWeek.map((r) => r.id)).toContain(leaving.id);
  });

  it('lists a trip submitted for approval', async () => {
    const office = await tempApp();
    const submitted = receiveRecord(office, 'delegation', {
      ...tripOn(60, 65),
      title: '待批团组',
      department: 'FAO',
      status: 'submitted',
      submittedDate: day(-2),
      groupSize: 0,
    });
    const today = await office.call('today.overview', {});
    expect(today.approvalsWaiting.map((e) => [e.id, e.date, e.status])).toEqual([[submitted, day(-2), 'submitted']]);
  });

  it('shows a department laptop only its own departments’ records, by the installation’s clock', async () => {
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const own = await put(laptop, { ...tripOn(2, 5), title: '法学院出访', department: 'LAW' });
    receiveRecord(laptop, 'delegation', { ...tripOn(2, 5), title: '经管学院出访', department: 'ECM', status: 'draft', groupSize: 0 });
    receiveRecord(laptop, 'delegation', {
      ...tripOn(-40, -30),
      title: '经管学院逾期',
      department: 'ECM',
      status: 'returned',
      groupSize: 0,
    });

    const today = await laptop.call('today.overview', {});
    expect(today.departments).toEqual(['LAW']);
    expect(today.leaving.map((e) => e.title)).toEqual(['法学院出访']);
    expect(today.passportsToReturn).toEqual([]);
    expect(today.reportsOverdue).toEqual([]);
    expect(today.remindersThisWeek.every((r) => r.id === own.id)).toBe(true);
  });
});
