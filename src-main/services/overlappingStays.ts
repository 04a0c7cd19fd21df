import type { FieldIssue, FieldValue } from '../contract';
import { linkCondition } from '../db/recordLinks';
import type { ServiceContext } from './context';

type Values = Record<string, FieldValue>;

interface Stay {
  title: string;
  from: string;
  to: string;
}

/**
 * A student cannot be abroad twice at once: a stay is refused while another of the student's stays, or an
 * outbound delegation the student travels with, overlaps its dates (either end day shared counts). The
 * other record is named so the office can find which one is wrong. Cancelled ones do not count.
 */
export function overlappingStays(ctx: ServiceContext, values: Values, id: string): FieldIssue[] {
  const { student, fromDate: from, toDate: to } = values;
  if (!student || !from || !to || values.status === 'cancelled') return [];
  const stay = ctx.sqlite
    .prepare(
      `SELECT "title", "fromDate" AS "from", "toDate" AS "to" FROM "mobility"
       WHERE "student" = ? AND "deleted" = 0 AND "status" <> 'cancelled' AND "id" <> ? AND "fromDate" <= ? AND "toDate" >= ?
       ORDER BY "fromDate" LIMIT 1`,
    )
    .get(student, id, to, from) as Stay | undefined;
  const member = linkCondition('d', 'delegation', 'members.person', String(student));
  const trip = stay
    ? undefined
    : (ctx.sqlite
        .prepare(
          `SELECT "title", "departDate" AS "from", "returnDate" AS "to" FROM "delegation" d
           WHERE d."deleted" = 0 AND d."status" <> 'cancelled' AND d."direction" = 'outbound' AND d."departDate" <= ? AND d."returnDate" >= ? AND ${member.sql}
           ORDER BY d."departDate" LIMIT 1`,
        )
        .get(to, from, ...member.params) as Stay | undefined);
  const other = stay ?? trip;
  if (!other) return [];
  const [zh, en] = stay ? ['出国（境）交流', 'stay abroad'] : ['出访团组', 'outbound delegation'];
  return [
    {
      field: 'fromDate',
      message: {
        zh: `该学生 ${other.from} 至 ${other.to} 已在${zh}“${other.title}”中，与本次日期重叠`,
        en: `The student is already abroad from ${other.from} to ${other.to} on the ${en} "${other.title}"; the dates overlap`,
      },
    },
  ];
}
