import { pickOne, pickWeighted, randomInt } from '../../core/random';
import type { DemoPerson } from './people';

type Rand = () => number;

/** People by who they are and where they work, as indexes into the demo's list of people. */
export interface PeoplePools {
  people: DemoPerson[];
  /** Travellers by department, then category ('staffOrTeacher' for either). */
  byDepartment: Map<string, Map<string, number[]>>;
  byCategory: Map<string, number[]>;
  seniors: number[];
  /** Language teachers who go along as interpreters. */
  interpreters: number[];
  /** The office's staff, who sign off checklist items; those who travel accompany leadership visits. */
  office: number[];
  officeTravellers: number[];
  visitorsByCountry: Map<string, number[]>;
  visitors: number[];
}

const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
};

export function peoplePools(people: DemoPerson[]): PeoplePools {
  const pools: PeoplePools = {
    people,
    byDepartment: new Map(),
    byCategory: new Map(),
    seniors: [],
    interpreters: [],
    office: [],
    officeTravellers: [],
    visitorsByCountry: new Map(),
    visitors: [],
  };
  people.forEach((p, i) => {
    if (p.category === 'visitor' || p.category === 'foreignExpert') {
      pools.visitors.push(i);
      push(pools.visitorsByCountry, p.nationality, i);
      return;
    }
    if (p.category === 'staff' && p.department === 'FAO') pools.office.push(i);
    if (!p.traveller) return;
    if (!pools.byDepartment.has(p.department)) pools.byDepartment.set(p.department, new Map());
    const department = pools.byDepartment.get(p.department)!;
    push(department, p.category, i);
    push(pools.byCategory, p.category, i);
    if (p.category !== 'student') {
      push(department, 'staffOrTeacher', i);
      push(pools.byCategory, 'staffOrTeacher', i);
    }
    if (p.category === 'staff' && p.department === 'FAO') pools.officeTravellers.push(i);
    if (p.senior) pools.seniors.push(i);
    if (p.category === 'teacher' && p.department === 'FLT') pools.interpreters.push(i);
  });
  return pools;
}

/** Up to `count` people of `pool` not yet taken (fewer when the pool runs short). */
function pickDistinct(rand: Rand, pool: number[], count: number, taken: Set<number>): number[] {
  const picked: number[] = [];
  for (let tries = 0; pool.length && picked.length < count && tries < count * 6; tries++) {
    const i = pickOne(rand, pool);
    if (!taken.has(i)) {
      taken.add(i);
      picked.push(i);
    }
  }
  return picked;
}

/** A member as an index into the people, with the role on the trip. */
export interface MemberPick {
  person: number;
  role: 'leader' | 'member' | 'interpreter';
}

const asMembers = (people: number[]): MemberPick[] => people.map((person, n) => ({ person, role: n === 0 ? 'leader' : 'member' }));

const firstNonEmpty = (...pools: (number[] | undefined)[]): number[] => pools.find((p) => p && p.length) ?? [];

/** Who leads an outbound trip of this purpose; undefined when nobody can travel. */
export function outboundLeader(rand: Rand, pools: PeoplePools, purpose: string): number | undefined {
  const { byCategory: c } = pools;
  const everyone = c.get('staffOrTeacher');
  const pool =
    purpose === 'leadershipVisit'
      ? firstNonEmpty(pools.seniors, c.get('teacher'), everyone)
      : purpose === 'inspection'
        ? firstNonEmpty(c.get('staff'), everyone)
        : firstNonEmpty(c.get('teacher'), everyone);
  return pool.length ? pickOne(rand, pool) : undefined;
}

const nonEnglish = new Set(['JP', 'KR', 'RU', 'BY', 'KZ', 'DE', 'FR', 'IT', 'ES', 'PT', 'BR', 'AR', 'CL', 'MX', 'VN', 'TH']);

/**
 * The members of an outbound trip: the leader, colleagues of the leader's department as the purpose asks
 * (students on a student programme, an office companion on a leadership visit), sometimes an interpreter;
 * six at most, each once.
 */
export function outboundMembers(rand: Rand, pools: PeoplePools, leader: number, purpose: string, country: string): MemberPick[] {
  const dept = pools.byDepartment.get(pools.people[leader]!.department) ?? new Map<string, number[]>();
  const colleagues = dept.get('staffOrTeacher');
  const taken = new Set([leader]);
  const others: number[] = [];
  const add = (pool: number[] | undefined, count: number) => others.push(...pickDistinct(rand, pool ?? [], count, taken));
  switch (purpose) {
    case 'conference':
      add(
        dept.get('teacher'),
        pickWeighted(rand, [
          [0, 45],
          [1, 30],
          [2, 15],
          [3, 10],
        ] as const),
      );
      break;
    case 'training':
      add(
        dept.get('teacher'),
        pickWeighted(rand, [
          [0, 60],
          [1, 25],
          [2, 15],
        ] as const),
      );
      break;
    case 'studentProgram':
      add(firstNonEmpty(dept.get('student'), pools.byCategory.get('student')), randomInt(rand, 2, 5));
      break;
    case 'negotiation':
      add(colleagues, randomInt(rand, 1, 3));
      if (rand() < 0.5) add(pools.officeTravellers, 1);
      break;
    case 'leadershipVisit':
      add(colleagues, randomInt(rand, 2, 4));
      add(pools.officeTravellers, 1);
      break;
    case 'inspection':
      add(colleagues, randomInt(rand, 2, 4));
      break;
    default:
      add(dept.get('teacher'), randomInt(rand, 0, 2));
  }
  const members = asMembers([leader, ...others].slice(0, 6));
  if (members.length >= 3 && members.length < 6 && nonEnglish.has(country) && rand() < 0.35) {
    const [interpreter] = pickDistinct(rand, pools.interpreters, 1, taken);
    if (interpreter !== undefined) members.push({ person: interpreter, role: 'interpreter' });
  }
  return members;
}

/** Visitors from the partner's country (any visitors when none are from there), the first leading. */
export function inboundMembers(rand: Rand, pools: PeoplePools, country: string | null, purpose: string): MemberPick[] {
  const pool = firstNonEmpty(country ? pools.visitorsByCountry.get(country) : undefined, pools.visitors);
  const size =
    purpose === 'studentProgram'
      ? randomInt(rand, 3, 6)
      : purpose === 'leadershipVisit'
        ? randomInt(rand, 2, 5)
        : purpose === 'negotiation'
          ? randomInt(rand, 1, 4)
          : purpose === 'training'
            ? 1
            : randomInt(rand, 1, 3);
  const picked = pickDistinct(rand, pool, size, new Set());
  // A leadership visit is led by the most senior visitor of the group.
  const head = purpose === 'leadershipVisit' ? picked.findIndex((i) => pools.people[i]!.senior) : -1;
  if (head > 0) picked.unshift(...picked.splice(head, 1));
  return asMembers(picked);
}
