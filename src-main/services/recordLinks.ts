import { registers } from '../core/registers';
import type { ServiceContext } from './context';

const metaKey = 'recordLinkPaths';

/**
 * The link table must hold every linked path of every register. A database from before the table, or from
 * a version that linked other fields, is relinked once on open; the linked paths are remembered so later
 * opens skip it.
 */
export function ensureRecordLinks(ctx: ServiceContext): void {
  const wanted = JSON.stringify(registers.map((def) => [def.name, ctx.stores.get(def.name)!.links.paths]));
  const held = ctx.sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(metaKey);
  if (held === wanted) return;
  ctx.sqlite
    .transaction(() => {
      for (const def of registers) ctx.stores.get(def.name)!.relink();
      ctx.sqlite
        .prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
        .run(metaKey, wanted);
    })
    .immediate();
}
