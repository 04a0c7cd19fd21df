import type { Localized, StandardVersion, StopEstimate, TableRow } from '../../contract';
import { countryName } from '../countries';
import { sortLegs } from '../delegation/itinerary';
import { cityNames, foldCity } from '../registers/travelStandard';

/** A version of a standard as stored: amounts in minor units of its currency. */
export interface StandardRow extends StandardVersion {
  country: string;
  city: string | null;
  currency: string;
  lodging: number;
  food: number;
  misc: number;
}

export interface Trip {
  departDate: string | null;
  returnDate: string | null;
  legs: TableRow[];
  persons: number;
}

export type StopsResult = { computable: false; missing: Localized[] } | { computable: true; days: number; stops: StopEstimate[] };

const dayMs = 86_400_000;
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * dayMs).toISOString().slice(0, 10);

/**
 * The standard for a place on a date: the version in force that names the city, else the country's
 * "other cities" version; none when the country has no standard in force then.
 */
export function standardFor(standards: StandardRow[], country: string, city: string | null, date: string): StandardRow | null {
  const inForce = standards.filter((s) => s.country === country && s.effectiveFrom <= date && (!s.effectiveTo || s.effectiveTo >= date));
  const name = city ? foldCity(city) : '';
  return (name && inForce.find((s) => cityNames(s.city).includes(name))) || inForce.find((s) => cityNames(s.city).length === 0) || null;
}

/**
 * Where each night and each day of the trip is counted, days from leaving to re-entering the Chinese border.
 * A night belongs to the stop slept at (a night on a plane to none); a day to the stop slept at that night,
 * else the stop last arrived at (the day a traveller flies on, or comes home), else, before the first
 * arrival, to the first stop. Airside transfers never leave the airport and count nothing.
 */
function countNightsAndDays(departDate: string, returnDate: string, stops: TableRow[]): { nights: number[]; days: number[] } {
  const nights = stops.map(() => 0);
  const days = stops.map(() => 0);
  const sleepsAt = (d: string) => stops.findIndex((s) => String(s.arrive) <= d && d < String(s.leave));
  for (let d = departDate; d <= returnDate; d = addDays(d, 1)) {
    const night = d < returnDate ? sleepsAt(d) : -1;
    if (night >= 0) nights[night]! += 1;
    let lastArrived = -1;
    stops.forEach((s, i) => {
      if (String(s.arrive) <= d) lastArrived = i;
    });
    const day = night >= 0 ? night : lastArrived >= 0 ? lastArrived : 0;
    days[day]! += 1;
  }
  return { nights, days };
}

/**
 * The trip's allowance stop by stop under the standards in force on its departure date: lodging per
 * person-night by city (transit stops and host-provided lodging earn none), food and miscellaneous per
 * person-day (host-provided meals earn no food). Exact integers in the standard's minor units. Whatever is
 * missing to compute it is named, never counted as zero.
 */
export function estimateStops(trip: Trip, standards: StandardRow[]): StopsResult {
  const missing: Localized[] = [];
  if (!trip.departDate) missing.push({ zh: '出境日期（开始日期）', en: 'the date the trip leaves China (start date)' });
  if (!trip.returnDate) missing.push({ zh: '回国入境日期（结束日期）', en: 'the date the trip re-enters China (end date)' });
  const travelled = sortLegs(trip.legs);
  const stops = travelled.filter((l) => l.stop !== 'airside');
  if (!stops.length) missing.push({ zh: '行程（至少一个出境停留地）', en: 'an itinerary with at least one stop outside the airport' });
  if (trip.persons < 1) missing.push({ zh: '团组成员', en: 'the members' });
  const depart = trip.departDate;
  const found = stops.map((s) => (depart ? standardFor(standards, String(s.country), (s.city as string | null) ?? null, depart) : null));
  if (depart) {
    stops.forEach((s, i) => {
      if (found[i]) return;
      const name = countryName(String(s.country));
      const city = s.city ? `${String(s.city)}` : '';
      missing.push({
        zh: `${name.zh}${city ? `（${city}）` : ''}在 ${depart} 有效的开支标准`,
        en: `a standard for ${name.en}${city ? ` (${city})` : ''} in force on ${depart}`,
      });
    });
  }
  if (missing.length || !depart || !trip.returnDate) return { computable: false, missing };

  const { nights, days } = countNightsAndDays(depart, trip.returnDate, stops);
  return {
    computable: true,
    days: days.reduce((a, b) => a + b, 0),
    stops: stops.map((s, i) => {
      const std = found[i]!;
      const visit = s.stop !== 'transit';
      const lodgingNights = visit && !s.hostLodging ? nights[i]! : 0;
      const foodDays = s.hostMeals ? 0 : days[i]!;
      return {
        leg: travelled.indexOf(s) + 1,
        country: String(s.country),
        city: (s.city as string | null) ?? null,
        stop: visit ? 'visit' : 'transit',
        arrive: String(s.arrive),
        leave: String(s.leave),
        hostLodging: Boolean(s.hostLodging),
        hostMeals: Boolean(s.hostMeals),
        standard: { id: std.id, title: std.title, effectiveFrom: std.effectiveFrom, effectiveTo: std.effectiveTo, source: std.source },
        currency: std.currency,
        perNight: std.lodging,
        perDayFood: std.food,
        perDayMisc: std.misc,
        nights: nights[i]!,
        lodgingNights,
        days: days[i]!,
        foodDays,
        lodging: std.lodging * lodgingNights * trip.persons,
        food: std.food * foodDays * trip.persons,
        misc: std.misc * days[i]! * trip.persons,
      };
    }),
  };
}
