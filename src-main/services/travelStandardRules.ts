import type { FieldIssue, FieldValue } from '../contract';
import { cityNames } from '../core/registers/travelStandard';
import type { ServiceContext } from './context';

type Values = Record<string, FieldValue>;

const farFuture = '9999-12-31';

/**
 * One place has one standard on any day: a version is refused while another version for the same country
 * and a city it names (or, for "other cities", another "other cities" row) is in force on a day of its own
 * period. The other version is named, so the office can end it first.
 */
export function travelStandardRules(ctx: ServiceContext, values: Values, id: string): FieldIssue[] {
  const from = values.effectiveFrom as string | null;
  if (!values.country || !from) return [];
  const to = (values.effectiveTo as string | null) ?? farFuture;
  const names = cityNames(values.city as string | null);
  const others = ctx.sqlite
    .prepare(
      `SELECT "title", "city", "effectiveFrom", "effectiveTo" FROM "travelStandard"
        WHERE "country" = ? AND "deleted" = 0 AND "id" <> ? AND "effectiveFrom" <= ? AND coalesce("effectiveTo", ?) >= ?
        ORDER BY "effectiveFrom"`,
    )
    .all(values.country, id, to, farFuture, from) as {
    title: string;
    city: string | null;
    effectiveFrom: string;
    effectiveTo: string | null;
  }[];
  const clash = others.find((o) => {
    const theirs = cityNames(o.city);
    return names.length === 0 ? theirs.length === 0 : theirs.some((n) => names.includes(n));
  });
  if (!clash) return [];
  const period = `${clash.effectiveFrom} – ${clash.effectiveTo ?? '…'}`;
  return [
    {
      field: 'effectiveFrom',
      message: {
        zh: `与现有标准“${clash.title}”（${period}）的有效期重叠：同一城市同一天只能有一个标准，请先为旧版本填写失效日期`,
        en: `Overlaps the standard "${clash.title}" (${period}): a place has one standard on any day; end the old version first`,
      },
    },
  ];
}
