import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../src-main/contract';
import { countedCountries, daysBetweenInclusive, deriveDelegation, sortLegs } from '../../../src-main/core/delegation/itinerary';

const leg = (country: string, arrive: string, leave: string, stop = 'visit'): TableRow => ({ country, city: null, arrive, leave, stop });

describe('days abroad, counted at the border', () => {
  it('counts both the departure and the return day', () => {
    expect(daysBetweenInclusive('2026-03-10', '2026-03-10')).toBe(1);
    expect(daysBetweenInclusive('2026-03-10', '2026-03-11')).toBe(2);
    expect(daysBetweenInclusive('2026-03-10', '2026-03-19')).toBe(10);
  });

  it('counts across the end of a month and of a year', () => {
    expect(daysBetweenInclusive('2026-01-30', '2026-02-02')).toBe(4);
    expect(daysBetweenInclusive('2026-04-30', '2026-05-01')).toBe(2);
    expect(daysBetweenInclusive('2025-12-30', '2026-01-02')).toBe(4);
  });

  it('counts 29 February in a leap year and not in other years', () => {
    expect(daysBetweenInclusive('2024-02-27', '2024-03-01')).toBe(4);
    expect(daysBetweenInclusive('2023-02-27', '2023-03-01')).toBe(3);
    // 2000 is a leap year although divisible by 100; 2100 is not.
    expect(daysBetweenInclusive('2000-02-28', '2000-03-01')).toBe(3);
    expect(daysBetweenInclusive('2100-02-28', '2100-03-01')).toBe(2);
  });

  it("is not thrown off by a daylight-saving change in the machine's time zone", () => {
    // A laptop set to a European zone has a 23- and a 25-hour day; the count must work on calendar days.
    const zone = process.env.TZ;
    process.env.TZ = 'Europe/Berlin';
    try {
      expect(daysBetweenInclusive('2026-03-28', '2026-03-30')).toBe(3);
      expect(daysBetweenInclusive('2026-10-24', '2026-10-26')).toBe(3);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('countries a trip counts', () => {
  it('counts a transit stop that leaves the airport', () => {
    expect(countedCountries([leg('DE', '2026-05-01', '2026-05-01', 'transit'), leg('GB', '2026-05-01', '2026-05-05')])).toEqual([
      'DE',
      'GB',
    ]);
  });

  it('does not count an airside transfer', () => {
    expect(countedCountries([leg('AE', '2026-05-01', '2026-05-01', 'airside'), leg('GB', '2026-05-01', '2026-05-05')])).toEqual(['GB']);
  });

  it('does not count China', () => {
    expect(countedCountries([leg('CN', '2026-05-01', '2026-05-01'), leg('JP', '2026-05-01', '2026-05-03')])).toEqual(['JP']);
  });

  it('counts a country visited twice once, where it first appears', () => {
    const legs = [leg('GB', '2026-05-01', '2026-05-03'), leg('FR', '2026-05-03', '2026-05-05'), leg('GB', '2026-05-05', '2026-05-07')];
    expect(countedCountries(legs)).toEqual(['GB', 'FR']);
  });

  it('counts a country reached by airside transfer once it is also visited', () => {
    const legs = [
      leg('DE', '2026-05-01', '2026-05-01', 'airside'),
      leg('GB', '2026-05-01', '2026-05-04'),
      leg('DE', '2026-05-04', '2026-05-06'),
    ];
    expect(countedCountries(legs)).toEqual(['GB', 'DE']);
  });
});

describe('legs in the order travelled', () => {
  it('sorts by arrival', () => {
    const first = leg('GB', '2026-05-01', '2026-05-05');
    const second = leg('FR', '2026-05-05', '2026-05-08');
    const third = leg('IT', '2026-05-08', '2026-05-10');
    expect(sortLegs([third, first, second])).toEqual([first, second, third]);
  });

  it('puts a same-day transit before the stay that starts that day, whichever row it was entered on', () => {
    const transit = leg('DE', '2026-05-01', '2026-05-01', 'transit');
    const visit = leg('GB', '2026-05-01', '2026-05-05');
    expect(sortLegs([visit, transit])).toEqual([transit, visit]);
    expect(sortLegs([transit, visit])).toEqual([transit, visit]);
  });

  it('keeps the entered order of legs on the same days', () => {
    const airside = leg('AE', '2026-05-01', '2026-05-01', 'airside');
    const transit = leg('DE', '2026-05-01', '2026-05-01', 'transit');
    expect(sortLegs([airside, transit])).toEqual([airside, transit]);
    expect(sortLegs([transit, airside])).toEqual([transit, airside]);
  });
});

describe('derived delegation fields', () => {
  const members = [
    { person: 'a', role: 'leader' },
    { person: 'b', role: 'member' },
  ];

  it('derives days, countries, their count and the group size', () => {
    const legs = [
      leg('DE', '2026-05-01', '2026-05-01', 'transit'),
      leg('GB', '2026-05-01', '2026-05-09'),
      leg('AE', '2026-05-09', '2026-05-09', 'airside'),
    ];
    expect(deriveDelegation({ departDate: '2026-05-01', returnDate: '2026-05-10', legs, members })).toEqual({
      days: 10,
      countries: ['DE', 'GB'],
      countryCount: 2,
      groupSize: 2,
    });
  });

  it('leaves days empty while a date is missing or the dates are reversed', () => {
    expect(deriveDelegation({ departDate: '2026-05-01', returnDate: null }).days).toBeNull();
    expect(deriveDelegation({ departDate: null, returnDate: '2026-05-10' }).days).toBeNull();
    expect(deriveDelegation({ departDate: '2026-05-10', returnDate: '2026-05-01' }).days).toBeNull();
  });

  it('leaves countries empty without an itinerary, and counts zero for an itinerary that never leaves China', () => {
    expect(deriveDelegation({ legs: null, members: null })).toEqual({ days: null, countries: null, countryCount: null, groupSize: 0 });
    expect(deriveDelegation({ legs: [leg('CN', '2026-05-01', '2026-05-02')] })).toMatchObject({ countries: null, countryCount: 0 });
  });
});
