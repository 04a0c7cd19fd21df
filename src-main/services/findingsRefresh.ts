import { localDate } from '../ports/clock';
import type { ServiceContext } from './context';
import { isRuleSubject, recheckAll, storeFindings, subjectFindings } from './ruleChecks';

/**
 * Findings that depend on today's date (a report overdue, a permit not yet applied for 3 months ahead) go
 * stale as days pass with nothing written. The first read of findings on a new day rechecks every subject;
 * the day is kept in `meta`, so one recheck serves every process that opens the database that day.
 */
const checkedOn = new WeakMap<ServiceContext, string>();
const metaKey = 'findingsCheckedOn';

export function ensureFindingsCurrent(ctx: ServiceContext): void {
  const today = localDate(ctx.clock.now());
  if (checkedOn.get(ctx) === today) return;
  const stored = ctx.sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(metaKey) as string | undefined;
  if (stored !== today) {
    ctx.sqlite.transaction(() => {
      recheckAll(ctx);
      ctx.sqlite.prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"').run(metaKey, today);
    })();
  }
  checkedOn.set(ctx, today);
}

/**
 * After a bundle import, inside its transaction: the subjects it touched are checked again; a rule or the
 * calendar among them rechecks every subject, as a local edit of one would, and a person (a trip member's
 * passport, leadership, department) every trip.
 */
export function refreshAfterImport(ctx: ServiceContext, touched: { register: string; recordId: string }[]): void {
  const registers = new Set(touched.map((t) => t.register));
  if (registers.has('rule') || registers.has('holidayCalendar')) {
    recheckAll(ctx);
    return;
  }
  if (registers.has('person')) recheckAll(ctx, ['delegation']);
  const checkedAt = new Date(ctx.clock.now()).toISOString();
  for (const { register, recordId } of touched) {
    if (!isRuleSubject(register) || (register === 'delegation' && registers.has('person'))) continue;
    const store = ctx.stores.get(register)!;
    const row = store.get(recordId);
    const live = row && !row.deleted ? store.values(row) : null;
    storeFindings(ctx, register, recordId, live ? subjectFindings(ctx, register, live) : [], checkedAt);
  }
}
