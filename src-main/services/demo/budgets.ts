import type { FieldValue } from '../../contract';
import { pickOne, seededRandom } from '../../core/random';
import { settledValues } from '../../core/registers';
import { localDate } from '../../ports/clock';
import { createRecords } from '../recordCommands';
import type { ChangeWriter } from '../changeWriter';
import { registerOf, type ServiceContext } from '../context';

export interface DemoBudgetResult {
  funds: number;
  allocations: number;
  expenses: number;
}

/** Rates of the kind the Bank of China publishes (CNY per unit), fixed so the demo is reproducible. */
const demoRates: Record<string, string> = { USD: '7.1088', EUR: '7.7321', GBP: '9.0415', JPY: '0.047712', AUD: '4.6912', KRW: '0.005142' };
const currencyOf: Record<string, string> = {
  US: 'USD',
  GB: 'GBP',
  JP: 'JPY',
  AU: 'AUD',
  KR: 'KRW',
  DE: 'EUR',
  FR: 'EUR',
  IT: 'EUR',
  ES: 'EUR',
  NL: 'EUR',
};

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
  academic: number;
}

/**
 * A fiscal year of money: the plan's special funds, each travelling department's allocations sized from
 * the costs of its trips this year (teaching and research trips on the teacher visiting fund, the rest on
 * routine funds), and those costs: planned for trips ahead, actual for trips done, in the currency of the
 * first country visited. One allocation is knowingly overspent (confirmed), so the warnings show.
 */
export function addDemoBudgets(ctx: ServiceContext, writer: ChangeWriter, seed = 29): DemoBudgetResult {
  const rand = seededRandom(seed);
  const today = localDate(ctx.clock.now());
  const year = Number(today.slice(0, 4));
  const trips = ctx.sqlite
    .prepare(
      `SELECT "id", "title", "department", "status", "departDate", "days", "groupSize", "countries", "academic" FROM "delegation"
        WHERE "deleted" = 0 AND "direction" = 'outbound' AND "status" <> 'cancelled' AND substr("departDate", 1, 4) = ?
        ORDER BY "departDate" LIMIT 400`,
    )
    .all(String(year)) as TripRow[];

  const costs = trips.flatMap((trip) => tripCosts(trip, rand).map((cost) => ({ trip, fund: trip.academic ? 1 : 0, ...cost })));
  // Allocation per (fund, department): what its trips cost, with room to spare, except the first, knowingly short.
  const groups = new Map<string, { fund: number; department: string; cost: number }>();
  for (const c of costs) {
    const key = `${c.fund}:${c.trip.department}`;
    const g = groups.get(key) ?? { fund: c.fund, department: c.trip.department, cost: 0 };
    g.cost += c.values.cnyAmount as number;
    groups.set(key, g);
  }
  const shares = [...groups.values()].map((g, i) => ({ ...g, amount: roundYuan(g.cost * (i === 0 ? 0.92 : 1.1 + rand() * 0.5), 1000) }));

  const funds = fundPlan.map(([kind, name, yuan], f) => {
    const allocated = shares.filter((a) => a.fund === f).reduce((n, a) => n + a.amount, 0);
    return {
      department: 'FAO',
      data: {
        ...blank('fund'),
        name: `${year}年${name}`,
        fiscalYear: year,
        kind,
        department: 'FAO',
        total: Math.max(yuan * 100, roundYuan(allocated / 0.85, 100_000)),
      },
    };
  });
  const fundIds = createRecords(ctx, writer, registerOf('fund'), funds);
  // Allocations are named as the office names them: fund and department in Chinese ("…—法学院").
  const nameOf = new Map(
    (ctx.sqlite.prepare('SELECT "code", "nameZh" FROM "department" WHERE "deleted" = 0').all() as { code: string; nameZh: string }[]).map(
      (d) => [d.code, d.nameZh],
    ),
  );
  const allocations = shares.map((a) => ({
    department: 'FAO',
    data: settle('allocation', {
      ...blank('allocation'),
      title: `${funds[a.fund]!.data.name}—${nameOf.get(a.department) ?? a.department}`,
      fund: fundIds[a.fund]!,
      department: a.department,
      amount: a.amount,
      adjustments:
        rand() < 0.15
          ? [{ date: `${year}-07-01`, kind: 'incentive', amount: roundYuan(a.amount * 0.1, 100), reason: '上年度国际交流考核优秀' }]
          : null,
    }),
  }));
  const allocationIds = createRecords(ctx, writer, registerOf('allocation'), allocations);
  const allocationOf = new Map(
    shares.map((a, i) => [`${a.fund}:${a.department}`, { id: allocationIds[i]!, current: allocations[i]!.data.current as number }]),
  );

  const used = new Map<string, number>();
  const expenses = costs.map((c) => {
    const allocation = allocationOf.get(`${c.fund}:${c.trip.department}`)!;
    const total = (used.get(allocation.id) ?? 0) + (c.values.cnyAmount as number);
    used.set(allocation.id, total);
    const values = {
      ...c.values,
      allocation: allocation.id,
      confirmedWarnings: total > allocation.current ? ['expenseBeyondAllocation'] : null,
    };
    return { department: c.trip.department, data: values };
  });
  createRecords(ctx, writer, registerOf('expense'), expenses);
  return { funds: fundIds.length, allocations: allocationIds.length, expenses: expenses.length };
}

/** Yuan amounts in fen, rounded to a whole number of `step` fen. */
const roundYuan = (fen: number, step: number) => Math.max(step, Math.round(fen / step) * step);

const categoryNames: Record<string, string> = {
  internationalTravel: '国际旅费',
  lodging: '住宿费',
  food: '伙食费',
  miscellaneous: '公杂费',
};

/** A trip's four usual costs, in CNY for the flights and the local currency for the rest. */
function tripCosts(trip: TripRow, rand: () => number): { values: Record<string, FieldValue> }[] {
  const done = ['returned', 'reportFiled', 'closed', 'travelling'].includes(trip.status);
  const country = (JSON.parse(trip.countries ?? '[]') as string[])[0] ?? 'US';
  const currency = currencyOf[country] ?? 'USD';
  const people = Math.max(trip.groupSize, 1);
  const days = trip.days ?? 5;
  const perDay = (usd: number) => (['JPY', 'KRW'].includes(currency) ? Math.round(usd * (currency === 'JPY' ? 150 : 1_380)) : usd * 100);
  const lines: [string, string, number][] = [
    ['internationalTravel', 'CNY', people * (6_000 + Math.floor(rand() * 6_000)) * 100],
    ['lodging', currency, people * days * perDay(120 + Math.floor(rand() * 100))],
    ['food', currency, people * days * perDay(60)],
    ['miscellaneous', currency, people * days * perDay(30)],
  ];
  return lines.map(([category, cur, amount]) => {
    const foreign = cur !== 'CNY';
    return {
      values: settle('expense', {
        ...blank('expense'),
        description: `${trip.title}·${categoryNames[category]}`,
        department: trip.department,
        stage: done ? 'actual' : 'planned',
        subjectKind: 'delegation',
        delegation: trip.id,
        category,
        date: trip.departDate,
        currency: cur,
        amount,
        ...(foreign
          ? { rate: demoRates[cur]!, rateDate: trip.departDate, rateSource: pickOne(rand, ['bankStatement', 'bocSellingRate']) }
          : {}),
      }),
    };
  });
}
