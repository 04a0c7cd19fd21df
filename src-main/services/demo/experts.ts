import { v7 as uuidv7 } from 'uuid';
import type { FieldValue } from '../../contract';
import { addDays } from '../../core/expiry';
import { pickOne, randomInt } from '../../core/random';
import { expertStatuses } from '../../core/registers/expert';
import { settledValues } from '../../core/registers';
import type { NewRecord } from '../changeWriter';
import type { ExchangeSources } from './exchange';
import { checklistUpTo } from './stageChecklist';

type Rand = () => number;

/** Experts the university hires: name, name as written at home, nationality, department, position. */
const expertPeople: [name: string, original: string, nationality: string, department: string, position: string][] = [
  ['詹姆斯·威尔逊', 'James Wilson', 'GB', 'FLT', '外籍教师'],
  ['艾米丽·卡特', 'Emily Carter', 'US', 'FLT', '外籍教师'],
  ['丹尼尔·墨菲', 'Daniel Murphy', 'IE', 'FLT', '外籍教师'],
  ['莎拉·汤普森', 'Sarah Thompson', 'CA', 'FLT', '外籍教师'],
  ['克洛伊·马丁', 'Chloé Martin', 'FR', 'FLT', '外籍教师'],
  ['安娜·伊万诺娃', 'Анна Иванова', 'RU', 'FLT', '外籍教师'],
  ['托马斯·施密特', 'Thomas Schmidt', 'DE', 'LAW', '客座教授'],
  ['马克·琼斯', 'Mark Jones', 'AU', 'LRH', '客座教授'],
  ['山本健一', '山本健一', 'JP', 'SAF', '外籍专家'],
  ['金敏俊', '김민준', 'KR', 'SWK', '外籍专家'],
  ['罗伯特·布朗', 'Robert Brown', 'US', 'ECM', '客座教授'],
  ['玛丽亚·罗西', 'Maria Rossi', 'IT', 'TUS', '外籍专家'],
];

const digits = (rand: Rand, n: number) => Array.from({ length: n }, () => Math.floor(rand() * 10)).join('');

/** Where a hire stands on `today`: applied for months ahead, in China from entry, permits in hand after a month. */
function hireStatus(rand: Rand, entry: string, contractFrom: string, contractTo: string, today: string): string {
  if (rand() < 0.05 && contractFrom > today) return 'cancelled';
  if (today < entry) return addDays(contractFrom, -90) > today ? 'applying' : 'approved';
  if (today > contractTo) return 'left';
  return today < addDays(entry, 30) ? 'arrived' : 'inPost';
}

export interface DemoExperts {
  people: NewRecord[];
  hires: NewRecord[];
}

/**
 * The foreign teachers and experts of the demo: people of the category "foreign expert" (those the
 * people register already has, and a dozen more) hired for school years, the language teachers at the
 * Foreign Language Department, visiting professors at the schools. Each hire's permits, entry and
 * checklist are as far along as its status; the permits of those in post lapse a month after the contract.
 */
export function demoExperts(
  rand: Rand,
  s: ExchangeSources,
  blankPerson: Record<string, FieldValue>,
  blankHire: Record<string, FieldValue>,
): DemoExperts {
  const people: NewRecord[] = expertPeople.map(([name, original, nationality, department, position]) => ({
    recordId: uuidv7(),
    department,
    data: {
      ...blankPerson,
      name,
      nameOriginal: original,
      category: 'foreignExpert',
      department,
      position,
      nationality,
      passportNumber: `${pickOne(rand, ['P', 'K', 'X'])}${digits(rand, 8)}`,
      passportType: 'foreign',
      passportExpiry: addDays(s.today, randomInt(rand, 400, 3000)),
    },
  }));
  const experts = [
    ...s.experts,
    ...people.map((p) => ({ id: p.recordId!, name: String(p.data.name), department: p.department, position: String(p.data.position) })),
  ];
  const hires: NewRecord[] = [];
  for (const expert of experts) {
    const language = expert.department === 'FLT';
    let year = s.year - randomInt(rand, 0, 4);
    for (let n = randomInt(rand, 1, 2); n > 0 && year <= s.year + 1; n--, year++) {
      const contractFrom = `${year}-09-01`;
      const contractTo = language ? `${year + 1}-07-15` : addDays(contractFrom, randomInt(rand, 90, 180));
      const entry = addDays(contractFrom, -randomInt(rand, 3, 12));
      const status = hireStatus(rand, entry, contractFrom, contractTo, s.today);
      const order = expertStatuses.map((o) => o.value);
      const at = order.indexOf(status);
      const entered = at >= order.indexOf('arrived') && status !== 'cancelled';
      const permitted = at >= order.indexOf('inPost') && status !== 'cancelled';
      const permitsLapse = addDays(contractTo, 30);
      const values = {
        ...blankHire,
        title: `${s.departmentNames.get(expert.department) ?? expert.department}聘请${language ? '语言外教' : '外籍专家'}${expert.name}（${year}—${year + 1}学年）`,
        person: expert.id,
        department: expert.department,
        kind: language ? 'languageTeacher' : expert.position === '客座教授' ? 'teacher' : 'expert',
        position: language ? pickOne(rand, ['英语口语教学', '英语写作教学', '外语角及语言实践']) : expert.position,
        category: language ? 'B' : pickOne(rand, ['A', 'B']),
        status,
        contractFrom,
        contractTo,
        entryDate: entered ? entry : null,
        workPermitNumber: entered ? `110${digits(rand, 15)}` : null,
        workPermitExpiry: entered ? permitsLapse : null,
        residencePermitIssued: permitted ? addDays(entry, 21) : null,
        residencePermitNumber: permitted ? `Y${digits(rand, 9)}` : null,
        residencePermitExpiry: permitted ? addDays(permitsLapse, -randomInt(rand, 0, 10)) : null,
        checklist: checklistUpTo(rand, s.checklists.expertHire, {
          order,
          reached: status === 'cancelled' ? 'applying' : status,
          dateOf: (_, stage) =>
            stage === 'approved'
              ? addDays(contractFrom, -randomInt(rand, 60, 100))
              : stage === 'arrived'
                ? addDays(entry, -randomInt(rand, 10, 30))
                : addDays(entry, randomInt(rand, 10, 28)),
          evidence: s.evidence.expertDocuments!,
          reviewers: s.reviewers,
        }),
      };
      hires.push({ recordId: uuidv7(), department: expert.department, data: settledValues.expert!(values) });
    }
  }
  return { people, hires };
}
