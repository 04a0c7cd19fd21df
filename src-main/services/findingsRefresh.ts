import { localDate } from '../ports/clock';
import type { ServiceContext } from './context';
import { recheckAll } from './ruleChecks';

/**
 * Findings that depend on today's date (a report overdue, a permit not yet applied for 3 months ahead) go
 * stale as days pass with nothing written. The first read of findings on a new day rechecks every subject;
 * the day is kept in `meta`, so one recheck serves every process that opens the database that day.
 */
const checkedOn = new WeakMap<ServiceContext, string>();
/** The day findings were last rechecked; a rebuild removes it so the first read rechecks them. */
export const findingsCheckedOnKey = 'findingsCheckedOn';

export function ensureFindingsCurrent(ctx: ServiceContext): void {
  const today = localDate(ctx.clock.now());
  // A damaged database is open read-only: its lists show the findings last stored.
  if (checkedOn.get(ctx) === today || ctx.sqlite.readonly) return;
  const stored = ctx.sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(findingsCheckedOnKey) as string | undefined;
  if (stored !== today) {
    ctx.sqlite.transaction(() => {
      recheckAll(ctx);
      ctx.sqlite
        .prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
        .run(findingsCheckedOnKey, today);
    })();
  }
  checkedOn.set(ctx, today);
}
