import { v7 as uuidv7 } from 'uuid';
import type { FieldValue, RegisterName, TableRow } from '../../contract';
import { pickWeighted, randomInt } from '../../core/random';
import { settledValues } from '../../core/registers';
import { planLineRegister } from '../../core/registers/planLink';
import type { NewRecord } from '../changeWriter';

type Rand = () => number;

/** A record that may carry out a plan line: its register, department, the year it falls in, and its values. */
export interface Plannable {
  register: RegisterName;
  department: string;
  year: number;
  /** Gets the link when the record is planned. */
  values: Record<string, FieldValue>;
}

/** How each kind of line is worded, and what one unit of it costs (yuan), roughly. */
const lineText: Record<string, [description: string, yuanEach: number]> = {
  trip: ['出访合作院校、参加国际学术会议', 40_000],
  program: ['新建或续签常态化师生交流项目', 50_000],
  conference: ['主办或承办国际学术会议', 150_000],
  expert: ['聘请外籍专家、外籍教师', 120_000],
  studentExchange: ['选派学生出国（境）交流学习', 15_000],
  training: ['举办国际培训项目', 300_000],
};

const kindOf = new Map(Object.entries(planLineRegister).map(([kind, register]) => [register, kind]));

/**
 * Each department's annual plan for the last two years, drawn up from what it went on to do: one line per
 * kind of activity, its planned count near what happened (some lines overshoot, some fall short, a few
 * planned things never came), and most of the records linked to their line; the rest were unplanned.
 * Mutates the records' values with their links and returns the plans to write first.
 */
export function demoAnnualPlans(
  rand: Rand,
  year: number,
  names: Map<string, string>,
  records: Plannable[],
  blank: Record<string, FieldValue>,
): NewRecord[] {
  const plans: NewRecord[] = [];
  for (const planYear of [year - 1, year]) {
    const inYear = records.filter((r) => r.year === planYear && kindOf.has(r.register));
    for (const department of [...new Set(inYear.map((r) => r.department))].sort()) {
      const id = uuidv7();
      const lines: TableRow[] = [];
      for (const kind of Object.keys(lineText)) {
        const doing = inYear.filter((r) => r.department === department && kindOf.get(r.register) === kind);
        if (!doing.length && rand() > 0.1) continue;
        const key = `L${lines.length + 1}`;
        const planned = Math.max(
          1,
          doing.length +
            pickWeighted(rand, [
              [-1, 2],
              [0, 4],
              [1, 3],
              [2, 1],
            ] as const),
        );
        const [description, yuanEach] = lineText[kind]!;
        lines.push({ key, kind, description, plannedCount: planned, budget: planned * yuanEach * 100 + randomInt(rand, 0, 9) * 1_000_000 });
        for (const r of doing) if (rand() < 0.85) Object.assign(r.values, { annualPlan: id, planLine: key });
      }
      const name = names.get(department) ?? department;
      const values = {
        ...blank,
        title: `${name}${planYear}年度国际交流与合作计划`,
        department,
        year: planYear,
        lines,
        summary: planYear < year ? `${planYear}年度计划执行情况已在年度外事工作会议上汇报。` : null,
      };
      plans.push({ recordId: id, department, data: settledValues.annualPlan!(values) });
    }
  }
  return plans;
}
