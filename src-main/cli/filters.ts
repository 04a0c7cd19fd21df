import { filterFromText, type FilterValue } from '../contract';
import { UsageError } from './output';

/** `--filter KEY=VALUE` options as the list query's filters; `status=submitted,approved` matches either. */
export const parseFilters = (options: string[] | undefined): Record<string, FilterValue> =>
  Object.fromEntries(
    (options ?? []).map((f) => {
      const eq = f.indexOf('=');
      const value = eq < 1 ? undefined : filterFromText(f.slice(eq + 1));
      if (value === undefined) throw new UsageError(`--filter takes KEY=VALUE or KEY=VALUE,VALUE, got "${f}"`);
      return [f.slice(0, eq), value];
    }),
  );
