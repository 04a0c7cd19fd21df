import type { Change } from '../../db/changeLog';
import type { ServiceContext } from '../context';
import { refreshDependents, searchTextOf, titleLookup } from '../searchIndex';

/** Deterministic order among concurrent heads, the same on every installation: highest HLC, then change id. */
const beats = (a: Change, b: Change): boolean => (a.hlc === b.hlc ? a.id > b.id : a.hlc > b.hlc);

export interface RecordState {
  register: string;
  recordId: string;
  conflict: boolean;
}

/**
 * Brings one record's table row to what its whole log says, whatever order the changes arrived in: the
 * heads are the changes no other change names as a parent; one head is the record's state, several are a
 * conflict — the winner shown, the others kept in conflictHead for a person to resolve.
 */
export function materialise(ctx: ServiceContext, recordId: string): RecordState {
  const log = ctx.changes.forRecord(recordId);
  const superseded = new Set(log.flatMap((c) => c.parents));
  const heads = log.filter((c) => !superseded.has(c.id));
  const winner = heads.reduce((a, b) => (beats(b, a) ? b : a));
  const store = ctx.stores.get(winner.register)!;
  let before = store.get(recordId);
  // A record first seen already deleted (a snapshot for review) still gets its row, as a tombstone of its last version.
  const lastPut = !before && winner.op === 'delete' ? log.findLast((c) => c.op === 'put') : undefined;
  if (lastPut) {
    store.apply(lastPut, searchTextOf(store.def, lastPut.data!, titleLookup(ctx)), undefined);
    before = store.get(recordId);
  }
  if (before?.head !== winner.id) {
    const values = winner.data ?? (before ? store.values(before) : {});
    store.apply(winner, searchTextOf(store.def, values, titleLookup(ctx)), before);
    if (before && winner.op === 'put' && before[store.def.titleField] !== winner.data?.[store.def.titleField]) {
      refreshDependents(ctx, store.def.name, recordId);
    }
  }
  ctx.sqlite.prepare('DELETE FROM "conflictHead" WHERE "recordId" = ?').run(recordId);
  const others = heads.filter((h) => h !== winner);
  const insert = ctx.sqlite.prepare('INSERT INTO "conflictHead" ("register", "recordId", "changeId") VALUES (?, ?, ?)');
  for (const h of others) insert.run(winner.register, recordId, h.id);
  ctx.sqlite.prepare(`UPDATE "${winner.register}" SET "conflict" = ? WHERE "id" = ?`).run(others.length ? 1 : 0, recordId);
  return { register: winner.register, recordId, conflict: others.length > 0 };
}
