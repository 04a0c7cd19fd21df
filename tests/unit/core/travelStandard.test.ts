import { describe, expect, it } from 'vitest';
import type { RateUsed, TableRow } from '../../../src-main/contract';
import { allowedInCny, currencyTotals, standardFlags, type TripExpense } from '../../../src-main/core/budget/standardComparison';
import { estimateStops, type StandardRow } from '../../../src-main/core/budget/travelStandard';

const std = (over: Partial<StandardRow>): StandardRow => ({
  id: `s-${over.country}-${over.city ?? 'other'}-${over.effectiveFrom ?? '2014'}`,
  title: 't',
  country: 'JP',
  city: null,
  currency: 'JPY',
  lodging: 9000,
  food: 10000,
  misc: 5000,
  effectiveFrom: '2014-01-01',
  effectiveTo: null,
  source: '财行〔2013〕516号',
  ...over,
});

const standards: StandardRow[] = [
  std({ city: '东京、Tokyo', lodging: 20000 }),
  std({}),
  std({ country: 'KR', city: '首尔、Seoul', currency: 'USD', lodging: 18000, food: 7000, misc: 3500 }),
  std({ country: 'KR', currency: 'USD', lodging: 15000, food: 7000, misc: 3500 }),
];

const leg = (country: string, city: string, arrive: string, leave: string, more: Partial<TableRow> = {}): TableRow => ({
  country,
  city,
  arrive,
  leave,
  stop: 'visit',
  ...more,
});

const estimate = (
  legs: TableRow[],
  persons = 1,
  departDate: string | null = legs[0]?.arrive as string,
  returnDate: string | null = legs.at(-1)?.leave as string,
  rows = standards,
) => estimateStops({ departDate, returnDate, legs, persons }, rows);

const ok = (r: ReturnType<typeof estimate>) => {
  if (!r.computable) throw new Error(`not computable: ${r.missing.map((m) => m.en).join(', ')}`);
  return r;
};

describe('travel standard calculator', () => {
  it('counts nights for lodging and days border to border for food and miscellaneous', () => {
    const r = ok(estimate([leg('JP', '东京', '2026-05-01', '2026-05-04')]));
    expect(r.days).toBe(4);
    expect(r.stops[0]).toMatchObject({ nights: 3, lodgingNights: 3, days: 4, lodging: 60000, food: 40000, misc: 20000 });
  });

  it('multiplies by the members: person-nights and person-days', () => {
    const r = ok(estimate([leg('JP', '东京', '2026-05-01', '2026-05-04')], 3));
    expect(r.stops[0]).toMatchObject({ lodging: 180000, food: 120000, misc: 60000 });
  });

  it('uses the city standard for a named city and the "other cities" standard elsewhere, matching names in either language', () => {
    const r = ok(estimate([leg('JP', 'tokyo', '2026-05-01', '2026-05-03'), leg('JP', '奈良', '2026-05-03', '2026-05-05')]));
    expect(r.stops.map((s) => s.perNight)).toEqual([20000, 9000]);
    expect(r.stops.map((s) => s.nights)).toEqual([2, 2]);
    // The day moving on is counted where the night is spent; the return day where the trip was last.
    expect(r.stops.map((s) => s.days)).toEqual([2, 3]);
  });

  it('gives a transit stop days but no lodging, and an airside transfer nothing', () => {
    const r = ok(
      estimate([
        leg('KR', '首尔', '2026-05-01', '2026-05-02', { stop: 'transit' }),
        leg('KR', '仁川机场', '2026-05-02', '2026-05-02', { stop: 'airside' }),
        leg('JP', '东京', '2026-05-02', '2026-05-05'),
      ]),
    );
    expect(r.stops.map((s) => [s.country, s.stop, s.nights, s.lodgingNights, s.days])).toEqual([
      ['KR', 'transit', 1, 0, 1],
      ['JP', 'visit', 3, 3, 4],
    ]);
    expect(r.stops[0]!.lodging).toBe(0);
    expect(r.stops[0]!.food).toBe(7000);
  });

  it('counts the days in the air before the first arrival to the first stop, and a night on a plane to none', () => {
    const r = ok(estimate([leg('JP', '东京', '2026-05-02', '2026-05-04')], 1, '2026-05-01', '2026-05-04'));
    expect(r.stops[0]).toMatchObject({ nights: 2, days: 4 });
  });

  it('deducts host-provided meals from food (miscellaneous stays) and host-provided lodging from lodging', () => {
    const r = ok(estimate([leg('JP', '东京', '2026-05-01', '2026-05-04', { hostMeals: true, hostLodging: true })]));
    expect(r.stops[0]).toMatchObject({ lodgingNights: 0, foodDays: 0, days: 4, lodging: 0, food: 0, misc: 20000 });
  });

  it('applies the version in force on the departure date', () => {
    const rows = [
      std({ city: '东京', lodging: 20000, effectiveTo: '2026-12-31' }),
      std({ city: '东京', lodging: 25000, effectiveFrom: '2027-01-01', id: 'new' }),
    ];
    const before = ok(estimate([leg('JP', '东京', '2026-12-30', '2027-01-02')], 1, '2026-12-30', '2027-01-02', rows));
    const after = ok(estimate([leg('JP', '东京', '2027-01-01', '2027-01-02')], 1, '2027-01-01', '2027-01-02', rows));
    expect(before.stops[0]!.perNight).toBe(20000);
    expect(after.stops[0]).toMatchObject({ perNight: 25000, standard: { id: 'new' } });
  });

  it('cannot compute without a standard for a country, and names it rather than counting zero', () => {
    const r = estimate([leg('BR', '圣保罗', '2026-05-01', '2026-05-04')]);
    expect(r.computable).toBe(false);
    if (!r.computable) expect(r.missing.map((m) => m.zh)).toEqual(['巴西（圣保罗）在 2026-05-01 有效的开支标准']);
  });

  it('cannot compute without dates, itinerary or members, and lists each', () => {
    const r = estimate([], 0, null, null);
    expect(r.computable).toBe(false);
    if (!r.computable) expect(r.missing).toHaveLength(4);
  });

  it('converts each category once to the fen, exactly, and the total is their sum', () => {
    const r = ok(estimate([leg('JP', '东京', '2026-05-01', '2026-05-02')], 1));
    const rates = new Map<string, RateUsed>([['JPY', { rate: '0.047335', date: null, source: null, expense: null }]]);
    const [jpy] = currencyTotals(r.stops, rates);
    // 20,000 yen × 0.047335 = 946.70 yuan; 20,000 food = 946.70; 10,000 misc = 473.35.
    expect(jpy!.cny).toEqual({ lodging: 94670, food: 94670, misc: 47335, total: 236675 });
    const half = currencyTotals(r.stops, new Map([['JPY', { rate: '0.0473355', date: null, source: null, expense: null }]]));
    expect(half[0]!.cny!.misc).toBe(47336); // 473.355 rounds half away from zero
    expect(allowedInCny(currencyTotals(r.stops, new Map()))).toBeNull();
  });

  it('flags a hotel over the city cap with found against allowed, and not one within it', () => {
    const r = ok(estimate([leg('JP', '东京', '2026-05-01', '2026-05-04'), leg('KR', '首尔', '2026-05-04', '2026-05-06')], 3));
    const totals = currencyTotals(r.stops, new Map());
    const cost = (over: Partial<TripExpense>): TripExpense => ({
      id: 'e',
      description: '酒店',
      stage: 'actual',
      category: 'lodging',
      date: '2026-05-04',
      currency: 'JPY',
      amount: 270000,
      cnyAmount: 1278000,
      ...over,
    });
    const flags = standardFlags(
      r.stops,
      3,
      [cost({}), cost({ id: 'e2', date: '2026-05-06', currency: 'USD', amount: 108000, cnyAmount: 770000 })],
      totals,
    );
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      scope: 'stop',
      category: 'lodging',
      leg: 1,
      currency: 'JPY',
      found: 270000,
      allowed: 180000,
      units: 9,
    });
    expect(flags[0]!.message.zh).toBe('东京住宿费实际支出 270,000 JPY，超过标准 180,000 JPY（9 人·晚 × 20,000 JPY）');
  });
});
