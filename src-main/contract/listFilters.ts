import { z } from 'zod';
import type { FilterKind } from './register';

/** A filter's value: one, or several a record may match any of (status 已申报 or 已批准). */
export type FilterValue = string | number | string[];

export const filterValueSchema: z.ZodType<FilterValue> = z.union([
  z.string().max(400),
  z.number(),
  z.array(z.string().max(200)).min(1).max(200),
]);

/** A window of days and a date range are one choice each; every other filter takes several values. */
export const takesSeveral = (kind: FilterKind): boolean => kind !== 'expiryWindow' && kind !== 'dateRange';

/** The values a filter holds, one or several. */
export const filterValues = (value: FilterValue): string[] => (Array.isArray(value) ? value : [String(value)]);

/**
 * A filter as text, the same on the command line (`--filter status=submitted,approved`) and in the address
 * (`?status=submitted,approved`): values joined by commas, which no code, id or date holds.
 */
export const filterText = (value: FilterValue): string => filterValues(value).join(',');

/** Text back to a value: one value stays a string, several become a list; empty parts are dropped. */
export function filterFromText(text: string): FilterValue | undefined {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0]! : [...new Set(parts)];
}
