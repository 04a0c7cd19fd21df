import type { Change } from '../../db/changeLog';
import { prepared } from '../../db/preparedCache';
import type { ServiceContext } from '../context';
import { refreshDependents, searchTextOf, titleLookup, withSearchIndexDeferred } from '../searchIndex';

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
export function materialise(
  ctx: ServiceContext,
  recordId: string,
  log = ctx.changes.forRecord(recordId),
  mayHaveConflictHeads = true,
): RecordState {
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
  // Applying a change (put or tombstone) leaves the row's conflict flag at 0; otherwise it is as it was.
  let shownConflict = before?.conflict;
  if (before?.head !== winner.id) {
    const values = winner.data ?? (before ? store.values(before) : {});
    store.apply(winner, searchTextOf(store.def, values, titleLookup(ctx)), before);
    shownConflict = 0;
    if (before && winner.op === 'put' && before[store.def.titleField] !== winner.data?.[store.def.titleField]) {
      refreshDependents(ctx, store.def.name, recordId);
    }
  }
  if (mayHaveConflictHeads) prepared(ctx.sqlite, 'DELETE FROM "conflictHead" WHERE "recordId" = ?').run(recordId);
  const others = heads.filter((h) => h !== winner);
  const insert = prepared(ctx.sqlite, 'INSERT INTO "conflictHead" ("register", "recordId", "changeId") VALUES (?, ?, ?)');
  for (const h of others) insert.run(winner.register, recordId, h.id);
  const conflict = others.length ? 1 : 0;
  if (conflict !== shownConflict)
    prepared(ctx.sqlite, `UPDATE "${winner.register}" SET "conflict" = ? WHERE "id" = ?`).run(conflict, recordId);
  return { register: winner.register, recordId, conflict: others.length > 0 };
}

/**
 * Every record an import added changes to, in the order they first arrived, each brought to what its whole log
 * says as materialise() does. Cheaper where the answer is known without asking: a record whose only change is
 * the one just arrived, a put with no parents, and which has no row yet, is a plain insert, not read back and
 * parsed; new rows are indexed for search together at the end; conflict heads are cleared only for the records that
 * have some.
 */
export function materialiseAll(ctx: ServiceContext, added: Change[]): RecordState[] {
  const byRecord = new Map<string, Change[]>();
  for (const c of added) {
    const arrived = byRecord.get(c.recordId);
    if (arrived) arrived.push(c);
    else byRecord.set(c.recordId, [c]);
  }
  const withConflictHeads = new Set(prepared(ctx.sqlite, 'SELECT DISTINCT "recordId" FROM "conflictHead"').pluck().all() as string[]);
  // Of the records that got one change, those with other changes in the log and those with a row already: two
  // statements for the whole import rather than two per record.
  const single = [...byRecord].filter(([, arrived]) => arrived.length === 1).map(([recordId]) => recordId);
  const inList = (sql: string, ids: string[]) => new Set(prepared(ctx.sqlite, sql).pluck().all(JSON.stringify(ids)) as string[]);
  const heldBefore = inList(
    'SELECT "recordId" FROM "changeLog" WHERE "recordId" IN (SELECT "value" FROM json_each(?)) GROUP BY "recordId" HAVING count(*) > 1',
    single,
  );
  const hasRow = new Map<string, Set<string>>();
  for (const register of new Set(single.map((id) => byRecord.get(id)![0]!.register))) {
    const ids = single.filter((id) => byRecord.get(id)![0]!.register === register);
    hasRow.set(register, inList(`SELECT "id" FROM "${register}" WHERE "id" IN (SELECT "value" FROM json_each(?))`, ids));
  }
  const lookup = titleLookup(ctx);
  return withSearchIndexDeferred(ctx, () =>
    [...byRecord].map(([recordId, arrived]): RecordState => {
      const first = arrived[0]!;
      const alone = arrived.length === 1 && first.op === 'put' && first.parents.length === 0 && !heldBefore.has(recordId);
      if (alone && !hasRow.get(first.register)!.has(recordId)) {
        const store = ctx.stores.get(first.register)!;
        store.apply(first, searchTextOf(store.def, first.data!, lookup), undefined);
        if (withConflictHeads.has(recordId)) prepared(ctx.sqlite, 'DELETE FROM "conflictHead" WHERE "recordId" = ?').run(recordId);
        return { register: first.register, recordId, conflict: false };
      }
      return materialise(ctx, recordId, alone ? arrived : ctx.changes.forRecord(recordId), withConflictHeads.has(recordId));
    }),
  );
}
