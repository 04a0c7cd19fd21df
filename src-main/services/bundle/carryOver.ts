import { AppError, type InstallationDto } from '../../contract';
import { canonicalJson } from '../../core/bundle/canonicalJson';
import { bundleRefusal } from '../../core/bundle/refusal';
import type { Change } from '../../db/changeLog';
import { ChangeWriter } from '../changeWriter';
import type { ServiceContext } from '../context';
import { admitLocal } from '../gate/local';
import { pendingReEnrolment, readState, writeReEnrolmentState } from '../trust/reEnrolment';
import { materialise } from './materialise';

/**
 * A record of a laptop enrolled again (trust/reEnrolment.ts) whose state the office never received: the image it
 * shows here, and the versions that image was made on top of, as far as the office can know them.
 */
export interface SetAsideRecord {
  register: string;
  recordId: string;
  op: 'put' | 'delete';
  values: Record<string, unknown> | null;
  /** The heads the record has once the changes the office never received are left out: what the edit saw. */
  parents: string[];
}

const heads = (log: Change[]): string[] => {
  const superseded = new Set(log.flatMap((c) => c.parents));
  return log.filter((c) => !superseded.has(c.id)).map((c) => c.id);
};

/**
 * Inside the import transaction of an office bundle, on a laptop enrolled again under a new identity, once the roster
 * it brings lists that identity: the old identity's changes the office's bundle does not carry — the office never
 * received them, or holds other changes under their numbers (the fork) — leave the change log, and the records they
 * made are set aside as they show here, to be carried over as changes of the new identity once the office's changes
 * are in (carryOver below). The office's stream carries every change of the old identity it holds that the laptop's
 * departments may see, so what it holds is neither set aside nor written again.
 */
export function setAsideForked(
  ctx: ServiceContext,
  arriving: Change[],
  exporter: InstallationDto,
  rosterListsSelf: boolean,
): SetAsideRecord[] | undefined {
  const pending = pendingReEnrolment(ctx);
  if (!pending || exporter.role !== 'office') return undefined;
  if (!rosterListsSelf) {
    throw bundleRefusal(
      `本机已申请以新身份重新登记（替代“${pending.previous.name ?? pending.previous.id}”），这个数据包还不是外事办对该申请的答复：请导入外事办批准后生成的登记数据包。未做任何改动。`,
      `This computer has asked to be enrolled again under a new identity (replacing "${pending.previous.name ?? pending.previous.id}"); this bundle is not the office's answer to that request: import the enrolment bundle the office wrote when it approved it. Nothing changed.`,
    );
  }
  const carried = new Set(arriving.map((c) => c.id));
  const old = ctx.sqlite
    .prepare('SELECT "id" FROM "changeLog" WHERE "author" = ? ORDER BY "seq"')
    .pluck()
    .all(pending.previous.id) as string[];
  const unsent = new Set(old.filter((id) => !carried.has(id)));
  const records = new Map<string, string>();
  for (const id of unsent) {
    const c = ctx.changes.get(id)!;
    records.set(c.recordId, c.register);
  }
  const setAside: SetAsideRecord[] = [];
  for (const [recordId, register] of records) {
    const store = ctx.stores.get(register)!;
    const row = store.get(recordId);
    const log = ctx.changes.forRecord(recordId);
    const kept = log.filter((c) => !unsent.has(c.id));
    // Only a record whose shown version the office never received has anything to carry over.
    if (row && unsent.has(row.head)) {
      setAside.push({
        register,
        recordId,
        op: row.deleted ? 'delete' : 'put',
        values: row.deleted ? null : store.values(row),
        parents: heads(kept),
      });
    }
  }
  const drop = ctx.sqlite.prepare('DELETE FROM "changeLog" WHERE "id" = ?');
  for (const id of unsent) drop.run(id);
  // Records the office's changes do not touch are brought to what is left of their log now; the others by the import.
  const touched = new Set(arriving.map((c) => c.recordId));
  for (const [recordId, register] of records) {
    if (touched.has(recordId)) continue;
    showKept(ctx, register, recordId);
  }
  writeReEnrolmentState(ctx, { ...pending, state: 'enrolled' });
  return setAside;
}

/** A record brought to what its log holds; without any change left, it is not held here at all. */
function showKept(ctx: ServiceContext, register: string, recordId: string): void {
  const log = ctx.changes.forRecord(recordId);
  if (log.length) {
    materialise(ctx, recordId, log);
    return;
  }
  const store = ctx.stores.get(register)!;
  const row = store.get(recordId);
  if (row) store.drop(row);
  ctx.sqlite.prepare('DELETE FROM "conflictHead" WHERE "recordId" = ?').run(recordId);
}

/**
 * Writes each set-aside record again as a change of the new identity, through the gate like any edit made here (so its
 * departments as the office granted them and every rule apply), on top of the versions it was made on: where the
 * office holds another edit of the same version (made by the lost copy), the two are kept as a conflict, as any
 * concurrent edits. A record already as the office holds it is not written again. A record the gate refuses stays
 * as the office holds it; its image is kept with the reason, and the Sync page names it.
 */
export function carryOver(ctx: ServiceContext, setAside: SetAsideRecord[]): { register: string; recordId: string; conflict: boolean }[] {
  const pending = readState(ctx)!;
  const writer = new ChangeWriter(ctx);
  const touched: { register: string; recordId: string; conflict: boolean }[] = [];
  for (const r of setAside) {
    const store = ctx.stores.get(r.register)!;
    showKept(ctx, r.register, r.recordId);
    const now = store.get(r.recordId);
    const same = now && (r.op === 'delete' ? now.deleted : !now.deleted && canonicalJson(store.values(now)) === canonicalJson(r.values));
    if (same) continue;
    try {
      const values = r.values && { ...r.values };
      const admitted = admitLocal(
        ctx,
        { def: store.def, recordId: r.recordId, op: r.op, values: values as never, parents: r.parents },
        {
          confirm: (values?.confirmedWarnings as string[] | null) ?? [],
        },
      );
      writer.write(store.def, r.recordId, r.op, admitted, r.parents, now ?? null);
      touched.push(materialise(ctx, r.recordId));
      pending.carried += 1;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const title = String(r.values?.[store.def.titleField] ?? (now && store.values(now)[store.def.titleField]) ?? r.recordId);
      pending.refused.push({ register: r.register, recordId: r.recordId, title, reason: err.localized, op: r.op, values: r.values });
      showKept(ctx, r.register, r.recordId);
    }
  }
  writeReEnrolmentState(ctx, pending);
  return touched;
}
