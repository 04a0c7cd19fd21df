import type { FieldValue } from '../../contract';
import { pickOne, seededRandom } from '../../core/random';
import { settledValues } from '../../core/registers';
import { localDate } from '../../ports/clock';
import type { ChangeWriter } from '../changeWriter';
import { registerOf, type ServiceContext } from '../context';

export interface DemoBudgetResult {
  funds: number;
  allocations: number;
  expenses: number;
}

/** Rates of the kind the Bank of China publishes (CNY per unit), fixed so the demo is reproducible. */
const demoRates: Record<string, string> = { USD: '7.1088', EUR: '7.7321', GBP: '9.0415', JPY: '0.047712', AUD: '4.6912', KRW: '0.005142' };
const currencyOf: Record<string, string> = { US: 'USD', GB: 'GBP', JP: 'JPY', AU: 'AUD', KR: 'KRW', DE: 'EUR', FR: 'EUR', IT: 'EUR', ES: 'EUR', NL: 'EUR' };

const fundPlan: [string, string, number][] = [
  ['routine', '外事常规经费', 2_000_000],
  ['teacherVisiting', '教师访学进修基金', 1_500_000],
  ['youngTeacherTraining', '中青年骨干教师国（境）外培训基金', 1_000_000],
  ['studentStudyAbroad', '学生公派留学基金', 3_000_000],
];

const blank = (register: string): Record<string, FieldValue> =>
  Object.fromEntries(registerOf(register).fields.map((f) => [f.key, f.type === 'boolean' ? false : null]));

const settle = (register: 'allocation' | 'expense', values: Record<string, FieldValue>) => settledValues[register]!(values);

interface TripRow {
  id: string;
  title: string;
  department: string;
  status: string;
  departDate: string;
  days: number | null;
  groupSize: number;
  countries: string | null;
}

/**
 * A fiscal year of money: the plan's special funds, allocated to the departments that travel, and costs
 * for this year's outbound trips (planned for trips ahead, actual for trips done, in the currency of the
 * first country visited). One department overspends knowingly, so the warnings have something to show.
 */
export function addDemoBudgets(ctx: ServiceContext, writer: ChangeWriter, seed = 29): DemoBudgetResult {
  const rand = seededRandom(seed);
  const today = localDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  const trips = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "department", "status", "departDate", "days", "groupSize", "countries" FROM "delegation"
        WHERE "deleted" = 0 AND "direction" = 'outbound' AND "status" <> 'cancelled' AND substr("departDate", 1, 4) = ?
        ORDER BY "departDate" LIMIT 400`,
    )
    .all(String(year)) as TripRow[];
  const departments = [...new Set(trips.map((t) => t.department))].sort();
  if (!departments.length) departments.push('FAO');

  const funds = fundPlan.map(([kind, name, yuan]) => ({
    department: 'FAO',
    data: { ...blank('fund'), name: `${year}年${name}`, fiscalYear: year, kind, department: 'FAO', total: yuan * 100 },
  }));
  const fundIds = writer.createMany(registerOf('fund'), funds);

  // Allocations are named as the office names them: fund and department in Chinese ("…—法学院").
  const named = ctx.sqlite.prepare('SELECT "code", "nameZh" FROM "department" WHERE "deleted" = 0').all() as { code: string; nameZh: string }[];
  const nameOf = new Map(named.map((d) => [d.code, d.nameZh]));
  // Each travelling department gets a share of the routine and the teacher funds, 80% of each fund in all.
  const allocations = fundIds.slice(0, 3).flatMap((fundId, f) => {
    const share = Math.floor((funds[f]!.data.total as number) * 0.8 / departments.length / 100) * 100;
    return departments.map((department) => ({
      department: 'FAO',
      data: settle('allocation', {
        ...blank('allocation'),
        title: `${funds[f]!.data.name}—${nameOf.get(department) ?? department}`,
        fund: fundId,
        department,
        amount: share,
        adjustments: rand() < 0.15 ? [{ date: `${year}-07-01`, kind: 'incentive', amount: Math.floor(share * 0.1), reason: '上年度国际交流考核优秀' }] : null,
      }),
    }));
  });
  const allocationIds = writer.createMany(registerOf('allocation'), allocations);
  const allocationFor = (department: string) => {
    const i = allocations.findIndex((a, n) => a.data.department === department && n < departments.length);
    return { id: allocationIds[i]!, current: allocations[i]!.data.current as number };
  };

  const spent = new Map<string, number>();
  const expenses = trips.flatMap((trip) => {
    const allocation = allocationFor(trip.department);
    const done = ['returned', 'reportFiled', 'closed', 'travelling'].includes(trip.status);
    const country = (JSON.parse(trip.countries ?? '[]') as string[])[0] ?? 'US';
    const currency = currencyOf[country] ?? 'USD';
    const people = Math.max(trip.groupSize, 1);
    const days = trip.days ?? 5;
    const lines: [string, string, number][] = [
      ['internationalTravel', 'CNY', people * (6_000 + Math.floor(rand() * 6_000)) * 100],
      ['lodging', currency, people * days * (120 + Math.floor(rand() * 100)) * 100],
      ['food', currency, people * days * 60 * 100],
      ['miscellaneous', currency, people * days * 30 * 100],
    ];
    return lines.map(([category, cur, usdLike]) => {
      const foreign = cur !== 'CNY';
      const amount = foreign && ['JPY', 'KRW'].includes(cur) ? Math.round(usdLike / 100 * (cur === 'JPY' ? 150 : 1_380)) : usdLike;
      const values = settle('expense', {
        ...blank('expense'),
        description: `${trip.title}·${category === 'internationalTravel' ? '国际旅费' : category === 'lodging' ? '住宿费' : category === 'food' ? '伙食费' : '公杂费'}`,
        allocation: allocation.id,
        department: trip.department,
        stage: done ? 'actual' : 'planned',
        subjectKind: 'delegation',
        delegation: trip.id,
        category,
        date: trip.departDate,
        currency: cur,
        amount,
        ...(foreign ? { rate: demoRates[cur]!, rateDate: trip.departDate, rateSource: pickOne(rand, ['bankStatement', 'bocSellingRate']) } : {}),
      });
      const total = (spent.get(allocation.id) ?? 0) + (values.cnyAmount as number);
      spent.set(allocation.id, total);
      if (total > allocation.current) values.confirmedWarnings = ['expenseBeyondAllocation'];
      return { department: trip.department, data: values };
    });
  });
  writer.createMany(registerOf('expense'), expenses);
  return { funds: fundIds.length, allocations: allocationIds.length, expenses: expenses.length };
}
