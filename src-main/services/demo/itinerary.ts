import type { TableRow } from '../../contract';
import { addDays, daysBetween } from '../../core/expiry';
import { pickOne, pickWeighted, randomInt } from '../../core/random';
import { cities, hubsTowards, longHaul, poorConnections, regionOf, secondCities } from './places';

type Rand = () => number;

export interface Itinerary {
  /** Countries visited, in order (not the transfer). */
  visited: string[];
  back: string;
  legs: TableRow[];
}

/** Days a trip may last: the rules' limits for general trips (5 / 8 / 10, one more where flights are few). */
function tripDays(rand: Rand, purpose: string, academic: boolean, visited: string[], counted: number): number {
  const floor = visited.length > 1 ? visited.length + 2 : 3;
  if (!academic) {
    const limit = [5, 8, 10][Math.min(counted, 3) - 1]! + (poorConnections.has(visited[0]!) ? 1 : 0);
    return randomInt(rand, Math.min(floor, limit), limit);
  }
  const [low, high] = ({ training: [7, 14], studentProgram: [8, 14], other: [3, 7] } as Record<string, [number, number]>)[purpose] ?? [
    4, 8,
  ];
  return Math.min(14, randomInt(rand, Math.max(low, floor), Math.max(high, floor)));
}

/** Sample trips pay their own lodging and meals (nothing provided by the host), as a saved leg records it. */
const paidByTrip = { hostLodging: false, hostMeals: false };

/**
 * Visits one after the other between `start` and `end`: each leg leaves on the day the next arrives, so
 * the legs touch but never overlap.
 */
function visitLegs(rand: Rand, visited: string[], firstCity: string | null, start: string, end: string): TableRow[] {
  const span = daysBetween(start, end);
  const cuts = visited.map((_, j) => addDays(start, Math.round((j * span) / visited.length)));
  return visited.map((country, j) => ({
    country,
    city: j === 0 && firstCity ? firstCity : pickOne(rand, cities[country] ?? ['']) || null,
    arrive: cuts[j]!,
    leave: j === visited.length - 1 ? end : cuts[j + 1]!,
    stop: 'visit',
    ...paidByTrip,
  }));
}

/** How many more countries a trip of this purpose adds to its first: a stay at one partner adds none. */
const extraCountries: Record<string, [number, number][]> = {
  conference: [
    [0, 85],
    [1, 15],
  ],
  negotiation: [
    [0, 45],
    [1, 35],
    [2, 20],
  ],
  leadershipVisit: [
    [0, 30],
    [1, 45],
    [2, 25],
  ],
  inspection: [
    [0, 40],
    [1, 40],
    [2, 20],
  ],
};

/**
 * An outbound trip: one to three countries of one region (starting with the partner's, when there is one),
 * sometimes a transfer on the way out, days within the rules. Long-haul flights land the next day and the
 * last leg leaves the day before re-entering China.
 */
export function outboundItinerary(
  rand: Rand,
  first: { country: string; city: string | null } | null,
  purpose: string,
  academic: boolean,
  depart: string,
): Itinerary {
  const start = first ?? { country: pickOne(rand, Object.keys(cities)), city: null };
  const region = regionOf(start.country).filter((c) => c !== start.country);
  const extra = Math.min(region.length, pickWeighted(rand, extraCountries[purpose] ?? [[0, 1]]));
  const visited = [start.country];
  while (visited.length < extra + 1) {
    const next = pickOne(rand, region);
    if (!visited.includes(next)) visited.push(next);
  }
  const far = longHaul.has(start.country);
  const hubs = hubsTowards(start.country).filter(([c]) => !visited.includes(c));
  const hub = hubs.length && rand() < 0.25 ? pickOne(rand, hubs) : undefined;
  // A general trip counts a transfer outside the airport among its three countries at most.
  const stop = hub && rand() < 0.4 && (academic || visited.length < 3) ? 'transit' : 'airside';
  const days = tripDays(rand, purpose, academic, visited, visited.length + (hub && stop === 'transit' ? 1 : 0));
  const back = addDays(depart, days - 1);

  let from = far && rand() < 0.3 ? addDays(depart, 1) : depart;
  let to = far ? addDays(back, -1) : back;
  if (daysBetween(from, to) < visited.length - 1) [from, to] = [depart, back];
  const legs = visitLegs(rand, visited, start.city, from, to);
  if (hub) legs.unshift({ country: hub[0], city: hub[1], arrive: depart, leave: depart, stop, ...paidByTrip });
  return { visited, back, legs };
}

/** An inbound visit: two days to a week at the university, sometimes a second city before leaving. */
export function inboundItinerary(rand: Rand, depart: string): Itinerary {
  const days = randomInt(rand, 2, 7);
  const back = addDays(depart, days - 1);
  const split = days >= 4 && rand() < 0.3 ? addDays(depart, days - 2) : null;
  const legs: TableRow[] = [{ country: 'CN', city: '北京', arrive: depart, leave: split ?? back, stop: 'visit', ...paidByTrip }];
  if (split) legs.push({ country: 'CN', city: pickOne(rand, secondCities), arrive: split, leave: back, stop: 'visit', ...paidByTrip });
  return { visited: [], back, legs };
}
