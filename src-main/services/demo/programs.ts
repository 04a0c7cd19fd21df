import { v7 as uuidv7 } from 'uuid';
import type { FieldValue } from '../../contract';
import { addDays } from '../../core/expiry';
import { pickOne, pickWeighted, randomInt } from '../../core/random';
import { mobilityKinds } from '../../core/registers/mobility';
import { programKinds, programLevels } from '../../core/registers/program';
import type { NewRecord } from '../changeWriter';
import type { DemoPartner } from './delegation';
import type { ExchangeSources } from './exchange';
import { demoPerson } from './people';

type Rand = () => number;

const label = (options: { value: string; label: { zh: string } }[], value: string) => options.find((o) => o.value === value)!.label.zh;

/** Program kinds in the proportions a labour-relations university runs them, with whom they are for. */
const programPlan: [kind: string, level: string, weight: number][] = [
  ['semesterExchange', 'undergraduate', 20],
  ['exchangeStudents', 'undergraduate', 12],
  ['shortVisit', 'mixed', 15],
  ['jointTrainingUndergraduate', 'undergraduate', 8],
  ['jointTrainingGraduate', 'graduate', 10],
  ['creditRecognition', 'undergraduate', 8],
  ['stagedStudy', 'undergraduate', 6],
  ['overseasPractice', 'undergraduate', 8],
  ['degreeCoAward', 'graduate', 3],
  ['cooperativeProgram', 'undergraduate', 2],
  ['shortVisit', 'teacher', 8],
];

/** What a student on a program of each kind goes abroad for. */
const stayOf: Record<string, string> = {
  semesterExchange: 'semesterExchange',
  exchangeStudents: 'semesterExchange',
  shortVisit: 'shortVisit',
  jointTrainingUndergraduate: 'jointTraining',
  jointTrainingGraduate: 'jointTraining',
  creditRecognition: 'semesterExchange',
  stagedStudy: 'stagedStudy',
  overseasPractice: 'overseasPractice',
  degreeCoAward: 'degree',
  cooperativeProgram: 'stagedStudy',
};

/** Days abroad for each kind of stay. */
const stayDays: Record<string, [number, number]> = {
  shortVisit: [14, 40],
  semesterExchange: [120, 160],
  jointTraining: [300, 365],
  stagedStudy: [600, 730],
  degree: [330, 720],
  summerSchool: [20, 35],
  overseasPractice: [30, 75],
  competition: [4, 9],
};

export interface DemoProgram {
  record: NewRecord & { recordId: string };
  partner: DemoPartner;
  level: string;
  kind: string;
  active: boolean;
}

/**
 * Each academic school's regular programs with partner universities (two or three, target T3): started over
 * the plan years, most running, a few suspended or ended, the next one still being prepared; each on an
 * agreement with that partner when there is one.
 */
export function demoPrograms(rand: Rand, s: ExchangeSources, blank: Record<string, FieldValue>): DemoProgram[] {
  if (!s.universities.length) return [];
  return s.departments
    .filter((d) => d.kind === 'academic')
    .flatMap((d) =>
      Array.from({ length: randomInt(rand, 1, 3) }, (): DemoProgram => {
        const [kind, level] = pickWeighted(
          rand,
          programPlan.map(([k, l, w]) => [[k, l], w] as const),
        );
        const partner = pickOne(rand, s.universities);
        const startYear = randomInt(rand, s.year - 8, s.year + 1);
        const status =
          startYear > s.year
            ? 'planned'
            : pickWeighted(rand, [
                ['active', 80],
                ['suspended', 8],
                ['ended', 12],
              ] as const);
        const agreements = s.agreementsByPartner.get(partner.id) ?? [];
        // "本科联合培养" names its students already; "中外合作办学项目" is a program already.
        const kindName = label(programKinds, kind).replace(/项目$/, '');
        const audience = /本科|研究生/.test(kindName) ? '' : label(programLevels, level);
        const values = {
          ...blank,
          title: `${d.nameZh}与${partner.nameZh}${audience}${kindName}项目`,
          department: d.code,
          partner: partner.id,
          agreement: agreements.length ? pickOne(rand, agreements) : null,
          kind,
          level,
          startYear,
          annualQuota: level === 'teacher' ? randomInt(rand, 2, 5) : randomInt(rand, 3, 30),
          status,
          notes: status === 'suspended' ? '合作方课程调整，项目暂停一年' : null,
        };
        return { record: { recordId: uuidv7(), department: d.code, data: values }, partner, level, kind, active: status === 'active' };
      }),
    );
}

/**
 * Students beyond those the people register drew, so a realistic share of a school goes abroad (target T8):
 * drawn as the demo draws anyone, keeping the students.
 */
export function demoStudents(rand: Rand, s: ExchangeSources, count: number, blank: Record<string, FieldValue>): NewRecord[] {
  const students: NewRecord[] = [];
  const emails = new Map<string, number>();
  while (students.length < count) {
    const { values } = demoPerson(rand, s.today, s.departments, s.universities, emails);
    if (values.category !== 'student') continue;
    const id = uuidv7();
    s.students.push({ id, department: String(values.department) });
    students.push({ recordId: id, department: String(values.department), data: { ...blank, ...values } });
  }
  return students;
}

/** Semesters start in September or late February; summer schools and practice in July; short visits in either holiday. */
function stayStart(rand: Rand, kind: string, year: number): string {
  const day = (month: number, from: number, to: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(randomInt(rand, from, to)).padStart(2, '0')}`;
  if (kind === 'summerSchool' || kind === 'overseasPractice') return day(7, 1, 15);
  if (kind === 'shortVisit') return rand() < 0.5 ? day(1, 10, 20) : day(7, 5, 20);
  if (kind === 'competition') return day(randomInt(rand, 3, 11), 1, 25);
  return rand() < 0.7 ? day(9, 1, 8) : day(2, 20, 27);
}

/** The term a stay begins in, as titles name it. */
function term(date: string): string {
  const month = Number(date.slice(5, 7));
  return month === 1 ? '寒假' : month <= 6 ? '春季' : month <= 8 ? '暑期' : '秋季';
}

/**
 * Stays abroad of the demo's students: on one of their school's student programs or on their own
 * application, one or two each, never overlapping another stay or a trip they travel on. Status follows
 * the dates; credits are recognised for most semester-long stays once back; some are funded by this
 * year's study-abroad fund.
 */
export function demoMobility(rand: Rand, s: ExchangeSources, programs: DemoProgram[], blank: Record<string, FieldValue>): NewRecord[] {
  const stays: NewRecord[] = [];
  const studentPrograms = programs.filter((p) => p.active && p.level !== 'teacher');
  for (const student of s.students) {
    if (rand() > 0.6 || !s.universities.length) continue;
    for (let n = randomInt(rand, 1, 2); n > 0; n--) {
      const ownPrograms = studentPrograms.filter((p) => p.record.department === student.department);
      const program = ownPrograms.length && rand() < 0.65 ? pickOne(rand, ownPrograms) : null;
      const kind = program
        ? stayOf[program.kind]!
        : pickWeighted(rand, [
            ['summerSchool', 4],
            ['shortVisit', 3],
            ['competition', 2],
            ['degree', 1],
          ] as const);
      const [minDays, maxDays] = stayDays[kind]!;
      const from = stayStart(rand, kind, s.year + randomInt(rand, -4, 1));
      if (from > addDays(s.today, 300)) continue;
      const to = addDays(from, randomInt(rand, minDays, maxDays));
      const busy = s.abroad.get(student.id) ?? [];
      if (busy.some(([a, b]) => a <= to && b >= from)) continue;
      s.abroad.set(student.id, [...busy, [from, to]]);
      const partner = program?.partner ?? pickOne(rand, s.universities);
      const status = from > s.today ? (rand() < 0.08 ? 'cancelled' : 'planned') : to >= s.today ? 'abroad' : 'returned';
      const credits =
        status === 'returned' && maxDays >= 120 && rand() < 0.8 ? String(randomInt(rand, 8, 30) + (rand() < 0.3 ? 0.5 : 0)) : null;
      const fund = s.funds.find((f) => f.kind === 'studentStudyAbroad' && f.fiscalYear === Number(from.slice(0, 4)));
      const values = {
        ...blank,
        title: `${from.slice(0, 4)}年${term(from)}赴${partner.nameZh}${label(mobilityKinds, kind)}`,
        student: student.id,
        department: student.department,
        program: program?.record.recordId ?? null,
        partner: partner.id,
        country: partner.country,
        kind,
        fromDate: from,
        toDate: to,
        status,
        fund: fund && rand() < 0.4 ? fund.id : null,
        creditsRecognised: credits,
        notes: status === 'cancelled' ? '学生因个人原因放弃' : null,
      };
      stays.push({ recordId: uuidv7(), department: student.department, data: values });
    }
  }
  return stays;
}
