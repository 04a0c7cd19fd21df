import { seededRandom } from '../../core/random';
import { localDate } from '../../ports/clock';
import type { ChangeWriter, NewRecord } from '../changeWriter';
import { checklistTemplates } from '../checklists';
import { registerOf, type ServiceContext } from '../context';
import { blankValues, type DemoAgreements, type Progress } from './agreements';
import { demoDelegation, type DemoPartner, type TripSources } from './delegation';
import { demoEvidence } from './evidence';
import { peoplePools } from './members';
import { demoPerson, type DemoDepartment } from './people';

export interface DemoTrips {
  people: number;
  delegations: number;
}

function byCountry(partners: DemoPartner[]): Map<string, DemoPartner[]> {
  const map = new Map<string, DemoPartner[]>();
  for (const p of partners) {
    const list = map.get(p.country);
    if (list) list.push(p);
    else map.set(p.country, [p]);
  }
  return map;
}

/** About one person for every two trips, and enough people for every kind of trip in a small demo. */
export const demoPeopleCount = (records: number): number => Math.max(Math.ceil(records / 2), 40);

/**
 * The people of the departments and `records` delegations among them, written in that order (members
 * refer to people). Everything is complete and settled before it is written, since the bulk path neither
 * validates nor derives.
 */
export function addDemoDelegations(ctx: ServiceContext, writer: ChangeWriter, records: number, made: DemoAgreements, seed: number, onProgress?: Progress): DemoTrips {
  const rand = seededRandom(seed);
  const today = localDate(ctx.clock.now());
  const departments = ctx.sqlite.prepare('SELECT "code", "nameZh", "kind" FROM "department" WHERE "deleted" = 0 ORDER BY rowid').all() as DemoDepartment[];
  const peopleCount = demoPeopleCount(records);
  const emails = new Map<string, number>();
  const people = Array.from({ length: peopleCount }, () => demoPerson(rand, today, departments, made.partners, emails));
  const personIds = writer.createMany(
    registerOf('person'),
    people.map(({ values }) => ({ department: String(values.department), data: { ...blankValues('person'), ...values } })),
    (done) => onProgress?.('person', done, peopleCount, 'write'),
  );
  onProgress?.('person', peopleCount, peopleCount, 'write');

  const pools = peoplePools(people.map((p) => p.person));
  const reviewers = pools.office.slice(0, 8).map((i) => pools.people[i]!.name);
  const sources: TripSources = {
    today,
    departments: new Map(departments.map((d) => [d.code, d])),
    pools,
    personIds,
    partners: made.partners,
    partnersByCountry: byCountry(made.partners),
    universities: made.partners.filter((p) => p.university),
    agreementsByPartner: made.agreementsByPartner,
    templates: [...checklistTemplates(ctx, 'outboundDelegation'), ...checklistTemplates(ctx, 'inboundDelegation')],
    evidence: demoEvidence(ctx),
    reviewers: reviewers.length ? reviewers : ['外事办'],
    blank: blankValues('delegation'),
  };
  const delegations: NewRecord[] = [];
  // A draw fails only when nobody in it can travel or host; with forty people or more that is rare.
  for (let tries = 0; delegations.length < records && tries < records * 4; tries++) {
    const d = demoDelegation(rand, sources);
    if (d) delegations.push(d);
    if (d && delegations.length % 5000 === 0) onProgress?.('delegation', delegations.length, records, 'prepare');
  }
  writer.createMany(registerOf('delegation'), delegations, (done) => onProgress?.('delegation', done, records, 'write'));
  onProgress?.('delegation', delegations.length, records, 'write');
  return { people: peopleCount, delegations: delegations.length };
}
