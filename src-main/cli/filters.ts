import { UsageError } from './output';

/** `--filter KEY=VALUE` options as the list query's filters. */
export const parseFilters = (options: string[] | undefined): Record<string, string> =>
  Object.fromEntries(
    (options ?? []).map((f) => {
      const eq = f.indexOf('=');
      if (eq < 1) throw new UsageError(`--filter takes KEY=VALUE, got "${f}"`);
      return [f.slice(0, eq), f.slice(eq + 1)];
    }),
  );
