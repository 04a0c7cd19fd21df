import type { FieldValue, TargetResult, TargetsReport } from '../../src-main/contract';
import { receiveRecord } from './delegations';
import { partnerValues, type TestApp } from './tempApp';

type Values = Record<string, FieldValue>;

/** The built-in 13th plan's id. */
export const plan13 = (app: TestApp): string =>
  (app.ctx.sqlite.prepare(`SELECT "id" FROM "plan" WHERE "code" = '13th'`).get() as { id: string }).id;

export const report = (app: TestApp, year: number, plan = plan13(app)): Promise<TargetsReport> =>
  app.call('targets.report', { plan, year });

export const target = (r: TargetsReport, code: string): TargetResult => {
  const found = r.targets.find((t) => t.code === code);
  if (!found) throw new Error(`no target ${code}`);
  return found;
};

/** A year's figure of a target, and the ids behind it. */
export const yearOf = (t: TargetResult, year: number) => t.byYear.find((y) => y.year === year)!;

/** Hand-built data: records written as they arrive from another installation (no workflow in the way). */
export const partner = (app: TestApp, nameZh: string, over: Values = {}): string =>
  receiveRecord(app, 'partner', {
    ...partnerValues(),
    nameZh,
    type: 'university',
    backgroundReview: 'passed',
    department: 'FAO',
    ...over,
  } as Values);

export const agreement = (app: TestApp, partnerId: string, over: Values): string =>
  receiveRecord(app, 'agreement', {
    title: '合作协议',
    partner: partnerId,
    type: 'frameworkMou',
    level: 'university',
    status: 'active',
    department: 'FAO',
    ...over,
  });
