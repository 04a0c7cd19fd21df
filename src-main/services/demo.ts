import { AppError } from '../contract';
import type { ChangeWriter } from './changeWriter';
import type { ServiceContext } from './context';
import { addDemoAgreements, type Progress } from './demo/agreements';
import { addDemoBudgets } from './demo/budgets';
import { addDemoDelegations } from './demo/delegations';
import { addDemoExchange, type DemoExchange } from './demo/exchange';
import { addDemoTargetFacts } from './demo/targetFacts';
import { recheckAll } from './ruleChecks';

export interface DemoResult extends DemoExchange {
  partners: number;
  agreements: number;
  people: number;
  delegations: number;
  funds: number;
  expenses: number;
  annualFigures: number;
}

/**
 * Sample data is every department's: only an office installation takes it. A review computer writes nothing, and a
 * department laptop's next bundle would carry other departments' records, which the office refuses whole.
 */
function assertDemoAllowed(ctx: ServiceContext): void {
  if (ctx.self.role === 'office') return;
  throw new AppError(
    ctx.self.role === 'review' ? 'READ_ONLY' : 'FORBIDDEN',
    ctx.self.role === 'review'
      ? { zh: '本机为只读审阅安装，不能生成示例数据。', en: 'This is a read-only review installation; it takes no sample data.' }
      : {
          zh: '示例数据包含各部门的记录，只能在外事办安装上生成：院系部笔记本导出时，外事办会拒收其他部门的记录。',
          en: "Sample data holds every department's records, so only an office installation takes it: the office would refuse a department laptop's bundle carrying other departments' records.",
        },
  );
}

/**
 * Adds realistic sample data through the bulk write path: partners and `records` agreements, then the
 * departments' people and `records` delegations among them, then this year's funds, allocations and trip
 * costs, then programs, students abroad, conferences, trainings, foreign experts, international students
 * and the departments' annual plans; last, the yearly head-counts and milestones the plan targets need. The same seed gives the same data; the agreements are those the demo
 * made before it had delegations.
 */
export function addDemoData(ctx: ServiceContext, writer: ChangeWriter, records: number, seed = 13, onProgress?: Progress): DemoResult {
  assertDemoAllowed(ctx);
  const made = addDemoAgreements(ctx, writer, records, seed, onProgress);
  const trips = addDemoDelegations(ctx, writer, records, made, seed + 1, onProgress);
  const money = addDemoBudgets(ctx, writer, seed + 2);
  const exchange = addDemoExchange(ctx, writer, made, seed + 3);
  const facts = addDemoTargetFacts(ctx, writer);
  // Written in bulk, past putRecord: the rule findings are computed once for the whole batch.
  recheckAll(ctx);
  return {
    partners: made.partners.length,
    agreements: made.agreements,
    ...trips,
    funds: money.funds,
    expenses: money.expenses,
    ...exchange,
    people: trips.people + exchange.people,
    ...facts,
  };
}
