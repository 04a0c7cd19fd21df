import { describe, expect, it } from 'vitest';
import type { FieldValue, TableRow, TravelStandardEstimate } from '../../../src-main/contract';
import { waiban } from '../../support/cli';
import { addPerson, changeCount, membersOf } from '../../support/delegations';
import { closeApp, tempApp, type TestApp } from '../../support/tempApp';
import { openApp } from '../../../src-main/app/openApp';
import { exportRegister } from '../../../src-main/services/xlsx/exportRegister';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { csvBytes } from '../../support/xlsxWrite';
import { syncPair } from '../../support/syncPair';
import { readSheet } from '../../support/xlsxRead';

type Computed = Extract<TravelStandardEstimate, { computable: true }>;

/** Tokyo three nights then Seoul two, three people, departing 2026-05-01. */
const legs: TableRow[] = [
  { country: 'JP', city: '东京', arrive: '2026-05-01', leave: '2026-05-04', stop: 'visit' },
  { country: 'KR', city: '首尔', arrive: '2026-05-04', leave: '2026-05-06', stop: 'visit' },
];

async function trip(app: TestApp, over: Record<string, FieldValue> = {}) {
  const people = [await addPerson(app), await addPerson(app, { name: '李华' }), await addPerson(app, { name: '王芳' })];
  return app.call('records.put', {
    register: 'delegation',
    values: {
      title: '赴日韩学术交流',
      direction: 'outbound',
      departDate: '2026-05-01',
      returnDate: '2026-05-06',
      legs,
      members: membersOf(...people),
      budgetEstimate: '60,000',
      ...over,
    },
  });
}

async function hotel(app: TestApp, delegation: string, amount: string, over: Record<string, FieldValue> = {}) {
  const fund = await app.call('records.put', {
    register: 'fund',
    values: { name: '外事常规经费', fiscalYear: 2026, kind: 'routine', total: '200,000' },
  });
  const allocation = await app.call('records.put', {
    register: 'allocation',
    values: { title: '外事办', fund: fund.id, department: 'FAO', amount: '100,000' },
  });
  return app.call('records.put', {
    register: 'expense',
    values: {
      description: '东京酒店',
      allocation: allocation.id,
      stage: 'actual',
      subjectKind: 'delegation',
      delegation,
      category: 'lodging',
      date: '2026-05-04',
      currency: 'JPY',
      amount,
      rate: '0.0475',
      rateDate: '2026-05-06',
      rateSource: 'bocSellingRate',
      ...over,
    },
  });
}

const computed = (r: TravelStandardEstimate): Computed => {
  if (!r.computable) throw new Error(r.missing.map((m) => m.en).join('; '));
  return r;
};

describe('delegations.travelStandard', () => {
  it('ships the default standards, Tokyo and Seoul among them', async () => {
    const app = await tempApp();
    const page = await app.call('records.list', { register: 'travelStandard', search: '东京' });
    expect(page.rows.map((r) => [r.values.currency, r.values.lodging, r.values.food, r.values.misc])).toEqual([
      ['JPY', 20000, 10000, 5000],
    ]);
    const countries = new Set(
      (await app.call('records.list', { register: 'travelStandard', limit: 500 })).rows.map((r) => r.values.country),
    );
    for (const c of ['US', 'GB', 'JP', 'KR', 'DE', 'FR', 'AU', 'CA', 'SG', 'RU', 'IT', 'NL']) expect(countries.has(c), c).toBe(true);
  });

  it("keeps a new department laptop's copy of the defaults out of its bundles, so the office accepts them", async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: { nameZh: '东京大学', country: 'JP' } });
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r).toMatchObject({ newChanges: 1, perRegister: { partner: 1 } });
  });

  it('leaves an upgraded department laptop to receive the standards from the office, so its bundle carries no office data', async () => {
    const laptop = await tempApp({ name: '法学院', role: 'department', departments: ['LAW'] });
    const dataDir = laptop.dataDir;
    // A laptop set up before this version: no standards yet.
    laptop.ctx.sqlite.exec('DELETE FROM "travelStandard"');
    closeApp(laptop);
    const upgraded = await openApp({ dataDir });
    const rows = upgraded.ctx.sqlite.prepare('SELECT count(*) AS n FROM "travelStandard"').get() as { n: number };
    upgraded.close();
    expect(rows.n).toBe(0);
  });

  it('gives the allowance for a two-country trip and flags the Tokyo hotel over its cap', async () => {
    const app = await tempApp();
    const d = await trip(app);
    await hotel(app, d.id, '270,000');
    const r = computed(await app.call('delegations.travelStandard', { id: d.id, rates: { USD: '7.1' } }));
    expect(r).toMatchObject({ persons: 3, days: 6 });
    expect(r.stops.map((s) => [s.city, s.currency, s.lodgingNights, s.days, s.lodging, s.food, s.misc])).toEqual([
      ['东京', 'JPY', 3, 3, 180000, 90000, 45000],
      ['首尔', 'USD', 2, 3, 108000, 63000, 31500],
    ]);
    // JPY at the hotel's own rate 0.0475: 8,550 + 4,275 + 2,137.50 yuan; USD at the rate entered: 7,668 + 4,473 + 2,236.50.
    expect(r.totals.map((t) => [t.currency, t.rate?.rate, t.rate?.source])).toEqual([
      ['JPY', '0.0475', 'bocSellingRate'],
      ['USD', '7.1', 'entered'],
    ]);
    expect(r.allowedCny).toEqual({ lodging: 1_621_800, food: 874_800, misc: 437_400, total: 2_934_000 });
    expect(r.actual).toEqual({ lodging: 1_282_500, food: 0, misc: 0, total: 1_282_500 });
    expect(r.budgetEstimate).toBe(6_000_000);
    expect(r.flags).toHaveLength(1);
    expect(r.flags[0]).toMatchObject({
      scope: 'stop',
      category: 'lodging',
      stage: 'actual',
      place: '东京',
      found: 270000,
      allowed: 180000,
      units: 9,
    });
  });

  it('names a currency it has no rate for instead of converting at zero', async () => {
    const app = await tempApp();
    const d = await trip(app);
    const r = computed(await app.call('delegations.travelStandard', { id: d.id }));
    expect(r.missingRates).toEqual(['JPY', 'USD']);
    expect(r.allowedCny).toBeNull();
  });

  it('cannot compute a trip to a country without a standard, or one with no dates, and says what is missing', async () => {
    const app = await tempApp();
    const brazil = await trip(app, { legs: [{ country: 'BR', city: '圣保罗', arrive: '2026-05-01', leave: '2026-05-06', stop: 'visit' }] });
    expect(await app.call('delegations.travelStandard', { id: brazil.id })).toEqual({
      computable: false,
      missing: [{ zh: '巴西（圣保罗）在 2026-05-01 有效的开支标准', en: 'a standard for Brazil (圣保罗) in force on 2026-05-01' }],
    });
    const inbound = await trip(app, {
      direction: 'inbound',
      legs: [{ country: 'CN', city: '北京', arrive: '2026-05-01', leave: '2026-05-06', stop: 'visit' }],
    });
    expect(await app.call('delegations.travelStandard', { id: inbound.id })).toMatchObject({
      computable: false,
      missing: [{ en: 'an outbound delegation (inbound visits are not measured by the standards abroad)' }],
    });
    expect((await app.fail('delegations.travelStandard', { id: 'no-such-trip' })).code).toBe('NOT_FOUND');
    const undated = await trip(app, { departDate: null, returnDate: null, legs: null });
    const r = await app.call('delegations.travelStandard', { id: undated.id });
    expect(r.computable).toBe(false);
    expect(!r.computable && r.missing.map((m) => m.en)).toEqual([
      'the date the trip leaves China (start date)',
      'the date the trip re-enters China (end date)',
      'an itinerary with at least one stop outside the airport',
    ]);
  });

  it('measures a trip under the version in force on its departure date', async () => {
    const app = await tempApp();
    const tokyo = (await app.call('records.list', { register: 'travelStandard', search: '东京' })).rows[0]!;
    await app.call('records.put', { register: 'travelStandard', id: tokyo.id, values: { effectiveTo: '2026-12-31' } });
    await app.call('records.put', {
      register: 'travelStandard',
      values: {
        country: 'JP',
        city: '东京、Tokyo',
        currency: 'JPY',
        lodging: '25,000',
        food: '10,000',
        misc: '5,000',
        effectiveFrom: '2027-01-01',
      },
    });
    const before = computed(await app.call('delegations.travelStandard', { id: (await trip(app)).id }));
    const later = await trip(app, {
      departDate: '2027-05-01',
      returnDate: '2027-05-06',
      legs: legs.map((l) => ({ ...l, arrive: String(l.arrive).replace('2026', '2027'), leave: String(l.leave).replace('2026', '2027') })),
    });
    const after = computed(await app.call('delegations.travelStandard', { id: later.id }));
    expect([before.stops[0]!.perNight, after.stops[0]!.perNight]).toEqual([20000, 25000]);
  });
});

describe('host-provided lodging and meals on the itinerary', () => {
  it('are deducted from the allowance and read as words in an export', async () => {
    const app = await tempApp();
    const d = await trip(app, { legs: [legs[0]!, { ...legs[1]!, hostLodging: true, hostMeals: true }] });
    const seoul = computed(await app.call('delegations.travelStandard', { id: d.id })).stops[1]!;
    expect([seoul.lodging, seoul.food, seoul.misc]).toEqual([0, 0, 31500]);
    const { cell } = readSheet(exportRegister(app.ctx, { register: 'delegation' }));
    expect(cell('Itinerary')?.v).toBe(
      '日本 / 东京 / 2026-05-01 / 2026-05-04 / 访问\n韩国 / 首尔 / 2026-05-04 / 2026-05-06 / 访问 / 对方供宿 / 对方供餐',
    );
  });
});

describe('travel standards refused with the reason, nothing written', () => {
  const japan = {
    country: 'JP',
    city: '东京',
    currency: 'JPY',
    lodging: '30,000',
    food: '10,000',
    misc: '5,000',
    effectiveFrom: '2025-01-01',
  };

  it('refuses a second version of Tokyo overlapping the one in force', async () => {
    const app = await tempApp();
    const before = changeCount(app);
    const err = await app.fail('records.put', { register: 'travelStandard', values: japan });
    expect(err.issues?.[0]?.message.zh).toMatch(/^与现有标准“日本 东京、Tokyo”（2014-01-01 – …）的有效期重叠/);
    expect(changeCount(app)).toBe(before);
  });

  it('refuses negative amounts and an end before the start', async () => {
    const app = await tempApp();
    const before = changeCount(app);
    const negative = await app.fail('records.put', { register: 'travelStandard', values: { ...japan, city: '名古屋北', lodging: '-1' } });
    expect(negative.issues?.map((i) => i.message.en)).toEqual(['Lodging cap (per person-night): cannot be negative']);
    const backwards = await app.fail('records.put', {
      register: 'travelStandard',
      values: { ...japan, city: '名古屋北', effectiveTo: '2024-12-31' },
    });
    expect(backwards.issues?.map((i) => i.message.en)).toEqual(['The end date cannot be before the effective date']);
    expect(changeCount(app)).toBe(before);
  });

  it('takes a new table from a spreadsheet, refusing the row that overlaps a version in force', async () => {
    const app = await tempApp();
    const sheet = [
      ['国家/地区', '城市', '币种', '住宿费（每人每晚上限）', '伙食费（每人每天）', '公杂费（每人每天）', '生效日期', '依据文件'],
      ['西班牙', '马德里、Madrid', 'EUR', '180.00', '55', '35', '2014-01-01', '财行〔2013〕516号 附表2'],
      ['日本', '东京', 'JPY', '25,000', '10,000', '5,000', '2020-01-01', '新通知'],
    ];
    const report = await importRegister(app.ctx, app.writer, { register: 'travelStandard', bytes: csvBytes(sheet), dryRun: false });
    expect([report.created, report.rowsRefused.length]).toEqual([1, 1]);
    const madrid = (await app.call('records.list', { register: 'travelStandard', search: '马德里' })).rows[0]!;
    expect([madrid.values.title, madrid.values.lodging]).toEqual(['西班牙 马德里、Madrid', 18000]);
  });

  it('lets only the office keep them', async () => {
    const app = await tempApp({ name: '法学院', role: 'department', departments: ['LAW'] });
    const err = await app.fail('records.put', { register: 'travelStandard', values: { ...japan, city: '名古屋北' } });
    expect(err.code).toBe('FORBIDDEN');
  });
});

describe('waiban standards', () => {
  it('prints the allowance and the flags, as JSON too, and exits 1 when it cannot compute', async () => {
    const app = await tempApp();
    const d = await trip(app);
    await hotel(app, d.id, '270,000');
    const brazil = await trip(app, { legs: [{ country: 'BR', city: '圣保罗', arrive: '2026-05-01', leave: '2026-05-06', stop: 'visit' }] });
    const dir = app.dataDir;
    app.close();
    const text = waiban(dir, ['standards', '--delegation', d.id, '--rate', 'USD=7.1']);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/allowed +16,218\.00 +8,748\.00 +4,374\.00 +29,340\.00\n/);
    expect(text.out).toContain('! 东京 lodging (actual) 270,000 JPY is over the standard 180,000 JPY (9 person-nights × 20,000 JPY)');
    const asJson = JSON.parse(waiban(dir, ['standards', '--delegation', d.id, '--json']).out) as Computed;
    expect(asJson.missingRates).toEqual(['USD']);
    const missing = waiban(dir, ['standards', '--delegation', brazil.id]);
    expect([missing.code, missing.out]).toEqual([1, 'Cannot compute: missing a standard for Brazil (圣保罗) in force on 2026-05-01\n']);
    expect(waiban(dir, ['standards', '--delegation', d.id, '--rate', 'USD']).code).toBe(2);
  });
});
