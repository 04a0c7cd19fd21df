import { describe, expect, it } from 'vitest';
import type { ListQuery } from '../../../src-main/contract';
import { addPerson, membersOf, outboundTrip } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';

/**
 * Four delegations: an outbound trip to Britain via a German transit, an inbound visit, a law school trip
 * to Australia via an airside transfer in Dubai (cancelled), and a draft with no dates yet.
 */
async function setUp() {
  const app = await tempApp();
  const zhang = await addPerson(app, { name: '张明远' });
  const li = await addPerson(app, { name: '李华', department: 'LAW' });
  const smith = await addPerson(app, { name: '约翰·史密斯', category: 'visitor', nationality: 'GB', passportNumber: null });
  const put = async (values: Record<string, unknown>) =>
    (await app.call('records.put', { register: 'delegation', values: values as never })).id;
  const britain = await put(outboundTrip(membersOf(zhang, li)));
  const visit = await put({
    title: '伦敦大学学院代表团来访',
    direction: 'inbound',
    departDate: '2026-06-01',
    returnDate: '2026-06-03',
    legs: [{ country: 'CN', city: '本校', arrive: '2026-06-01', leave: '2026-06-03', stop: 'visit' }],
    members: membersOf(smith),
  });
  const australia = await put({
    title: '法学院赴澳大利亚',
    department: 'LAW',
    departDate: '2027-03-01',
    returnDate: '2027-03-08',
    legs: [
      { country: 'AE', city: '迪拜', arrive: '2027-03-01', leave: '2027-03-01', stop: 'airside' },
      { country: 'AU', city: '悉尼', arrive: '2027-03-02', leave: '2027-03-08', stop: 'visit' },
    ],
    members: membersOf(li),
  });
  await app.call('records.put', { register: 'delegation', id: australia, values: { status: 'cancelled' } });
  const draft = await put({ title: '待定团组' });
  return { app, people: { zhang, li, smith }, trips: { britain, visit, australia, draft } };
}

type Trips = Awaited<ReturnType<typeof setUp>>['trips'];

/** The trips a query lists, by name, in a stable order. */
async function listed(app: TestApp, trips: Trips, query: Omit<ListQuery, 'register'>): Promise<string[]> {
  const names = new Map(Object.entries(trips).map(([name, id]) => [id, name]));
  const page = await app.call('records.list', { register: 'delegation', limit: 100, ...query });
  expect(page.total).toBe(page.rows.length);
  return page.rows.map((r) => names.get(r.id)!).sort();
}

describe('delegation list filters', () => {
  it('filters by direction, status and organising department', async () => {
    const { app, trips } = await setUp();
    expect(await listed(app, trips, { filters: { direction: 'outbound' } })).toEqual(['australia', 'britain', 'draft']);
    expect(await listed(app, trips, { filters: { direction: 'inbound' } })).toEqual(['visit']);
    expect(await listed(app, trips, { filters: { status: 'cancelled' } })).toEqual(['australia']);
    expect(await listed(app, trips, { filters: { department: 'LAW' } })).toEqual(['australia']);
    expect(await listed(app, trips, { filters: { direction: 'outbound', status: 'draft' } })).toEqual(['britain', 'draft']);
  });

  it('filters by a country visited, a transit counted, an airside transfer and China not', async () => {
    const { app, trips } = await setUp();
    expect(await listed(app, trips, { filters: { country: 'GB' } })).toEqual(['britain']);
    expect(await listed(app, trips, { filters: { country: 'DE' } })).toEqual(['britain']);
    expect(await listed(app, trips, { filters: { country: 'AU' } })).toEqual(['australia']);
    expect(await listed(app, trips, { filters: { country: 'AE' } })).toEqual([]);
    expect(await listed(app, trips, { filters: { country: 'CN' } })).toEqual([]);
    // A code that is part of another code is not a match.
    expect(await listed(app, trips, { filters: { country: 'G' } })).toEqual([]);
  });

  it('filters by start date, either end open', async () => {
    const { app, trips } = await setUp();
    expect(await listed(app, trips, { filters: { departDate: '2026-05-01..2026-06-01' } })).toEqual(['britain', 'visit']);
    expect(await listed(app, trips, { filters: { departDate: '2026-05-02..' } })).toEqual(['australia', 'visit']);
    expect(await listed(app, trips, { filters: { departDate: '..2026-05-01' } })).toEqual(['britain']);
    expect(await listed(app, trips, { filters: { departDate: '2026-06-02..2027-02-28' } })).toEqual([]);
  });

  it('refuses a date range it cannot read', async () => {
    const { app } = await setUp();
    for (const bad of ['..', '2026-05-01', '2026/05/01..', '2026-5-1..2026-6-1', 'yesterday..today', "2026-05-01..' OR 1=1 --"]) {
      const err = await app.fail('records.list', { register: 'delegation', filters: { departDate: bad } });
      expect(err.code, bad).toBe('VALIDATION');
      expect(err.localized.en, bad).toBe('Cannot filter by "departDate"');
    }
  });

  it('filters by a member', async () => {
    const { app, people, trips } = await setUp();
    expect(await listed(app, trips, { filters: { member: people.li } })).toEqual(['australia', 'britain']);
    expect(await listed(app, trips, { filters: { member: people.smith } })).toEqual(['visit']);
    expect(await listed(app, trips, { filters: { member: people.zhang, country: 'GB' } })).toEqual(['britain']);
    expect(await listed(app, trips, { filters: { member: '01a21e64-797a-72f9-9697-3be669a7d03b' } })).toEqual([]);
    // Only the person column is compared: another column's value is not a member.
    expect(await listed(app, trips, { filters: { member: 'leader' } })).toEqual([]);
  });
});

describe('finding a delegation by its members and itinerary', () => {
  it("finds it by a member's name of two characters and of three or more", async () => {
    const { app, trips } = await setUp();
    expect(await listed(app, trips, { search: '李华' })).toEqual(['australia', 'britain']);
    expect(await listed(app, trips, { search: '张明远' })).toEqual(['britain']);
    expect(await listed(app, trips, { search: '史密斯' })).toEqual(['visit']);
  });

  it('finds it by a city or country of its itinerary', async () => {
    const { app, trips } = await setUp();
    expect(await listed(app, trips, { search: '法兰克福' })).toEqual(['britain']);
    expect(await listed(app, trips, { search: 'Australia' })).toEqual(['australia']);
  });

  it("finds it by a member's new name after the person is renamed, and no longer by the old one", async () => {
    const { app, people, trips } = await setUp();
    await app.call('records.put', { register: 'person', id: people.zhang, values: { name: '张明辉' } });
    expect(await listed(app, trips, { search: '张明辉' })).toEqual(['britain']);
    expect(await listed(app, trips, { search: '张明远' })).toEqual([]);
    await app.call('records.put', { register: 'person', id: people.li, values: { name: '李小华' } });
    expect(await listed(app, trips, { search: '小华' })).toEqual(['australia', 'britain']);
  });

  it('no longer finds it by a member who was taken off', async () => {
    const { app, people, trips } = await setUp();
    await app.call('records.put', { register: 'delegation', id: trips.britain, values: { members: membersOf(people.zhang) } });
    expect(await listed(app, trips, { search: '李华' })).toEqual(['australia']);
    expect(await listed(app, trips, { filters: { member: people.li } })).toEqual(['australia']);
  });
});
