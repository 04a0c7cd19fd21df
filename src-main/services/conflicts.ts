import { AppError, type ConflictDetail, type ConflictSummary, type ConflictVersion, type FieldValue, type RecordDto } from '../contract';
import { ownerDepartment } from '../core/registers';
import type { Change } from '../db/changeLog';
import { materialise } from './bundle/materialise';
import type { ChangeWriter } from './changeWriter';
import { registerOf, storeOf, type ServiceContext } from './context';
import { assertMayWrite } from './permissions';
import { admitLocal } from './gate/local';
import { getRecord, notFound } from './recordQueries';
import { sameValue } from '../core/sameValue';

/** Every record with concurrent versions kept, newest first by the shown version's clock. */
export function listConflicts(ctx: ServiceContext): ConflictSummary[] {
  const rows = ctx.sqlite
    .prepare('SELECT "register", "recordId", count(*) + 1 AS "versions" FROM "conflictHead" GROUP BY "register", "recordId"')
    .all() as { register: string; recordId: string; versions: number }[];
  return rows
    .map((r) => {
      const store = storeOf(ctx, r.register);
      const row = store.get(r.recordId)!;
      const values = store.values(row);
      return {
        register: r.register,
        id: r.recordId,
        title: String(values[store.def.titleField] ?? r.recordId),
        department: ownerDepartment(store.def, values) ?? '',
        versions: r.versions,
        at: row.version,
      };
    })
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .map(({ at: _at, ...c }) => c);
}

/** The record's heads: the shown version first, then the kept ones in clock order. */
function headsOf(ctx: ServiceContext, register: string, id: string): Change[] {
  const store = storeOf(ctx, register);
  const row = store.get(id);
  if (!row) throw notFound(register, id);
  const kept = ctx.sqlite
    .prepare('SELECT "changeId" FROM "conflictHead" WHERE "register" = ? AND "recordId" = ?')
    .pluck()
    .all(register, id) as string[];
  if (kept.length === 0) {
    throw new AppError('NOT_FOUND', {
      zh: '这条记录没有待解决的冲突（可能已在别处解决）。',
      en: 'This record has no conflict to resolve (it may have been resolved elsewhere).',
    });
  }
  const heads = [row.head, ...kept].map((cid) => ctx.changes.get(cid)!);
  return [heads[0]!, ...heads.slice(1).sort((a, b) => (a.hlc < b.hlc ? -1 : 1))];
}

const authorName = (ctx: ServiceContext, id: string): string =>
  id === ctx.self.id
    ? ctx.self.name
    : ((ctx.sqlite.prepare('SELECT "name" FROM "installation" WHERE "id" = ?').pluck().get(id) as string | undefined) ?? id);

/** The versions side by side, with the fields whose values differ; a deletion differs in every field. */
export function getConflict(ctx: ServiceContext, ref: { register: string; id: string }): ConflictDetail {
  const def = registerOf(ref.register);
  const heads = headsOf(ctx, def.name, ref.id);
  const versions: ConflictVersion[] = heads.map((c, i) => ({
    changeId: c.id,
    op: c.op,
    values: c.data,
    department: c.department,
    author: { id: c.author, name: authorName(ctx, c.author) },
    at: new Date(Number(c.hlc.slice(0, 15))).toISOString(),
    shown: i === 0,
  }));
  const puts = heads.filter((c) => c.data);
  const hasDelete = puts.length < heads.length;
  const differing = def.fields
    .filter((f) => !f.derived)
    .map((f) => f.key)
    .filter((k) => hasDelete || puts.some((c) => !sameValue(c.data![k], puts[0]!.data![k])));
  const title = puts.map((c) => c.data![def.titleField]).find((t) => t != null);
  return { register: def.name, id: ref.id, title: String(title ?? ref.id), versions, differing };
}

/**
 * Ends a conflict with one new change whose parents are every head, so every installation that receives it
 * sees the conflict closed: either one of the versions as it was (keeping a deletion deletes), or merged
 * values, which are checked like any edit.
 */
export function resolveConflict(
  ctx: ServiceContext,
  writer: ChangeWriter,
  input: { register: string; id: string; pick?: string; values?: Record<string, unknown> },
): RecordDto {
  const def = registerOf(input.register);
  // Refused before anything is looked up: a review copy, or a laptop facing office-only data, resolves nothing.
  assertMayWrite(ctx.self, def, []);
  const heads = headsOf(ctx, def.name, input.id);
  let op: Change['op'] = 'put';
  let values: Record<string, FieldValue> | null;
  if (input.pick !== undefined) {
    const picked = heads.find((h) => h.id === input.pick);
    if (!picked) {
      throw new AppError('VALIDATION', {
        zh: `变更 ${input.pick} 不是这条记录的冲突版本之一。`,
        en: `Change ${input.pick} is not one of this record's versions in conflict.`,
      });
    }
    op = picked.op;
    values = picked.data;
  } else {
    // Merged values start from the first version that has values, and are checked like any edit.
    values = { ...(heads.find((h) => h.data)?.data ?? {}), ...(input.values as Record<string, FieldValue>) };
  }
  const admitted = admitLocal(ctx, { def, recordId: input.id, op, values, parents: heads.map((h) => h.id) });
  writer.transaction(() => {
    writer.write(
      def,
      input.id,
      op,
      admitted,
      heads.map((h) => h.id),
    );
    materialise(ctx, input.id);
  });
  return getRecord(ctx, { register: def.name, id: input.id });
}
