import { filterFromText, type FilterValue } from '../contract';
import { UsageError } from './output';

/**
 * `--filter KEY=VALUE` options as the list query's filters; `status=submitted,approved` matches either. A key no
 * record could carry (`__proto__` and its kin) is refused here: the contract's parser drops such keys, so the query
 * would never see it to refuse it as unknown.
 */
export const parseFilters = (options: string[] | undefined): Record<string, FilterValue> => {
  const filters = new Map<string, FilterValue>();
  for (const f of options ?? []) {
    const eq = f.indexOf('=');
    const value = eq < 1 ? undefined : filterFromText(f.slice(eq + 1));
    if (value === undefined) throw new UsageError(`--filter takes KEY=VALUE or KEY=VALUE,VALUE, got "${f}"`);
    const key = f.slice(0, eq);
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new UsageError(`Cannot filter by "${key}"`);
    filters.set(key, value);
  }
  return Object.fromEntries(filters);
};

/** `--sort FIELD[:asc|desc]`; any other direction is refused rather than read as ascending. */
export function parseSort(option: string | undefined): { field: string; direction: 'asc' | 'desc' } | undefined {
  if (!option) return undefined;
  const [field, direction = 'asc', ...rest] = option.split(':');
  if (!field || rest.length > 0 || (direction !== 'asc' && direction !== 'desc')) {
    throw new UsageError(`--sort takes FIELD, FIELD:asc or FIELD:desc, got "${option}"`);
  }
  return { field, direction };
}
