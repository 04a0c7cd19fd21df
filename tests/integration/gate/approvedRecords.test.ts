import { describe, expect, it } from 'vitest';
import { AppError, type FieldValue, type TableRow } from '../../../src-main/contract';
import { approvedTrip } from '../../support/delegations';
import { forgeChange } from '../../support/forge';
import { syncBothWays } from '../../support/syncOffice';
import { tableContents } from '../../support/syncPair';
import { tempApp } from '../../support/tempApp';

/** The approved trip stretched to three countries and thirteen days: past the limit for three countries (10 days). */
const stretched = (legs: TableRow[]): Record<string, FieldValue> => ({
  returnDate: '2026-05-13',
  legs: [
    ...legs.filter((l) => l.country === 'DE'),
    { country: 'FR', city: '巴黎', arrive: '2026-05-01', leave: '2026-05-05', stop: 'visit' },
    { country: 'GB', city: '伦敦', arrive: '2026-05-05', leave: '2026-05-13', stop: 'visit' },
  ],
});

describe('an approved record stays true to what was approved', () => {
  it('refuses an edit of an approved trip past the limits, naming the rule and the way back, and writes nothing', async () => {
    const app = await tempApp();
    const trip = await approvedTrip(app);
    expect(trip.values.status).toBe('approved');
    const err = await app.fail('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: stretched(trip.values.legs as TableRow[]),
    });
    expect(err.code).toBe('VALIDATION');
    expect(err.issues![0]!.message.zh).toContain('记录已处于“已批准”，这次修改不能保存：会不符合外事规则');
    expect(err.issues![0]!.message.zh).toContain('请同时把状态改回“已申报”重新报批');
    expect(err.issues![0]!.message.en).toContain('move the status back to "Submitted"');
    expect((await app.call('records.get', { register: 'delegation', id: trip.id })).meta.head).toBe(trip.meta.head);
  });

  it('takes the same edit when it sends the trip back for approval, and the history says so', async () => {
    const app = await tempApp();
    const trip = await approvedTrip(app);
    const back = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { ...stretched(trip.values.legs as TableRow[]), status: 'submitted' },
    });
    expect(back.values).toMatchObject({ status: 'submitted', days: 13, countryCount: 3 });
    const history = await app.call('records.history', { register: 'delegation', id: trip.id });
    expect(history[history.length - 1]!.op === 'put' && history[history.length - 1]!.changes).toContainEqual({
      field: 'status',
      before: 'approved',
      after: 'submitted',
    });
  });

  it('refuses reopening a checklist item an approved trip passed, and keeps other edits', async () => {
    const app = await tempApp();
    const trip = await approvedTrip(app);
    const items = trip.values.checklist as TableRow[];
    const reopened = items.map((i) => (i.key === 'publicNotice' ? { ...i, status: 'pending' } : i));
    const err = await app.fail('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { checklist: reopened },
    });
    expect(err.issues![0]!.message.zh).toContain('审查清单事项会变为未完成');
    const noted = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { notes: '行程已确认' },
    });
    expect(noted.values).toMatchObject({ status: 'approved', notes: '行程已确认' });
  });

  it("refuses the same edit arriving in a laptop's bundle, at the office, changing nothing", async () => {
    const s = await syncBothWays();
    const trip = await approvedTrip(s.office, 'LAW');
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    const held = await s.laptop.call('records.get', { register: 'delegation', id: trip.id });
    expect(held.values.status).toBe('approved');
    // The laptop's own form refuses it too; its key's holder writes it past the form.
    expect(
      (
        await s.laptop.fail('records.put', {
          register: 'delegation',
          id: trip.id,
          baseHead: held.meta.head,
          values: stretched(held.values.legs as TableRow[]),
        })
      ).code,
    ).toBe('VALIDATION');
    // As a save stores them: every leg with all its columns, the derived fields computed.
    const { legs, ...dates } = stretched(held.values.legs as TableRow[]);
    const stored = (legs as TableRow[]).map((l) => ({ hostLodging: false, hostMeals: false, ...l }));
    forgeChange(
      s.laptop,
      'delegation',
      trip.id,
      'put',
      { ...held.values, ...dates, legs: stored, days: 13, countries: ['DE', 'FR', 'GB'], countryCount: 3 },
      'LAW',
      [held.meta.head],
    );
    const before = tableContents(s.office);
    const err = await s.importAtOffice(await s.exportLaptop()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).localized.zh).toContain('记录已处于“已批准”，这次修改不能保存');
    expect((err as AppError).localized.en).toContain('this edit cannot be saved');
    expect(tableContents(s.office)).toEqual(before);
  });
});

describe('stored findings follow what they read', () => {
  it("clears a trip's passport finding as soon as the member's passport is corrected", async () => {
    const app = await tempApp();
    const trip = await approvedTrip(app);
    const member = (trip.values.members as TableRow[])[1]!.person as string;
    const passport = (await app.call('records.get', { register: 'delegation', id: trip.id })).ruleFindings!.filter(
      (f) => f.ruleId === 'trip.passportValidity',
    );
    expect(passport).toEqual([]);
    const person = await app.call('records.get', { register: 'person', id: member });
    await app.call('records.put', { register: 'person', id: member, baseHead: person.meta.head, values: { passportExpiry: '2026-06-01' } });
    const stale = (await app.call('records.get', { register: 'delegation', id: trip.id })).ruleFindings!.filter(
      (f) => f.ruleId === 'trip.passportValidity',
    );
    expect(stale.map((f) => f.severity)).toEqual(['block']);
    expect(
      (await app.call('records.list', { register: 'delegation' })).rows.find((r) => r.id === trip.id)!.ruleFindingSummary,
    ).toMatchObject({ blocking: 1 });
    const again = await app.call('records.get', { register: 'person', id: member });
    await app.call('records.put', { register: 'person', id: member, baseHead: again.meta.head, values: { passportExpiry: '2031-06-01' } });
    expect(
      (await app.call('records.get', { register: 'delegation', id: trip.id })).ruleFindings!.filter(
        (f) => f.ruleId === 'trip.passportValidity',
      ),
    ).toEqual([]);
  });
});
