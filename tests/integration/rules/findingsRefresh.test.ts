import { describe, expect, it } from 'vitest';
import { addForeignExpert, expertValues, put } from '../../support/exchange';
import { syncBothWays } from '../../support/syncOffice';
import { closeApp, fixedNow, tempApp } from '../../support/tempApp';

const day = 86_400_000;
const leadTime = (findings: { ruleId: string; kind: string }[] | undefined) =>
  (findings ?? []).filter((f) => f.ruleId === 'expert.leadTime');

describe('rule findings that depend on the date', () => {
  it('appear on the first read of a later day, with nothing written in between', async () => {
    const app = await tempApp();
    // Applied for 100 days before the contract: in time on 27 November.
    const hire = await put(
      app,
      'expert',
      expertValues(await addForeignExpert(app), { contractFrom: '2027-03-07', contractTo: '2027-12-31' }),
    );
    expect(leadTime((await app.call('records.get', { register: 'expert', id: hire.id })).ruleFindings)).toEqual([]);
    closeApp(app);

    // Fifteen days on, the same data folder: 85 days before the contract, and still applying.
    const later = await tempApp('default', app.dataDir, fixedNow + 15 * day);
    const list = await later.call('records.list', { register: 'expert', limit: 10 });
    expect(list.rows[0]!.ruleFindingSummary).toBeDefined();
    const findings = leadTime((await later.call('records.get', { register: 'expert', id: hire.id })).ruleFindings);
    expect(findings.map((f) => f.kind)).toEqual(['breach']);
  });

  it('follow a bundle import: the subjects it brings are checked, and a trip whose member it changed', async () => {
    const s = await syncBothWays();
    const member = await s.laptop.call('records.put', {
      register: 'person',
      values: { name: '法学院老师', category: 'teacher', department: 'LAW', passportExpiry: '2035-01-01' },
    });
    const trip = await s.office.call('records.put', {
      register: 'delegation',
      values: {
        title: '法学院赴英交流',
        direction: 'outbound',
        purpose: 'negotiation',
        department: 'LAW',
        departDate: '2027-03-01',
        returnDate: '2027-03-05',
        legs: [{ country: 'GB', city: '伦敦', arrive: '2027-03-01', leave: '2027-03-05', stop: 'visit' }],
        unplannedReason: '临时邀请',
      },
    });
    const passport = async () =>
      ((await s.office.call('records.get', { register: 'delegation', id: trip.id })).ruleFindings ?? []).filter(
        (f) => f.ruleId === 'trip.passportValidity',
      );
    await s.importAtOffice(await s.exportLaptop());
    const current = await s.office.call('records.get', { register: 'delegation', id: trip.id });
    await s.office.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: current.meta.head,
      values: { members: [{ person: member.id, role: 'leader' }] },
    });
    expect(await passport()).toEqual([]);
    // The laptop records a passport that ends before the trip; the office learns it only from the bundle.
    s.acknowledge();
    const held = await s.laptop.call('records.get', { register: 'person', id: member.id });
    await s.laptop.call('records.put', {
      register: 'person',
      id: member.id,
      baseHead: held.meta.head,
      values: { passportExpiry: '2027-04-01' },
    });
    await s.importAtOffice(await s.exportLaptop());
    expect((await passport()).map((f) => f.kind)).toEqual(['breach']);
  });
});
