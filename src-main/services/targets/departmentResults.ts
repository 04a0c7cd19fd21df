import type { ServiceContext } from '../context';
import { rows } from './metric';

/**
 * What each register counts as a result of the year, per department: the date that places a record in the
 * year and the statuses that mean it happened (cancelled, planned or pending records are not results).
 */
const resultQueries: { register: string; sql: string }[] = [
  {
    register: 'agreement',
    sql: `SELECT "department" AS d, count(*) AS n FROM "agreement" WHERE "deleted" = 0 AND "status" IN ('active', 'expired') AND substr("signedDate", 1, 4) = ? GROUP BY d`,
  },
  {
    register: 'delegation',
    sql: `SELECT "department" AS d, count(*) AS n FROM "delegation" WHERE "deleted" = 0 AND "status" IN ('travelling', 'returned', 'reportFiled', 'closed') AND substr("departDate", 1, 4) = ? GROUP BY d`,
  },
  {
    register: 'program',
    sql: `SELECT "department" AS d, count(*) AS n FROM "program" WHERE "deleted" = 0 AND "status" IN ('active', 'suspended', 'ended') AND "startYear" = CAST(? AS INTEGER) GROUP BY d`,
  },
  {
    register: 'mobility',
    sql: `SELECT "department" AS d, count(*) AS n FROM "mobility" WHERE "deleted" = 0 AND "status" IN ('abroad', 'returned') AND substr("fromDate", 1, 4) = ? GROUP BY d`,
  },
  {
    register: 'conference',
    sql: `SELECT "department" AS d, count(*) AS n FROM "conference" WHERE "deleted" = 0 AND "status" IN ('held', 'closed') AND substr("startDate", 1, 4) = ? GROUP BY d`,
  },
  {
    register: 'expert',
    sql: `SELECT "department" AS d, count(*) AS n FROM "expert" WHERE "deleted" = 0 AND "status" IN ('arrived', 'inPost', 'left') AND substr("contractFrom", 1, 4) = ? GROUP BY d`,
  },
  {
    register: 'training',
    sql: `SELECT "department" AS d, count(*) AS n FROM "training" WHERE "deleted" = 0 AND "status" IN ('running', 'completed') AND substr("startDate", 1, 4) = ? GROUP BY d`,
  },
  {
    register: 'studentIntake',
    sql: `SELECT "department" AS d, count(*) AS n FROM "studentIntake" WHERE "deleted" = 0 AND "kind" IN ('degree', 'shortTermVisiting', 'tradeUnionCadre') AND "year" = CAST(? AS INTEGER) GROUP BY d`,
  },
];

/** Per department, the year's results by register (registers with none left out). */
export function departmentResults(ctx: ServiceContext, year: number): Map<string, { register: string; count: number }[]> {
  const out = new Map<string, { register: string; count: number }[]>();
  for (const q of resultQueries) {
    for (const r of rows<{ d: string; n: number }>(ctx, q.sql, String(year)))
      out.set(r.d, [...(out.get(r.d) ?? []), { register: q.register, count: r.n }]);
  }
  return out;
}
