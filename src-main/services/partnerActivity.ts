import type { PartnerActivity } from '../contract';
import { registers } from '../core/registers';
import { localDate } from '../ports/clock';
import { storeOf, type ServiceContext } from './context';
import { notFound } from './recordQueries';
import { getSettings } from './settings';

/**
 * Partner 360: every register that refers to partners and can be filtered by one (agreements, programs,
 * delegations both ways, student mobility, experts, conferences), with its live records counted and the
 * latest date something happened. Dormant when that date (with none, the partner's entry) is older than the office's threshold.
 */
export function partnerActivity(ctx: ServiceContext, input: { id: string }): PartnerActivity {
  const partner = storeOf(ctx, 'partner').get(input.id);
  if (!partner) throw notFound('partner', input.id);
  const today = localDate(ctx.clock.now());
  const dormantYears = getSettings(ctx).reminders.partnerDormantYears;
  const sections = registers.flatMap((def) =>
    def.filters
      .filter((f) => f.kind === 'ref' && def.fields.find((x) => x.key === f.field)?.ref === 'partner')
      .map((filter) => {
        // Planned events (a trip next spring) are not activity yet: the latest date not in the future.
        const date = def.activityField ? `max(CASE WHEN "${def.activityField}" <= ? THEN "${def.activityField}" END)` : 'NULL';
        const row = ctx.sqlite
          .prepare(`SELECT count(*) AS n, ${date} AS last FROM "${def.name}" WHERE "deleted" = 0 AND "${filter.field}" = ?`)
          .get(...(def.activityField ? [today] : []), input.id) as { n: number; last: string | null };
        return { register: def.name, filter: filter.key, count: row.n, lastActivity: row.last };
      }),
  );
  const lastActivity =
    sections
      .map((s) => s.lastActivity)
      .filter((d): d is string => d !== null)
      .sort()
      .pop() ?? null;
  const threshold = `${Number(today.slice(0, 4)) - dormantYears}${today.slice(4)}`;
  // With nothing on record yet, a partner entered lately has had no time to be quiet: its entry counts as its start.
  const since = lastActivity ?? localDate(Date.parse(partner.createdAt));
  return { lastActivity, dormant: since < threshold, dormantYears, registers: sections };
}
