import { v7 as uuidv7 } from 'uuid';
import type { FieldValue } from '../../contract';
import { pickOne, randomInt } from '../../core/random';
import type { NewRecord } from '../changeWriter';
import type { ExchangeSources } from './exchange';

type Rand = () => number;

/** Where international students come from: the partners' regions and the trade-union training countries. */
const sourceCountries = ['KZ', 'RU', 'BY', 'MN', 'VN', 'TH', 'ID', 'PK', 'LK', 'NP', 'KR', 'JP', 'ET', 'KE', 'TZ', 'NG', 'EG', 'ZA'];

function countriesFor(rand: Rand, count: number): string[] {
  const picked = sourceCountries.filter(() => rand() < 0.35).slice(0, Math.min(count, randomInt(rand, 2, 8)));
  return picked.length ? picked : [pickOne(rand, sourceCountries)];
}

/**
 * International students as the plan set them out (targets T11, T12): the qualification applied for in
 * 2017 and granted the next spring, then each year's intakes from 2018: degree and short-term visiting
 * students kept by the office, trade-union cadre trainees by the Trade Union Cadre Training College.
 */
export function demoStudentIntakes(rand: Rand, s: ExchangeSources, blank: Record<string, FieldValue>): NewRecord[] {
  const record = (department: string, values: Record<string, FieldValue>): NewRecord => ({
    recordId: uuidv7(),
    department,
    data: { ...blank, department, ...values },
  });
  const out = [
    record('FAO', {
      title: '申请招收外国留学生资格',
      year: 2017,
      kind: 'qualificationApplied',
      date: '2017-11-20',
      notes: '向北京市教委报送申请材料，教务处、后勤处共同准备',
    }),
    record('FAO', {
      title: '获得招收外国留学生资格',
      year: 2018,
      kind: 'qualificationGranted',
      date: '2018-03-15',
      document: s.evidence.qualification!,
    }),
  ];
  for (let year = 2018; year <= s.year && `${year}-09-05` <= s.today; year++) {
    const growth = year - 2017;
    const degree = randomInt(rand, 2, 5) * growth;
    out.push(
      record('FAO', {
        title: year === 2018 ? '2018年首批学历留学生' : `${year}年学历留学生`,
        year,
        kind: 'degree',
        count: degree,
        countries: countriesFor(rand, degree),
        date: `${year}-09-05`,
      }),
    );
    const visiting = randomInt(rand, 8, 30);
    out.push(
      record('FAO', {
        title: `${year}年短期访问留学生`,
        year,
        kind: 'shortTermVisiting',
        count: visiting,
        countries: countriesFor(rand, visiting),
        date: `${year}-04-10`,
      }),
    );
    const cadres = randomInt(rand, 15, 30);
    out.push(
      record('TUC', {
        title: `${year}年国际工会干部研修生`,
        year,
        kind: 'tradeUnionCadre',
        count: cadres,
        countries: countriesFor(rand, cadres),
        date: `${year}-10-10`,
      }),
    );
  }
  return out;
}
