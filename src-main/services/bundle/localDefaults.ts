import type { ServiceContext } from '../context';
import { sealNewSegments } from './segments';

/**
 * A new department or review installation starts from its own copy of the built-in reference data, written
 * as its changes; the office has the same data of its own, and a department may not send office data anyway.
 * Sealing that copy and counting it as acknowledged keeps it out of every incremental bundle. Enrolment
 * replaces the copy with the office's records (trust/localCopy.ts).
 */
export function keepDefaultsHome(ctx: ServiceContext): void {
  if (ctx.self.role === 'office') return;
  sealNewSegments(ctx);
  ctx.sqlite
    .prepare('INSERT OR REPLACE INTO "bundleAck" ("author", "seq") SELECT "author", max("seq") FROM "bundleSegment" WHERE "author" = ?')
    .run(ctx.self.id);
}
