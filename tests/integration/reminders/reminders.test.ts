import { describe, expect, it } from 'vitest';
import type { Reminder, TableRow } from '../../../src-main/contract';
import { addDays } from '../../../src-main/core/expiry';
import { addPerson, membersOf, outboundTrip, receiveRecord } from '../../support/delegations';
import { partnerValues, tempApp, type TestApp } from '../../support/tempApp';

// tempApp's clock stands at 2026-11-27.
const today = '2026-11-27';
const day = (n: number) => addDays(today, n);

const reminders = async (app: TestApp) => (await app.call('reminders.list', {})).reminders;
const ofKind = (list: Reminder[], kind: Reminder['kind']) => list.filter((r) => r.kind === kind);

async function activeAgreement(app: TestApp, expiryDate: string) {
  const partner = await app.call('records.put', { register: 'partner', values: partnerValues() });
  return app.call('records.put', {
    register: 'agreement',
    values: {
      title: '学生交流协议',
      partner: partner.id,
      status: 'active',
      signedDate: '2021-12-01',
      effectiveDate: '2021-12-01',
      expiryDate,
    },
  });
}

describe('reminders', () => {
  it('shows an agreement in force from 90 days before it expires, naming the narrowest window, and not once renewed', async () => {
    const app = await tempApp();
    const soon = await activeAgreement(app, day(20));
    await activeAgreement(app, day(120));
    const [r] = ofKind(await reminders(app), 'agreementExpiring');
    expect(r).toMatchObject({ id: soon.id, days: 20, due: day(20) });
    expect(r!.detail.zh).toContain('30 天内到期');
    await app.call('records.put', { register: 'agreement', id: soon.id, baseHead: soon.meta.head, values: { expiryDate: day(900) } });
    expect(ofKind(await reminders(app), 'agreementExpiring')).toEqual([]);
  });

  it('warns before a trip when a member’s passport lapses within six months of return, and clears when renewed', async () => {
    const app = await tempApp();
    const traveller = await addPerson(app, { passportExpiry: day(60) });
    const trip = await app.call('records.put', {
      register: 'delegation',
      values: outboundTrip(membersOf(traveller), {
        departDate: day(30),
        returnDate: day(37),
        legs: [{ country: 'GB', city: '伦敦', arrive: day(30), leave: day(37), stop: 'visit' }],
      }),
    });
    const [r] = ofKind(await reminders(app), 'passportBeforeTrip');
    expect(r).toMatchObject({ id: trip.id, due: day(30), urgency: 'upcoming' });
    expect(r!.detail.zh).toContain('不足回国后 6 个月');
    const person = await app.call('records.get', { register: 'person', id: traveller });
    await app.call('records.put', {
      register: 'person',
      id: traveller,
      baseHead: person.meta.head,
      values: { passportExpiry: day(60 + 365 * 5) },
    });
    expect(ofKind(await reminders(app), 'passportBeforeTrip')).toEqual([]);
  });

  it('counts a passport already lapsed as overdue since its expiry, not as days left before departure', async () => {
    const app = await tempApp();
    const traveller = await addPerson(app, { passportExpiry: day(-289) });
    const trip = await app.call('records.put', {
      register: 'delegation',
      values: outboundTrip(membersOf(traveller), {
        departDate: day(3),
        returnDate: day(10),
        legs: [{ country: 'GB', city: '伦敦', arrive: day(3), leave: day(10), stop: 'visit' }],
      }),
    });
    const [r] = ofKind(await reminders(app), 'passportBeforeTrip');
    expect(r).toMatchObject({ id: trip.id, due: day(-289), days: -289, urgency: 'overdue' });
    expect(r!.detail.zh).toBe(`张明远的护照已于 ${day(-289)} 过期，出发前须换发`);
  });

  it('counts passports and the report as overdue after return, by the office’s deadlines', async () => {
    const app = await tempApp();
    const traveller = await addPerson(app);
    const back = day(-10);
    // Entered after the trip, as it arrives from a department laptop: already ended, nothing handed in yet.
    const id = receiveRecord(app, 'delegation', {
      ...outboundTrip(membersOf(traveller), {
        departDate: day(-17),
        returnDate: back,
        legs: [{ country: 'GB', city: '伦敦', arrive: day(-17), leave: back, stop: 'visit' }],
      }),
      department: 'FAO',
      status: 'returned',
    });
    const trip = { id };
    let list = await reminders(app);
    expect(ofKind(list, 'passportNotReturned')[0]).toMatchObject({ id: trip.id, due: addDays(back, 7), days: -3, urgency: 'overdue' });
    // The rule in force: the report 15 working days after the return on Tuesday 17 November.
    expect(ofKind(list, 'tripReportOverdue')[0]).toMatchObject({ id: trip.id, due: '2026-12-08', days: 11, urgency: 'soon' });
    expect(ofKind(list, 'disclosureDue')[0]).toMatchObject({ id: trip.id, due: '2026-12-17', days: 20 });

    // The rule in force sets the deadline, not the setting; a new rule version moves it.
    await app.call('settings.set', { reminders: { ...(await app.call('settings.get', {})).reminders, passportReturnDays: 30 } });
    expect(ofKind(await reminders(app), 'passportNotReturned')[0]).toMatchObject({ days: -3 });
    const rule = app.ctx.sqlite.prepare(`SELECT "id" FROM "rule" WHERE "ruleId" = 'trip.passportReturn'`).get() as { id: string };
    await app.call('records.put', { register: 'rule', id: rule.id, values: { parameters: [{ key: 'days', value: '30' }] } });
    list = await reminders(app);
    expect(ofKind(list, 'passportNotReturned')[0]).toMatchObject({ days: 20, urgency: 'upcoming' });

    const current = await app.call('records.get', { register: 'delegation', id: trip.id });
    await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: current.meta.head,
      values: { passportReturnedDate: day(-5) },
    });
    expect(ofKind(await reminders(app), 'passportNotReturned')).toEqual([]);
  });

  it('lists pending checklist items past or near their due date, and not once done', async () => {
    const app = await tempApp();
    const traveller = await addPerson(app);
    const trip = await app.call('records.put', {
      register: 'delegation',
      values: outboundTrip(membersOf(traveller), {
        departDate: day(40),
        returnDate: day(47),
        legs: [{ country: 'GB', arrive: day(40), leave: day(47), stop: 'visit' }],
      }),
    });
    const items = (trip.values.checklist as TableRow[]).map((item, i) => (i === 1 ? { ...item, dueDate: day(-2) } : item));
    const saved = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { checklist: items },
    });
    // The other items carry the due dates the rules give them; this one the date set by hand.
    const ofItem = async () =>
      ofKind(await reminders(app), 'checklistItemOverdue').filter((r) => r.detail.zh.includes(String(items[1]!.title)));
    const [r] = await ofItem();
    expect(r).toMatchObject({ id: trip.id, days: -2, urgency: 'overdue' });
    const done = items.map((item, i) =>
      i === 1 ? { ...item, status: 'done', evidence: null, evidenceNeeded: item.evidenceNeeded } : item,
    );
    await app.call('records.put', { register: 'delegation', id: trip.id, baseHead: saved.meta.head, values: { checklist: done } });
    expect(await ofItem()).toEqual([]);
  });

  it('counts every reminder, by kind and pressing, however few it returns', async () => {
    const app = await tempApp();
    await activeAgreement(app, day(20));
    await activeAgreement(app, day(80));
    const counts = await app.call('reminders.list', { limit: 0 });
    // At the end of November the 2027 working-day calendar is asked for too (due 1 January).
    expect(counts).toMatchObject({ total: 3, pressing: 0, byKind: { agreementExpiring: 2, holidayCalendarMissing: 1 }, reminders: [] });
    const first = await app.call('reminders.list', { limit: 1 });
    expect(first.reminders.map((r) => r.due)).toEqual([day(20)]);
  });

  it('refuses deadlines that make no sense', async () => {
    const app = await tempApp();
    const err = await app.fail('settings.set', {
      reminders: { ...(await app.call('settings.get', {})).reminders, passportReturnDays: -1 },
    });
    expect(err.code).toBe('VALIDATION');
  });
});

describe('reminders for conferences and foreign experts', () => {
  it('asks for a conference summary after it ends, and clears once submitted', async () => {
    const app = await tempApp();
    const id = receiveRecord(app, 'conference', {
      title: '国际劳动关系学术研讨会',
      kind: 'conference',
      department: 'LAW',
      role: 'host',
      mode: 'offline',
      startDate: day(-12),
      endDate: day(-10),
      status: 'held',
      participantsTotal: 120,
      participantsForeign: 30,
      countryCount: 8,
    });
    const [r] = ofKind(await reminders(app), 'conferenceSummaryOverdue');
    expect(r).toMatchObject({ id, register: 'conference', due: addDays(day(-10), 60), days: 50 });
    const conference = await app.call('records.get', { register: 'conference', id });
    await app.call('records.put', {
      register: 'conference',
      id,
      baseHead: conference.meta.head,
      values: { summary: '会议总结全文……', summaryDate: day(0) },
    });
    expect(ofKind(await reminders(app), 'conferenceSummaryOverdue')).toEqual([]);
  });

  it('warns before an expert’s permit expires and while a residence permit is missing after entry', async () => {
    const app = await tempApp();
    const person = await addPerson(app, { name: 'John Smith', category: 'foreignExpert', nationality: 'GB', passportNumber: null });
    const id = receiveRecord(app, 'expert', {
      title: '外语学院聘请英语外教',
      person,
      department: 'FLT',
      kind: 'teacher',
      category: 'B',
      status: 'inPost',
      contractFrom: day(-20),
      contractTo: day(345),
      entryDate: day(-20),
      workPermitNumber: 'WP20261234',
      workPermitExpiry: day(25),
    });
    const list = await reminders(app);
    expect(ofKind(list, 'permitExpiring')[0]).toMatchObject({ id, due: day(25), urgency: 'upcoming' });
    expect(ofKind(list, 'residencePermitDue')[0]).toMatchObject({ id, due: day(10), days: 10, urgency: 'soon' });
    const expert = await app.call('records.get', { register: 'expert', id, reveal: true });
    await app.call('records.put', {
      register: 'expert',
      id,
      baseHead: expert.meta.head,
      values: { workPermitExpiry: day(700), residencePermitNumber: 'RP20269876', residencePermitExpiry: day(340) },
    });
    const after = await reminders(app);
    expect(ofKind(after, 'permitExpiring')).toEqual([]);
    expect(ofKind(after, 'residencePermitDue')).toEqual([]);
  });
});
