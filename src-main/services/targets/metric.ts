import type { Localized, RegisterName } from '../../contract';
import type { ServiceContext } from '../context';

/** The records counted for one year, each with the department it belongs to. */
export type Counted = Map<string, string>;

/**
 * How a metric's yearly records add up. stock: what stands at the end of the year (agreements in force);
 * flow: what happened in the year (trips), summed over the years for a target "by a date"; share: a flow or
 * stock over a head-count entered per year; milestone: reached or not by the end of the year.
 */
export type MetricShape = 'stock' | 'flow' | 'share' | 'milestone';

export interface MetricInput {
  ctx: ServiceContext;
  /** The years asked for, oldest first. */
  years: number[];
  /** Today (YYYY-MM-DD): a year not over yet is counted up to today. */
  today: string;
  /** The editable part of a rule (T1: the agreement types that count); empty: the metric's default. */
  qualifyingTypes: string[];
}

export interface Metric {
  id: string;
  /** The register the counted records are in: the drill-down lists them. */
  register: RegisterName;
  shape: MetricShape;
  /** For a share: which yearly head-count it is taken over. */
  denominator?: 'teachers' | 'studentsEnrolled';
  /** What is counted, in words a reader can check against the list. */
  rule(input: Pick<MetricInput, 'qualifyingTypes'>): Localized;
  count(input: MetricInput): Map<number, Counted>;
  /**
   * A target stated per unit (T3: programs per department) is multiplied out to the whole university; the
   * factor and what it is, read from the data.
   */
  scale?(ctx: ServiceContext): { factor: number; what: Localized };
}

/** The last day a year's figure covers: its 31 December, or today while the year runs. */
export const yearEnd = (year: number, today: string): string => (`${year}-12-31` < today ? `${year}-12-31` : today);

export const rows = <T>(ctx: ServiceContext, sql: string, ...params: unknown[]): T[] => ctx.sqlite.prepare(sql).all(...params) as T[];

/** Records of a flow, by the year their date falls in. */
export function byYear(years: number[], items: { id: string; department: string; date: string | null }[]): Map<number, Counted> {
  const out = new Map<number, Counted>(years.map((y) => [y, new Map()]));
  for (const item of items) out.get(Number(item.date?.slice(0, 4)))?.set(item.id, item.department);
  return out;
}

/** Records that reach a milestone, as of each year's end: reached once any exists. */
export function reachedBy(years: number[], today: string, items: { id: string; department: string; date: string }[]): Map<number, Counted> {
  return new Map(
    years.map((y): [number, Counted] => [y, new Map(items.filter((i) => i.date <= yearEnd(y, today)).map((i) => [i.id, i.department]))]),
  );
}
