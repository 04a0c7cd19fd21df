import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src-main/core/expiry';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { join } from 'node:path';
import { closeApp, partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

const today = '2026-11-27';

async function partnerWithAgreement(app: TestApp, signedDate: string) {
  const partner = await app.call('records.put', { register: 'partner', values: partnerValues() });
  await app.call('records.put', {
    register: 'agreement',
    values: {
      title: '合作备忘录',
      partner: partner.id,
      status: 'active',
      signedDate,
      effectiveDate: signedDate,
      expiryDate: addDays(signedDate, 1800),
    },
  });
  return partner;
}

describe('partner 360', () => {
  it('counts what refers to a partner, register by register, and dates its latest activity', async () => {
    const app = await tempApp();
    const partner = await partnerWithAgreement(app, '2025-03-01');
    const person = await addPerson(app);
    await app.call('records.put', {
      register: 'delegation',
      values: { ...outboundTrip(membersOf(person), { departDate: '2026-05-01', returnDate: '2026-05-10' }), partner: partner.id },
    });
    await app.call('records.put', {
      register: 'delegation',
      values: { title: '来访', direction: 'inbound', partner: partner.id, departDate: addDays(today, 60), returnDate: addDays(today, 63) },
    });
    const activity = await app.call('partners.activity', { id: partner.id });
    const count = (register: string) => activity.registers.find((r) => r.register === register)?.count;
    expect(count('agreement')).toBe(1);
    expect(count('delegation')).toBe(2);
    expect(count('conference')).toBe(0);
    expect(activity.registers.map((r) => r.register)).toEqual(
      expect.arrayContaining(['agreement', 'delegation', 'program', 'mobility', 'conference', 'expert']),
    );
    // The visit ahead is planned, not yet activity: the latest is the trip in May.
    expect(activity.lastActivity).toBe('2026-05-01');
    expect(activity.dormant).toBe(false);
  });

  it('flags a partner dormant when nothing has happened for the years the office set, or ever', async () => {
    const app = await tempApp();
    const old = await partnerWithAgreement(app, '2022-06-01');
    expect(await app.call('partners.activity', { id: old.id })).toMatchObject({
      lastActivity: '2022-06-01',
      dormant: true,
      dormantYears: 3,
    });
    const settings = await app.call('settings.get', {});
    await app.call('settings.set', { reminders: { ...settings.reminders, partnerDormantYears: 5 } });
    expect((await app.call('partners.activity', { id: old.id })).dormant).toBe(false);
  });

  it('does not flag a partner entered lately with nothing yet, but one entered years ago with nothing since', async () => {
    const dir = join(tempDir(), 'data');
    const then = await tempApp('default', dir, Date.parse('2021-03-01T10:00:00+08:00'));
    const quietLong = await then.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '久未往来院校' }) });
    closeApp(then);
    const app = await tempApp('default', dir);
    const fresh = await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '新合作院校' }) });
    expect(await app.call('partners.activity', { id: fresh.id })).toMatchObject({ lastActivity: null, dormant: false });
    expect(await app.call('partners.activity', { id: quietLong.id })).toMatchObject({ lastActivity: null, dormant: true });
  });

  it('refuses an unknown partner', async () => {
    const app = await tempApp();
    expect((await app.fail('partners.activity', { id: '01a21ee4-0000-7000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});
