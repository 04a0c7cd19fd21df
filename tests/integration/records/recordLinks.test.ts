import { describe, expect, it } from 'vitest';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { partnerValues, tempApp, type TestApp } from '../../support/tempApp';

const ids = async (app: TestApp, filters: Record<string, string>) =>
  (await app.call('records.list', { register: 'delegation', filters })).rows.map((r) => r.id);

const linksOf = (app: TestApp) => (app.ctx.sqlite.prepare('SELECT count(*) AS n FROM "recordLink"').get() as { n: number }).n;

describe('list and table values found through the link table', () => {
  it('follows edits: a member taken off and a country dropped no longer match, and no stale links remain', async () => {
    const app = await tempApp();
    const [a, b] = [await addPerson(app), await addPerson(app, { name: '李华' })];
    const trip = await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(a, b)) });
    expect(await ids(app, { member: b })).toEqual([trip.id]);
    expect(await ids(app, { country: 'DE' })).toEqual([trip.id]);
    const links = linksOf(app);
    const edited = await app.call('records.put', {
      register: 'delegation',
      id: trip.id,
      baseHead: trip.meta.head,
      values: { members: membersOf(a), legs: [{ country: 'GB', city: '伦敦', arrive: '2026-05-01', leave: '2026-05-10', stop: 'visit' }] },
    });
    expect(edited.values.countries).toEqual(['GB']);
    expect(await ids(app, { member: b })).toEqual([]);
    expect(await ids(app, { country: 'DE' })).toEqual([]);
    expect(await ids(app, { member: a })).toEqual([trip.id]);
    expect(linksOf(app)).toBe(links - 2);
  });

  it('counts a deleted trip out of the filter and back in when restored, and lets its people go meanwhile', async () => {
    const app = await tempApp();
    const a = await addPerson(app);
    const trip = await app.call('records.put', { register: 'delegation', values: outboundTrip(membersOf(a)) });
    expect((await app.fail('records.delete', { register: 'person', id: a })).code).toBe('IN_USE');
    await app.call('records.delete', { register: 'delegation', id: trip.id });
    expect(await ids(app, { member: a })).toEqual([]);
    const total = (await app.call('records.list', { register: 'delegation', filters: { member: a }, onlyDeleted: true })).total;
    expect(total).toBe(1);
    await app.call('records.restore', { register: 'delegation', id: trip.id });
    expect(await ids(app, { member: a })).toEqual([trip.id]);
  });

  it('refuses deleting a department still named in a department list', async () => {
    const app = await tempApp();
    const partner = await app.call('records.put', { register: 'partner', values: partnerValues() });
    await app.call('records.put', {
      register: 'agreement',
      values: { title: '联合培养协议', partner: partner.id, departmentsInvolved: ['LAW'] },
    });
    const law = (await app.call('records.list', { register: 'department', search: 'LAW' })).rows.find((r) => r.values.code === 'LAW')!;
    const err = await app.fail('records.delete', { register: 'department', id: law.id });
    expect(err.code).toBe('IN_USE');
    expect(err.localized.zh).toContain('联合培养协议');
  });
});
