import type { FileRef, RegisterName, TableRow } from '../../contract';
import { checklistFromTemplate, templateInForce } from '../../core/checklist/instantiate';
import { seededRandom } from '../../core/random';
import { localDate } from '../../ports/clock';
import { createRecords, saveRecord } from '../recordCommands';
import type { ChangeWriter, NewRecord } from '../changeWriter';
import { checklistTemplates } from '../checklists';
import { registerOf, type ServiceContext } from '../context';
import { storeBytes } from '../files';
import { blankValues, type DemoAgreements } from './agreements';
import { demoAnnualPlans, type Plannable } from './annualPlans';
import type { DemoPartner } from './delegation';
import { demoConferences, demoTrainings } from './events';
import { demoExperts } from './experts';
import type { DemoDepartment } from './people';
import { demoMobility, demoPrograms, demoStudents } from './programs';
import { demoStudentIntakes } from './students';

/** What the exchange registers' demo data is drawn from: read once from what the demo wrote before. */
export interface ExchangeSources {
  today: string;
  year: number;
  departments: DemoDepartment[];
  departmentNames: Map<string, string>;
  universities: DemoPartner[];
  agreementsByPartner: Map<string, string[]>;
  students: { id: string; department: string }[];
  experts: { id: string; name: string; department: string; position: string }[];
  /** Periods each person is abroad (outbound trips, then the stays drawn), so no stay overlaps another. */
  abroad: Map<string, [string, string][]>;
  funds: { id: string; kind: string; fiscalYear: number }[];
  /** This fiscal year's allocations, by the department they fund. */
  allocations: { id: string; department: string }[];
  checklists: { conference: TableRow[]; expertHire: TableRow[] };
  evidence: Record<string, FileRef>;
  reviewers: string[];
}

export interface DemoExchange {
  /** Students and foreign experts added to the people register. */
  people: number;
  programs: number;
  mobility: number;
  conferences: number;
  experts: number;
  trainings: number;
  studentIntakes: number;
  annualPlans: number;
}

/** Sample documents the exchange registers' checklists and milestones point at. */
const samples: Record<string, [name: string, text: string]> = {
  conferenceApproval: [
    '办会批复（示例）.txt',
    '关于同意举办国际学术会议的批复\n\n经审核，同意按申报的规模、议题和日程举办。会议名称以批复为准。',
  ],
  expertDocuments: ['外籍专家材料（示例）.txt', '外籍专家聘请材料\n\n学历学位认证、无犯罪记录证明认证、工作许可及居留许可复印件。'],
  qualification: [
    '招收外国留学生资格批复（示例）.txt',
    '关于同意中国劳动关系学院招收外国留学生的批复\n\n同意你校自2018年起招收外国留学生。',
  ],
};

function sources(ctx: ServiceContext, made: DemoAgreements): ExchangeSources {
  const today = localDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  const all = <T>(sql: string, ...params: unknown[]) => ctx.sqlite.prepare(sql).all(...params) as T[];
  const departments = all<DemoDepartment>('SELECT "code", "nameZh", "kind" FROM "department" WHERE "deleted" = 0 ORDER BY rowid');
  const abroad = new Map<string, [string, string][]>();
  const trips = all<{ departDate: string; returnDate: string; members: string }>(
    `SELECT "departDate", "returnDate", "members" FROM "delegation" WHERE "deleted" = 0 AND "status" <> 'cancelled' AND "direction" = 'outbound'
     AND "departDate" IS NOT NULL AND "returnDate" IS NOT NULL AND "members" IS NOT NULL`,
  );
  for (const trip of trips) {
    for (const m of JSON.parse(trip.members) as TableRow[])
      abroad.set(String(m.person), [...(abroad.get(String(m.person)) ?? []), [trip.departDate, trip.returnDate]]);
  }
  const checklist = (kind: string) => {
    const template = templateInForce(checklistTemplates(ctx, kind), kind, today);
    return template ? checklistFromTemplate(template) : [];
  };
  const note = '\n\n（本文件由 waiban demo 生成，仅供演示。）\n';
  const reviewers = all<{ name: string }>(
    `SELECT "name" FROM "person" WHERE "department" = 'FAO' AND "category" = 'staff' AND "deleted" = 0 LIMIT 8`,
  ).map((r) => r.name);
  return {
    today,
    year,
    departments,
    departmentNames: new Map(departments.map((d) => [d.code, d.nameZh])),
    universities: made.partners.filter((p) => p.university),
    agreementsByPartner: made.agreementsByPartner,
    students: all(`SELECT "id", "department" FROM "person" WHERE "category" = 'student' AND "deleted" = 0 ORDER BY rowid`),
    experts: all(
      `SELECT "id", "name", "department", coalesce("position", '外籍专家') AS "position" FROM "person" WHERE "category" = 'foreignExpert' AND "deleted" = 0 ORDER BY rowid`,
    ),
    abroad,
    funds: all(`SELECT "id", "kind", "fiscalYear" FROM "fund" WHERE "deleted" = 0`),
    allocations: all(
      `SELECT a."id", a."department" FROM "allocation" a JOIN "fund" f ON f."id" = a."fund" WHERE a."deleted" = 0 AND f."fiscalYear" = ?`,
      year,
    ),
    checklists: { conference: checklist('conference'), expertHire: checklist('expertHire') },
    evidence: Object.fromEntries(
      Object.entries(samples).map(([key, [name, text]]) => [key, storeBytes(ctx, name, Buffer.from(text + note, 'utf8'))]),
    ),
    reviewers: reviewers.length ? reviewers : ['外事办'],
  };
}

/** The year a record falls in, for the annual plans: when it starts. */
const yearField: Partial<Record<RegisterName, string>> = {
  program: 'startYear',
  mobility: 'fromDate',
  conference: 'startDate',
  expert: 'contractFrom',
  training: 'startDate',
  delegation: 'departDate',
};

const plannable = (register: RegisterName, records: NewRecord[]): Plannable[] =>
  records.map((r) => ({
    register,
    department: r.department,
    year: Number(String(r.data[yearField[register]!]).slice(0, 4)),
    values: r.data,
  }));

/**
 * Programs and the students abroad, conferences, trainings, foreign experts, international students and
 * the departments' annual plans, drawn from the partners, people, trips and funds the demo wrote before
 * and consistent with every rule a save applies. Plans are drawn up from the records (most linked to their
 * line), so they are written first; the trips they plan get the link as a second version.
 */
export function addDemoExchange(ctx: ServiceContext, writer: ChangeWriter, made: DemoAgreements, seed: number): DemoExchange {
  const rand = seededRandom(seed);
  const s = sources(ctx, made);
  const students = demoStudents(rand, s, Math.min(Math.max(30, Math.ceil(made.agreements / 8)), 3000), blankValues('person'));
  const programs = demoPrograms(rand, s, blankValues('program'));
  const mobility = demoMobility(rand, s, programs, blankValues('mobility'));
  const conferences = demoConferences(rand, s, blankValues('conference'));
  const trainings = demoTrainings(rand, s, blankValues('training'));
  const experts = demoExperts(rand, s, blankValues('person'), blankValues('expert'));
  const intakes = demoStudentIntakes(rand, s, blankValues('studentIntake'));

  const tripStore = ctx.stores.get('delegation')!;
  const tripIds = ctx.sqlite
    .prepare(`SELECT "id" FROM "delegation" WHERE "deleted" = 0 AND "departDate" >= ?`)
    .pluck()
    .all(`${s.year - 1}-01-01`) as string[];
  const trips: NewRecord[] = tripIds.map((id) => {
    const data = tripStore.values(tripStore.get(id)!);
    return { recordId: id, department: String(data.department), data };
  });
  const plans = demoAnnualPlans(
    rand,
    s.year,
    s.departmentNames,
    [
      ...plannable('delegation', trips),
      ...plannable(
        'program',
        programs.map((p) => p.record),
      ),
      ...plannable('mobility', mobility),
      ...plannable('conference', conferences),
      ...plannable('training', trainings),
      ...plannable('expert', experts.hires),
    ],
    blankValues('annualPlan'),
  );

  const write = (register: RegisterName, records: NewRecord[]) => createRecords(ctx, writer, registerOf(register), records).length;
  // In reference order: the people and plans the records name, the programs before the stays on them.
  const people = write('person', [...students, ...experts.people]);
  const annualPlans = write('annualPlan', plans);
  const result: DemoExchange = {
    people,
    annualPlans,
    programs: write(
      'program',
      programs.map((p) => p.record),
    ),
    mobility: write('mobility', mobility),
    conferences: write('conference', conferences),
    trainings: write('training', trainings),
    experts: write('expert', experts.hires),
    studentIntakes: write('studentIntake', intakes),
  };
  writer.transaction(() => {
    for (const trip of trips.filter((t) => t.data.annualPlan))
      saveRecord(ctx, writer, { register: 'delegation', id: trip.recordId!, values: trip.data });
  });
  return result;
}
