import type { FilterValue, RegisterDef } from '../contract';
import { AppError, filterValues, takesSeveral } from '../contract';
import { addDays } from '../core/expiry';
import { foldText, ftsPhrase, minIndexedQueryLength } from '../core/searchText';
import { linkCondition } from './recordLinks';
import { q } from './rowCodec';

export interface ListSpec {
  def: RegisterDef;
  search?: string;
  filters: Record<string, FilterValue>;
  sort: { field: string; direction: 'asc' | 'desc' };
  /** Keyset position: the sort value and rowid of the last row already shown. */
  after?: [unknown, number];
  limit: number;
  deleted: 'live' | 'only' | 'all';
  today: string;
  /** Only these records (a target's drill-down). */
  ids?: string[];
}

export interface BuiltQuery {
  pageSql: string;
  pageParams: unknown[];
  countSql: string;
  countParams: unknown[];
  sortColumn: string;
}

const metaSortColumns: Record<string, string> = { updatedAt: 'updatedAt', createdAt: 'createdAt' };

const badFilter = (key: string) =>
  new AppError('VALIDATION', { zh: `无法按“${key}”筛选`, en: `Cannot filter by "${key}"` }, [
    { field: key, message: { zh: '未知筛选条件', en: 'Unknown filter' } },
  ]);

/**
 * Builds the list query: filters and search in WHERE, then ORDER BY the sort column and rowid with a
 * keyset condition instead of OFFSET, so every page costs the same however deep the user scrolls.
 * Identifiers come from the register definition only; every value is a bound parameter.
 */
export function buildListQuery(spec: ListSpec): BuiltQuery {
  const { def } = spec;
  const t = 'r';
  const where: string[] = [];
  const params: unknown[] = [];
  const joins = new Map<string, string>();

  if (spec.deleted === 'live') where.push(`${t}."deleted" = 0`);
  if (spec.deleted === 'only') where.push(`${t}."deleted" = 1`);

  /** `= ?` for one value, `IN (?, ?)` for several: either way the column's index is used. */
  const oneOf = (values: string[]) => (values.length === 1 ? '= ?' : `IN (${values.map(() => '?').join(', ')})`);

  for (const [key, value] of Object.entries(spec.filters)) {
    const filter = def.filters.find((f) => f.key === key);
    if (!filter) throw badFilter(key);
    const values = filterValues(value);
    if (values.length === 0 || (values.length > 1 && !takesSeveral(filter.kind))) throw badFilter(key);
    if (filter.kind === 'expiryWindow') {
      const col = `${t}.${q(filter.field)}`;
      if (values[0] === 'lapsed') {
        where.push(`${col} < ?`);
        params.push(spec.today);
      } else {
        const days = Number(values[0]);
        if (!Number.isInteger(days) || days < 0 || days > 3650) throw badFilter(key);
        where.push(`${col} BETWEEN ? AND ?`);
        params.push(spec.today, addDays(spec.today, days));
      }
    } else if (filter.kind === 'refEnum') {
      const [refField, target] = filter.field.split('.') as [string, string];
      const refDef = def.fields.find((f) => f.key === refField);
      if (!refDef?.ref) throw badFilter(key);
      const alias = `j_${refField}`;
      joins.set(alias, `JOIN ${q(refDef.ref)} ${alias} ON ${alias}."id" = ${t}.${q(refField)}`);
      where.push(`${alias}.${q(target)} ${oneOf(values)}`);
      params.push(...values);
    } else if (filter.kind === 'listContains' || filter.kind === 'tableRef') {
      // Through the link table's index, not by reading every row's JSON.
      const link = linkCondition(t, def.name, filter.field, values);
      // A reference in a table picks out a few records: let SQLite start from them. A code in a list (a
      // country) is shared by thousands: the unary + keeps the link from driving, so the sort's index is
      // walked in order and probed against it, and a page stops after its rows instead of sorting them all.
      where.push(filter.kind === 'tableRef' ? link.sql : `+${link.sql}`);
      params.push(...link.params);
    } else if (filter.kind === 'dateRange') {
      const m = /^(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?$/.exec(values[0]!);
      if (!m || (!m[1] && !m[2])) throw badFilter(key);
      const col = `${t}.${q(filter.field)}`;
      if (m[1]) {
        where.push(`${col} >= ?`);
        params.push(m[1]);
      }
      if (m[2]) {
        where.push(`${col} <= ?`);
        params.push(m[2]);
      }
    } else {
      where.push(`${t}.${q(filter.field)} ${oneOf(values)}`);
      params.push(...values);
    }
  }

  if (spec.ids) {
    // One JSON parameter, not one per id: a drill-down may name thousands, beyond SQLite's variable limit.
    where.push(`${t}."id" IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(spec.ids));
  }

  const folded = spec.search ? foldText(spec.search) : '';
  if (folded) {
    if ([...folded].length >= minIndexedQueryLength) {
      where.push(`${t}.rowid IN (SELECT rowid FROM ${q(`${def.name}_fts`)} WHERE ${q(`${def.name}_fts`)} MATCH ?)`);
      params.push(`"searchText" : ${ftsPhrase(folded)}`);
    } else {
      where.push(`${t}."searchText" LIKE ? ESCAPE '\\'`);
      params.push(`%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    }
  }

  const sortField = metaSortColumns[spec.sort.field] ?? spec.sort.field;
  if (!def.sortable.includes(spec.sort.field)) {
    throw new AppError('VALIDATION', { zh: `无法按“${spec.sort.field}”排序`, en: `Cannot sort by "${spec.sort.field}"` });
  }
  const col = `${t}.${q(sortField)}`;
  const asc = spec.sort.direction === 'asc';
  const from = `FROM ${q(def.name)} ${t} ${[...joins.values()].join(' ')}`;
  const baseWhere = [...where];
  const baseParams = [...params];

  if (spec.after) {
    const [v, rowid] = spec.after;
    // SQLite sorts NULL first ascending and last descending; the keyset condition follows that order.
    if (v === null) {
      where.push(asc ? `((${col} IS NULL AND ${t}.rowid > ?) OR ${col} IS NOT NULL)` : `(${col} IS NULL AND ${t}.rowid < ?)`);
      params.push(rowid);
    } else if (asc) {
      where.push(`(${col} > ? OR (${col} = ? AND ${t}.rowid > ?))`);
      params.push(v, v, rowid);
    } else {
      where.push(`(${col} < ? OR (${col} = ? AND ${t}.rowid < ?) OR ${col} IS NULL)`);
      params.push(v, v, rowid);
    }
  }
  const dir = asc ? 'ASC' : 'DESC';
  const whereSql = (w: string[]) => (w.length ? `WHERE ${w.join(' AND ')}` : '');
  return {
    // The page is chosen on (sort value, rowid) alone, then its rows are read: when no index gives the order
    // (a filter through the link table), the sort holds thousands of small keys instead of whole records.
    pageSql:
      `SELECT ${t}.rowid AS "_rowid", ${t}.* FROM ${q(def.name)} ${t} WHERE ${t}.rowid IN ` +
      `(SELECT ${t}.rowid ${from} ${whereSql(where)} ORDER BY ${col} ${dir}, ${t}.rowid ${dir} LIMIT ?) ` +
      `ORDER BY ${col} ${dir}, ${t}.rowid ${dir}`,
    pageParams: [...params, spec.limit + 1],
    countSql: `SELECT count(*) AS n ${from} ${whereSql(baseWhere)}`,
    countParams: baseParams,
    sortColumn: sortField,
  };
}

export const encodeCursor = (value: unknown, rowid: number): string => Buffer.from(JSON.stringify([value, rowid])).toString('base64url');

export function decodeCursor(cursor: string): [unknown, number] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      Number.isInteger(parsed[1]) &&
      (parsed[0] === null || typeof parsed[0] === 'string' || typeof parsed[0] === 'number');
    if (valid) return parsed as [unknown, number];
  } catch {
    // falls through to the refusal below
  }
  throw new AppError('VALIDATION', { zh: '分页位置无效，请刷新列表', en: 'Invalid page position; refresh the list' });
}
