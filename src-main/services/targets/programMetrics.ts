import type { Localized } from '../../contract';
import type { ServiceContext } from '../context';
import { rows, type Counted, type Metric, type MetricInput } from './metric';

const running: Localized = {
  zh: '项目自开始年份起计入，须为“运行中”；登记簿不记结束年份，已暂停、已结束和筹备中的项目各年都不计。',
  en: 'A program counts from its first year while its status is active; the register keeps no end year, so suspended, ended and planned programs count in no year.',
};

/** Active programs of the given kinds (all kinds when none), for each year from their first year on. */
function runningPrograms(input: MetricInput, kinds: string[] | null): Map<number, Counted> {
  const programs = rows<{ id: string; department: string; startYear: number }>(
    input.ctx,
    `SELECT "id", "department", "startYear" FROM "program" WHERE "deleted" = 0 AND "status" = 'active'
       AND (? IS NULL OR "kind" IN (SELECT value FROM json_each(?)))`,
    kinds && JSON.stringify(kinds),
    kinds && JSON.stringify(kinds),
  );
  return new Map(
    input.years.map((y): [number, Counted] => [y, new Map(programs.filter((p) => p.startYear <= y).map((p) => [p.id, p.department]))]),
  );
}

const academicDepartments = (ctx: ServiceContext) =>
  (ctx.sqlite.prepare(`SELECT count(*) AS n FROM "department" WHERE "deleted" = 0 AND "kind" = 'academic'`).get() as { n: number }).n;

/** T3: regular exchange programs the departments run; the target per department is multiplied by their number. */
export const programsPerDepartment: Metric = {
  id: 'programsPerDepartment',
  register: 'program',
  shape: 'stock',
  rule: () => ({
    zh: `各院系部运行中的常态化交流项目（任何类型），按承办部门统计；目标按每个院系部的下限乘以院系部数量。${running.zh}`,
    en: `Regular exchange programs (any kind) the departments run, by department; the target per department is multiplied by the number of academic departments. ${running.en}`,
  }),
  count: (input) => runningPrograms(input, null),
  scale: (ctx) => ({ factor: academicDepartments(ctx), what: { zh: '院系部数量', en: 'the number of academic departments' } }),
};

/** T9: Sino-foreign cooperative programs (中外合作办学) running. */
export const cooperativePrograms: Metric = {
  id: 'cooperativePrograms',
  register: 'program',
  shape: 'stock',
  rule: () => ({
    zh: `类型为“中外合作办学项目”的交流项目。${running.zh}`,
    en: `Programs of the kind "Sino-foreign cooperative program". ${running.en}`,
  }),
  count: (input) => runningPrograms(input, ['cooperativeProgram']),
};

/** T10: undergraduate and graduate joint training programs running. */
export const jointTrainingPrograms: Metric = {
  id: 'jointTrainingPrograms',
  register: 'program',
  shape: 'stock',
  rule: () => ({
    zh: `类型为“本科联合培养”或“研究生联合培养”的交流项目。${running.zh}`,
    en: `Programs of the kinds joint training (undergraduate or graduate). ${running.en}`,
  }),
  count: (input) => runningPrograms(input, ['jointTrainingUndergraduate', 'jointTrainingGraduate']),
};
