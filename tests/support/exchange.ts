import type { FieldValue } from '../../src-main/contract';
import { partnerValues, type TestApp } from './tempApp';

type Values = Record<string, FieldValue>;

export const put = (app: TestApp, register: string, values: Values) => app.call('records.put', { register, values });

export const addPartner = async (app: TestApp, over: Values = {}): Promise<string> =>
  (await put(app, 'partner', partnerValues(over) as Values)).id;

/** A student of the School of Law, as the people register keeps one. */
export const addStudent = async (app: TestApp, over: Values = {}): Promise<string> =>
  (await put(app, 'person', { name: '王晓雨', category: 'student', department: 'LAW', ...over })).id;

export const addForeignExpert = async (app: TestApp, over: Values = {}): Promise<string> =>
  (
    await put(app, 'person', {
      name: '约翰·史密斯',
      nameOriginal: 'John Smith',
      category: 'foreignExpert',
      nationality: 'GB',
      department: 'FLT',
      ...over,
    })
  ).id;

/** A two-day conference of the School of Labour Relations, as first entered. */
export const conferenceValues = (over: Values = {}): Values => ({
  title: '劳动关系与体面劳动国际学术研讨会',
  titleEn: 'International Symposium on Labour Relations and Decent Work',
  department: 'LRH',
  startDate: '2026-10-16',
  endDate: '2026-10-17',
  place: '北京',
  ...over,
});

/** An English teacher hired by the Foreign Language Department for a school year. */
export const expertValues = (person: string, over: Values = {}): Values => ({
  title: '外语教学部聘请英语外教（2026—2027学年）',
  person,
  department: 'FLT',
  kind: 'languageTeacher',
  category: 'B',
  contractFrom: '2026-09-01',
  contractTo: '2027-07-15',
  ...over,
});

/** A semester at a partner, on the student's own application. */
export const mobilityValues = (student: string, partner: string, over: Values = {}): Values => ({
  title: '2026年秋季赴伦敦大学学院学期交流',
  student,
  department: 'LAW',
  partner,
  country: 'GB',
  kind: 'semesterExchange',
  fromDate: '2026-09-01',
  toDate: '2027-01-20',
  ...over,
});

export const programValues = (partner: string, over: Values = {}): Values => ({
  title: '法学院与伦敦大学学院本科生学期交流项目',
  department: 'LAW',
  partner,
  kind: 'semesterExchange',
  level: 'undergraduate',
  startYear: 2026,
  annualQuota: 5,
  ...over,
});

export const trainingValues = (over: Values = {}): Values => ({
  title: '2026年发展中国家工会干部研修班',
  department: 'TUC',
  funder: 'mofcom',
  audience: 'tradeUnionCadres',
  startDate: '2026-06-08',
  endDate: '2026-06-28',
  trainees: 25,
  countries: ['ET', 'KE', 'TZ', 'NG'],
  ...over,
});

/** The School of Law's plan for 2026: two trips, a conference, a student exchange. */
export const annualPlanValues = (over: Values = {}): Values => ({
  title: '法学院2026年度国际交流与合作计划',
  department: 'LAW',
  year: 2026,
  lines: [
    { kind: 'trip', description: '赴英国合作院校学术交流', plannedCount: 2, budget: 8_000_000 },
    { kind: 'conference', description: '举办劳动法国际研讨会', plannedCount: 1, budget: 15_000_000 },
    { kind: 'studentExchange', description: '本科生赴英学期交流', plannedCount: 3 },
  ],
  ...over,
});
