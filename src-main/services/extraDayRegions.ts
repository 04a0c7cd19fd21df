import type { TableRow } from '../contract';
import { paramsOf } from '../core/registers/rule';
import { paramGuide, ruleKindById } from '../core/rules/catalog';
import { extraDaysByCountry } from '../core/rules/trip';
import type { ChangeWriter } from './changeWriter';
import type { ServiceContext } from './context';
import { saveRecord } from './recordCommands';

const metaKey = 'defaults.extraDayRegions';
/** The twelve countries the day-limit rule shipped with before it named regions. */
const shippedCountries = 'MX,BR,AR,CL,PE,CU,EG,ZA,KE,ET,NG,TZ';
const shippedRegions = '拉丁美洲和加勒比、非洲';

/**
 * The day-limit rule once gave its extra day to a list of countries; it now names regions, with the office's
 * exceptions by country. Once, at the office, each version in the old shape is written in the new one, as the
 * office's own change (it syncs like any edit, and every trip is checked again): the list shipped stands for
 * Latin America and the Caribbean and Africa, so it becomes those regions (a trip to Colombia gets its day);
 * a list the office wrote itself is kept, country by country, as its exceptions.
 */
export function extraDaysByRegion(ctx: ServiceContext, writer: ChangeWriter): void {
  if (ctx.self.role !== 'office' || ctx.sqlite.prepare('SELECT 1 FROM "meta" WHERE "key" = ?').get(metaKey)) return;
  const kind = ruleKindById.get('trip.maxDays')!;
  const versions = ctx.sqlite
    .prepare(`SELECT "id", "parameters", "notes" FROM "rule" WHERE "deleted" = 0 AND "conflict" = 0 AND "ruleId" = 'trip.maxDays'`)
    .all() as { id: string; parameters: string | null; notes: string | null }[];
  writer.transaction(() => {
    for (const v of versions) {
      const rows = v.parameters ? (JSON.parse(v.parameters) as TableRow[]) : [];
      const raw = paramsOf(rows);
      if (extraDaysByCountry(raw) === raw) continue;
      const shipped = raw.extraRegions!.replace(/\s/g, '').toUpperCase() === shippedCountries;
      const parameters = shipped
        ? rows.map((r) => (r.key === 'extraRegions' ? { ...r, value: shippedRegions } : r))
        : [...rows.filter((r) => r.key !== 'extraRegions'), { key: 'extraCountries', value: raw.extraRegions! }];
      const guideOnly = !v.notes || v.notes.startsWith('参数 Parameters:');
      saveRecord(ctx, writer, { register: 'rule', id: v.id, values: { parameters, ...(guideOnly ? { notes: paramGuide(kind) } : {}) } });
    }
    ctx.sqlite.prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?)').run(metaKey, new Date(ctx.clock.now()).toISOString());
  });
}
