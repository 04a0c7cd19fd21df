import { describe, expect, it } from 'vitest';
import type { RecordDto, TableRow } from '../../../src-main/contract';
import { waiban, json } from '../../support/cli';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { tempApp, tempDir, type TestApp } from '../../support/tempApp';

const dueOf = (d: RecordDto) => Object.fromEntries((d.values.checklist as TableRow[]).map((i) => [i.key, i.dueDate]));

/**
 * The default trip: 1-10 May 2026, Germany (transit) and Britain, so the 90-day lead of several countries applies.
 * Submission 90 days before departure (31 Jan), approval after the 5-working-day notice (6 Feb), the journey's items
 * the day before (30 Apr), passports 7 days after return (17 May), the report 15 working days after (29 May: 1-5
 * May are holidays but fall before the return).
 */
const firstDates = {
  plan: '2026-01-31',
  invitation: '2026-01-31',
  publicNotice: '2026-02-06',
  politicalReview: '2026-02-06',
  budget: '2026-02-06',
  taskApproval: '2026-04-30',
  passportValid: '2026-04-30',
  visa: '2026-04-30',
  briefing: '2026-04-30',
  passportReturned: '2026-05-17',
  tripReport: '2026-05-29',
};

/** Moved to 1-5 June in Britain only: 45 days' lead (17 Apr), notice to 24 Apr, report past the 19 June holiday. */
const movedTrip = {
  departDate: '2026-06-01',
  returnDate: '2026-06-05',
  legs: [{ country: 'GB', city: '伦敦', arrive: '2026-06-01', leave: '2026-06-05', stop: 'visit' }],
};
const movedDates = {
  plan: '2026-04-17',
  invitation: '2026-04-17',
  publicNotice: '2026-04-24',
  politicalReview: '2026-04-24',
  budget: '2026-04-24',
  taskApproval: '2026-05-31',
  passportValid: '2026-05-31',
  visa: '2026-05-31',
  briefing: '2026-05-31',
  passportReturned: '2026-06-12',
  tripReport: '2026-06-29',
};

async function newTrip(app: TestApp): Promise<RecordDto> {
  const person = await addPerson(app);
  return app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(person)) });
}

describe('checklist due dates follow the trip', () => {
  it('gives a new trip made in the app a due date on every item, from its dates and the rules', async () => {
    const app = await tempApp();
    expect(dueOf(await newTrip(app))).toEqual(firstDates);
  });

  it('moves the computed due dates when the trip dates change', async () => {
    const app = await tempApp();
    const trip = await newTrip(app);
    const moved = await app.call('records.put', { register: 'delegation', id: trip.id, baseHead: trip.meta.head, values: movedTrip });
    expect(dueOf(moved)).toEqual(movedDates);
  });

  it('keeps a due date set by hand through a date change, and hands a cleared one back to the rules', async () => {
    const app = await tempApp();
    const trip = await newTrip(app);
    const byHand = (trip.values.checklist as TableRow[]).map((i) => (i.key === 'visa' ? { ...i, dueDate: '2026-03-20' } : i));
    const set = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { checklist: byHand },
    });
    expect(dueOf(set).visa).toBe('2026-03-20');

    const moved = await app.call('records.put', { register: 'delegation', id: trip.id, baseHead: set.meta.head, values: movedTrip });
    expect(dueOf(moved)).toEqual({ ...movedDates, visa: '2026-03-20' });

    const cleared = (moved.values.checklist as TableRow[]).map((i) => (i.key === 'visa' ? { ...i, dueDate: null } : i));
    const back = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: moved.meta.head,
      values: { checklist: cleared },
    });
    expect(dueOf(back)).toEqual(movedDates);
  });

  it('follows the rule version the office edits: a longer notice period moves the approval items', async () => {
    const app = await tempApp();
    const rule = app.ctx.sqlite.prepare(`SELECT "id" FROM "rule" WHERE "ruleId" = 'trip.publicNotice'`).pluck().get() as string;
    const current = await app.call('records.get', { register: 'rule', id: rule });
    await app.call('records.put', {
      register: 'rule',
      id: rule,
      baseHead: current.meta.head,
      values: { parameters: [{ key: 'workingDays', value: '7' }] },
    });
    const due = dueOf(await newTrip(app));
    expect([due.publicNotice, due.budget, due.plan]).toEqual(['2026-02-10', '2026-02-10', '2026-01-31']);
  });

  it('reminds of a new trip’s overdue items through the reminders list', async () => {
    const app = await tempApp();
    const person = await addPerson(app);
    const trip = await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(person), movedTrip) });
    const { reminders } = await app.call('reminders.list', { limit: 100 });
    const mine = reminders.filter((r) => r.id === trip.id && r.kind === 'checklistItemOverdue');
    expect(mine.map((r) => r.due).sort()).toEqual(Object.values(movedDates).sort());
  });

  it('gives a trip made from the command line the same due dates', async () => {
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    const put = (register: string, values: object) => waiban(dir, ['records', 'put', '--register', register], JSON.stringify(values));
    const person = json(put('person', { name: '张明远', passportNumber: 'E12345678' }).out).id;
    const made = put('delegation', outboundTrip(membersOf(person)));
    expect(made.code, made.err).toBe(0);
    const items = json(made.out).values.checklist as TableRow[];
    expect(Object.fromEntries(items.map((i) => [i.key, i.dueDate]))).toEqual(firstDates);
  });

  it('dates a visit from its arrival: approval the lead time ahead, police registration the day after arrival', async () => {
    const app = await tempApp();
    const visit = await app.call('records.put', {
      register: 'delegation',
      values: {
        title: '伦敦大学学院代表团来访',
        direction: 'inbound',
        purpose: 'negotiation',
        departDate: '2026-05-11',
        returnDate: '2026-05-15',
      },
    });
    expect(dueOf(visit)).toEqual({
      receptionPlan: '2026-04-11',
      visitorBackground: '2026-04-11',
      visaInvitation: '2026-04-11',
      policeRegistration: '2026-05-12',
      summary: '2026-06-05',
    });
  });
});
