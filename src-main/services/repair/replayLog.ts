import type { Change } from '../../db/changeLog';
import { materialise } from '../bundle/materialise';
import type { ServiceContext } from '../context';
import { withSearchIndexDeferred } from '../searchIndex';

const page = 5000;

/**
 * Makes every register table (rows, search index, links, conflict heads) from the change log alone, taking the changes
 * in the order this installation logged them and bringing each record, change by change, to what its log up to then
 * says: the way a local save (services/changeWriter.ts) and an import (services/bundle/materialise.ts) left it, so
 * each row's first-seen time and the titles its search text names come out as they did. Callers hold the transaction.
 * Returns how many changes were replayed.
 */
export function replayLog(ctx: ServiceContext, onProgress?: (done: number, total: number) => void): number {
  const total = ctx.sqlite.prepare('SELECT count(*) FROM "changeLog"').pluck().get() as number;
  const logs = new Map<string, Change[]>();
  let done = 0;
  withSearchIndexDeferred(ctx, () => {
    for (let after = 0, batch = ctx.changes.loggedAfter(0, page); batch.length > 0; batch = ctx.changes.loggedAfter(after, page)) {
      for (const { logSeq, change } of batch) {
        after = logSeq;
        if (!ctx.stores.has(change.register)) continue;
        const log = logs.get(change.recordId) ?? logs.set(change.recordId, []).get(change.recordId)!;
        // In the order forRecord() reads a record's log: by HLC, then id.
        const at = log.findIndex((c) => (c.hlc === change.hlc ? c.id > change.id : c.hlc > change.hlc));
        log.splice(at < 0 ? log.length : at, 0, change);
        materialise(ctx, change.recordId, log);
        done++;
      }
      onProgress?.(done, total);
    }
  });
  return done;
}
