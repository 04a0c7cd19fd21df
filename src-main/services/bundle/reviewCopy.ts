import type { ServiceContext } from '../context';

/**
 * A review installation starts with its own built-in copy of the reference data (departments, the plan,
 * checklist templates) so it is not empty before its first bundle; it can write nothing else. When the
 * office's snapshot arrives that copy would stand beside the office's records as duplicates, so it is dropped —
 * changes, rows and their bookkeeping — in the import's transaction. It was never exported: nothing else holds it.
 */
export function dropReviewCopy(ctx: ServiceContext): void {
  if (ctx.self.role !== 'review') return;
  const own = ctx.sqlite.prepare('SELECT DISTINCT "register", "recordId" FROM "changeLog" WHERE "author" = ?').all(ctx.self.id) as {
    register: string;
    recordId: string;
  }[];
  if (own.length === 0) return;
  for (const r of own) ctx.stores.get(r.register)?.remove(r.recordId);
  ctx.sqlite.prepare('DELETE FROM "changeLog" WHERE "author" = ?').run(ctx.self.id);
  ctx.sqlite.prepare('DELETE FROM "bundleSegment" WHERE "author" = ?').run(ctx.self.id);
  ctx.sqlite.prepare('DELETE FROM "bundleAck" WHERE "author" = ?').run(ctx.self.id);
}
