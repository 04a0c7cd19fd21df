import { v7 as uuidv7 } from 'uuid';
import type { TableRow } from '../../contract';
import { addDays } from '../../core/expiry';
import { randomInt, seededRandom } from '../../core/random';
import { addMonths } from '../../core/rules/trip';
import { localDate } from '../../ports/clock';
import { createRecords } from '../recordCommands';
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
 * An approved trip abroad was approved with every member's passport valid six months past its return (the
 * rules refuse the approval otherwise): a member whose passport would not be has since renewed it.
 */
function renewPassportsForApprovedTrips(
  rand: () => number,
  trips: NewRecord[],
  people: ReturnType<typeof demoPerson>[],
  personIds: string[],
): void {
  const index = new Map(personIds.map((id, i) => [id, i]));
  for (const { data } of trips) {
    if (data.status !== 'approved' || data.direction !== 'outbound' || !data.returnDate) continue;
    const needed = addMonths(String(data.returnDate), 6);
    for (const member of (data.members as TableRow[] | null) ?? []) {
      const values = people[index.get(String(member.person))!]!.values;
      if (values.passportType && (!values.passportExpiry || String(values.passportExpiry) <= needed))
        values.passportExpiry = addDays(needed, randomInt(rand, 30, 1500));
    }
  }
}

/**
 * The people of the departments and `records` delegations among them: the trips drawn first (they name people by
 * the ids the people will be written under), then the people, then the trips. Everything passes the gate as a
 * form's save would.
 */
export function addDemoDelegations(
  ctx: ServiceContext,
  writer: ChangeWriter,
  records: number,
  made: DemoAgreements,
  seed: number,
  onProgress?: Progress,
): DemoTrips {
  const rand = seededRandom(seed);
  const today = localDate(ctx.clock.now());
  const departments = ctx.sqlite
    .prepare('SELECT "code", "nameZh", "kind" FROM "department" WHERE "deleted" = 0 ORDER BY rowid')
    .all() as DemoDepartment[];
  const peopleCount = demoPeopleCount(records);
  const emails = new Map<string, number>();
  const people = Array.from({ length: peopleCount }, () => demoPerson(rand, today, departments, made.partners, emails));
  const personIds = people.map(() => uuidv7());

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
  renewPassportsForApprovedTrips(rand, delegations, people, personIds);
  createRecords(
    ctx,
    writer,
    registerOf('person'),
    people.map(({ values }, i) => ({
      recordId: personIds[i],
      department: String(values.department),
      data: { ...blankValues('person'), ...values },
    })),
    { onProgress: (done) => onProgress?.('person', done, peopleCount, 'write') },
  );
  onProgress?.('person', peopleCount, peopleCount, 'write');
  createRecords(ctx, writer, registerOf('delegation'), delegations, {
    onProgress: (done) => onProgress?.('delegation', done, records, 'write'),
  });
  onProgress?.('delegation', delegations.length, records, 'write');
  return { people: peopleCount, delegations: delegations.length };
}
