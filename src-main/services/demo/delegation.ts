import type { FieldValue, TableRow } from '../../contract';
import { checklistFromTemplate, checklistSubjectKind, templateInForce, type TemplateVersion } from '../../core/checklist/instantiate';
import { countryOptions } from '../../core/countries';
import { addDays, daysBetween } from '../../core/expiry';
import { pickOne, pickWeighted, randomInt } from '../../core/random';
import { settledValues } from '../../core/registers';
import type { NewRecord } from '../changeWriter';
import { demoChecklist } from './checklist';
import type { DemoEvidence } from './evidence';
import { inboundItinerary, outboundItinerary } from './itinerary';
import { inboundMembers, outboundLeader, outboundMembers, type MemberPick, type PeoplePools } from './members';
import type { DemoDepartment } from './people';
import { conferences, inspectionTopics, permitNote, visaFree } from './places';
import { delegationTitle, tripReport } from './texts';
import { stages, tripState, tripTimeline } from './timeline';

type Rand = () => number;

export interface DemoPartner {
  id: string;
  nameZh: string;
  country: string;
  city: string | null;
  university: boolean;
}

/** Everything a demo delegation is drawn from; built once for the whole batch. */
export interface TripSources {
  today: string;
  departments: Map<string, DemoDepartment>;
  pools: PeoplePools;
  personIds: string[];
  partners: DemoPartner[];
  partnersByCountry: Map<string, DemoPartner[]>;
  /** Universities host student programmes, short training and anniversaries. */
  universities: DemoPartner[];
  agreementsByPartner: Map<string, string[]>;
  templates: TemplateVersion[];
  evidence: DemoEvidence;
  reviewers: string[];
  blank: Record<string, FieldValue>;
}

const outboundPurposes = [
  ['conference', 40],
  ['training', 15],
  ['negotiation', 15],
  ['studentProgram', 10],
  ['leadershipVisit', 10],
  ['inspection', 5],
  ['other', 5],
] as const;
const inboundPurposes = [
  ['negotiation', 30],
  ['leadershipVisit', 15],
  ['conference', 20],
  ['training', 15],
  ['studentProgram', 15],
  ['other', 5],
] as const;
const countryName = new Map(countryOptions.map((o) => [o.value, o.label.zh]));

/** Mostly past trips over five years, some planned for the next five months. */
const departDate = (rand: Rand, today: string) =>
  rand() < 0.15 ? addDays(today, randomInt(rand, 1, 150)) : addDays(today, -randomInt(rand, 1, 1825));

const roundTo = (n: number, step: number) => Math.round(n / step) * step;

/** The academic task an academic trip records, by purpose (教学科研类团组须写明学术任务). */
const academicTask: Record<string, string> = {
  conference: '参加国际学术会议，宣读论文并参与分组研讨',
  training: '访学进修，合作开展课题研究',
  negotiation: '与合作院校商定联合培养和合作研究方案',
  studentProgram: '带队开展学生交流项目的教学与学术活动',
  other: '开展合作研究和学术交流',
};

/** Who goes where: direction, purpose, partner, members and itinerary, or null when nobody can go. */
function plan(rand: Rand, s: TripSources) {
  const { pools } = s;
  const canHost = pools.visitors.length > 0;
  const inbound = canHost && (rand() < 0.2 || !pools.byCategory.size);
  const depart = departDate(rand, s.today);
  if (inbound) {
    const purpose = pickWeighted(rand, inboundPurposes);
    const partner = s.partners.length && rand() < 0.9 ? pickOne(rand, s.partners) : null;
    const members = inboundMembers(rand, pools, partner?.country ?? null, purpose);
    const academic = purpose === 'conference' || purpose === 'training';
    return {
      direction: 'inbound',
      purpose,
      partner,
      members,
      academic,
      depart,
      trip: inboundItinerary(rand, depart),
      hostName: partner ? null : '国际劳工组织北京局',
    };
  }
  const purpose = pickWeighted(rand, outboundPurposes);
  const leader = outboundLeader(rand, pools, purpose);
  if (leader === undefined) return null;
  const department = s.departments.get(pools.people[leader]!.department);
  const academic = ['conference', 'training', 'negotiation', 'studentProgram'].includes(purpose)
    ? department?.kind === 'academic' && rand() < 0.9
    : purpose === 'other' && rand() < 0.5;
  // A conference is where it is held, sometimes at a partner there; other trips go to a partner.
  const conference = purpose === 'conference' ? pickOne(rand, conferences) : null;
  const venue = conference ? pickOne(rand, conference[2]) : null;
  const hosts = venue
    ? rand() < 0.4
      ? s.partnersByCountry.get(venue)
      : undefined
    : ['training', 'studentProgram', 'other'].includes(purpose)
      ? s.universities
      : s.partners;
  const partner = hosts?.length ? pickOne(rand, hosts) : null;
  const trip = outboundItinerary(rand, partner ?? (venue ? { country: venue, city: null } : null), purpose, academic, depart);
  const members = outboundMembers(rand, pools, leader, purpose, trip.visited[0]!);
  return {
    direction: 'outbound',
    purpose,
    partner,
    members,
    academic,
    depart,
    trip,
    hostName: partner ? null : (conference?.[1] ?? null),
    conference: conference?.[0],
  };
}

/**
 * One realistic delegation, settled as a save would settle it: its status follows its dates (past trips
 * returned, filed or closed; coming ones at some stage of approval; a few cancelled), and its checklist,
 * from the template in force when it was drafted, has done every item its status requires.
 */
export function demoDelegation(rand: Rand, s: TripSources): NewRecord | null {
  const p = plan(rand, s);
  if (!p || !p.members.length) return null;
  const outbound = p.direction === 'outbound';
  const leader = s.pools.people[p.members[0]!.person]!;
  const department = leader.department;
  const timeline = tripTimeline(rand, outbound, p.depart, p.trip.back, s.today);
  const { status, reached, asOf } = tripState(rand, timeline, s.today);
  const after = (stage: string) => stages.indexOf(reached) >= stages.indexOf(stage);

  const kind = checklistSubjectKind.delegation!({ direction: p.direction });
  const template = templateInForce(s.templates, kind, timeline.at.draft) ?? templateInForce(s.templates, kind, s.today);
  // Drawn where the checklist always drew it, so the rest of the batch comes out as before.
  const unplanned = template ? rand() < 0.08 : false;
  const checklist = template
    ? demoChecklist(rand, checklistFromTemplate(template), {
        timeline,
        reached,
        asOf,
        cancelled: status === 'cancelled',
        visaFree: outbound && p.trip.visited.every((c) => visaFree.has(c)),
        permitNote: permitNote[p.trip.visited[0] ?? ''] ?? null,
        unplanned,
        reviewers: s.reviewers,
        evidence: s.evidence,
      })
    : null;
  const item = (key: string) => checklist?.find((i) => i.key === key && i.status === 'done');
  const approvedOn =
    (item(outbound ? 'taskApproval' : 'receptionPlan')?.date as string | undefined) ??
    (after('approved') && status !== 'cancelled' ? timeline.at.approved : null);
  const passportsBack = outbound && after('returned') ? ((item('passportReturned')?.date as string | undefined) ?? null) : null;
  const filed = after('reportFiled') && status !== 'cancelled';

  const title = delegationTitle({
    direction: p.direction,
    purpose: p.purpose,
    leaderName: leader.name,
    leaderPosition: leader.position,
    size: p.members.length,
    departmentName: s.departments.get(department)?.nameZh ?? department,
    partnerName: p.partner?.nameZh ?? null,
    countries: p.trip.visited.map((c) => countryName.get(c) ?? c).join('、'),
    conference: p.conference ?? '国际学术会议',
    topic: pickOne(rand, inspectionTopics),
  });
  // Air fare and per-diems abroad; board and lodging for visitors.
  const days = daysBetween(p.depart, p.trip.back) + 1;
  const perPerson = outbound ? randomInt(rand, 6000, 16000) + days * randomInt(rand, 1500, 3000) : days * randomInt(rand, 600, 1200);
  const agreements = p.partner ? s.agreementsByPartner.get(p.partner.id) : undefined;
  const approvalPrefix = outbound ? (p.academic ? '劳院外批' : '京外办批') : '劳院外接';
  const data: Record<string, FieldValue> = {
    ...s.blank,
    title,
    direction: p.direction,
    purpose: p.purpose,
    academic: p.academic,
    status,
    department,
    partner: p.partner?.id ?? null,
    hostName: p.hostName,
    departDate: p.depart,
    returnDate: p.trip.back,
    legs: p.trip.legs,
    members: p.members.map((m: MemberPick): TableRow => ({ person: s.personIds[m.person]!, role: m.role })),
    approvalNumber: approvedOn ? `${approvalPrefix}〔${approvedOn.slice(0, 4)}〕${randomInt(rand, 1, 480)}号` : null,
    agreement: p.purpose === 'negotiation' && agreements?.length && rand() < 0.6 ? pickOne(rand, agreements) : null,
    budgetEstimate: status === 'draft' && rand() < 0.3 ? null : roundTo(perPerson * p.members.length, 100) * 100,
    passportReturnedDate: passportsBack,
    tripReport: filed ? tripReport(rand, p.direction, p.purpose, title, p.depart, p.trip.back) : null,
    tripReportFile: filed && rand() < 0.4 ? s.evidence.tripReport! : null,
    reportFiledDate: filed ? timeline.at.reportFiled : null,
    // What the rules read: the stage dates, the academic task, the reason for a trip outside the plan, the disclosure.
    submittedDate: after('submitted') && status !== 'cancelled' ? timeline.at.submitted : null,
    noticeStart: outbound && after('publicNotice') && status !== 'cancelled' ? timeline.at.publicNotice : null,
    approvedDate: approvedOn,
    academicTask: p.academic ? (academicTask[p.purpose] ?? academicTask.other!) : null,
    unplannedReason: unplanned ? '合作方临时邀请，已书面说明理由并经主管校领导同意' : null,
    disclosureDate:
      outbound && after('returned') && addDays(p.trip.back, 10 + (days % 15)) < s.today ? addDays(p.trip.back, 10 + (days % 15)) : null,
    checklist,
    notes:
      after('approved') && rand() < 0.05
        ? '团组成员有变更，已按规定重新报批'
        : p.academic && rand() < 0.1
          ? '经费由教师访学进修基金列支'
          : null,
  };
  return { department, data: settledValues.delegation!(data) };
}
