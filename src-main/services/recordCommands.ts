import { v7 as uuidv7 } from 'uuid';
import {
  AppError,
  type FieldIssue,
  type FieldValue,
  type PutRecordInput,
  type RecordDto,
  type RecordRef,
  type RegisterDef,
} from '../contract';
import { isMaskedText, maskText } from '../core/mask';
import { ownerDepartment, registers } from '../core/registers';
import { defaultValues } from '../core/validate';
import { localDate } from '../ports/clock';
import type { ChangeWriter, NewRecord } from './changeWriter';
import { liveDepartmentCodes } from './departmentNames';
import type { StoredRow } from '../db/registerStore';
import { linkCondition } from '../db/recordLinks';
import { registerOf, storeOf, type ServiceContext } from './context';
import { checklistInForce } from './checklists';
import { assertNoConflict } from './conflictGuard';
import { admitLocal } from './gate/local';
import { invalid } from './gate/admitChange';
import { getRecord, notFound } from './recordQueries';
import type { LiveRecord } from './referenceChecks';
import { afterWrite } from './ruleChecks';

export function putRecord(ctx: ServiceContext, writer: ChangeWriter, input: PutRecordInput): RecordDto {
  return getRecord(ctx, { register: input.register, id: saveRecord(ctx, writer, input) });
}

export interface SaveOptions {
  /**
   * The caller holds the write transaction for many saves (an import, one row each): the write goes straight into
   * it rather than into a savepoint of its own per record, whose journal of every page the row touches is most
   * of a small save's cost.
   */
  inCallerTransaction?: boolean;
  /** With inCallerTransaction: the record's row (null: none), as the caller has just read it in that transaction. */
  existing?: StoredRow | null;
  /** The live department codes, read once by a caller saving many records of a register other than departments. */
  departments?: Set<string>;
  /**
   * Whether a record is live, from ids a caller saving many records read once in its transaction, in place of a query
   * per reference; it must count the records the caller itself has written since.
   */
  isLive?: LiveRecord;
}

/** putRecord without reading the saved record back, for bulk paths (xlsx import) that need only its id. */
export function saveRecord(ctx: ServiceContext, writer: ChangeWriter, input: PutRecordInput, options: SaveOptions = {}): string {
  const def = registerOf(input.register);
  const store = storeOf(ctx, def.name);
  const id = input.id ?? uuidv7();
  const existing = options.inCallerTransaction && options.existing !== undefined ? (options.existing ?? undefined) : store.get(id);
  if (existing) assertNoConflict(ctx, def.name, id);
  if (existing?.deleted) {
    throw new AppError('CONFLICT', { zh: '该记录已删除，请先恢复再修改。', en: 'This record is deleted; restore it before editing.' });
  }
  if (existing && input.baseHead && input.baseHead !== existing.head) {
    throw new AppError('CONFLICT', {
      zh: '您打开之后该记录已被修改。请关闭表单、重新打开后再编辑。',
      en: 'The record changed after you opened it. Close the form, reopen it and edit again.',
    });
  }
  const previous = existing ? store.values(existing) : undefined;
  const today = localDate(ctx.clock.now());
  const start = previous ?? defaultValues(def, today);
  // Object.assign rather than two spreads: V8 copies a second spread property by property, slowly, a tenth of a
  // save in an import. A "__proto__" key (values arrive as JSON) would set the copy's prototype there, so such
  // values are spread, which keeps it a key for validation to refuse.
  const merged: Record<string, FieldValue> = Object.hasOwn(input.values, '__proto__')
    ? { ...start, ...input.values }
    : Object.assign({}, start, input.values);
  if (!existing && 'field' in def.ownership && input.values[def.ownership.field] === undefined) {
    merged[def.ownership.field] =
      input.department ?? (ctx.self.role === 'department' ? ctx.self.departments[0]! : (merged[def.ownership.field] ?? null));
  }
  // A form that never revealed a masked field sends the mask back: that means "unchanged". With no number
  // stored to keep, the mask is a copied display value: refused, as saving or dropping it would lose data.
  const maskIssues: FieldIssue[] = [];
  for (const f of def.fields) {
    if (!f.masked || !isMaskedText(merged[f.key])) continue;
    const stored = previous?.[f.key];
    // Only the exact mask of the stored number means "unchanged"; a half-edited mask is neither number.
    if (typeof stored === 'string' && maskText(stored) === merged[f.key]) merged[f.key] = stored;
    else
      maskIssues.push({
        field: f.key,
        message: {
          zh: `${f.label.zh}：请输入完整号码，不能填写遮挡显示的值`,
          en: `${f.label.en}: enter the full number, not the masked one`,
        },
      });
  }
  if (maskIssues.length > 0) throw invalid(maskIssues);
  // The form sends every field, an untouched checklist as null: a new record given no items takes the
  // template's, or the gate would never apply to records created in the app.
  const givenChecklist = def.checklist ? input.values[def.checklist.field] : undefined;
  if (!existing && def.checklist && (givenChecklist == null || (Array.isArray(givenChecklist) && givenChecklist.length === 0))) {
    merged[def.checklist.field] = checklistInForce(ctx, def, merged, today);
  }
  const admitted = admitLocal(
    ctx,
    { def, recordId: id, op: 'put', values: merged, parents: existing ? [existing.head] : [] },
    {
      ...options,
      freshId: input.id === undefined,
      confirm: input.confirm,
      current: existing &&
        previous && {
          id: existing.head,
          register: def.name,
          recordId: id,
          op: 'put',
          data: previous,
          department: ownerDepartment(def, previous)!,
        },
    },
  );
  const commit = () => {
    writer.write(def, id, 'put', admitted, existing ? [existing.head] : [], options.inCallerTransaction ? (existing ?? null) : undefined);
    afterWrite(ctx, def.name, id, admitted.values);
  };
  if (!options.inCallerTransaction) writer.transaction(commit);
  else {
    if (!ctx.sqlite.inTransaction) throw new Error('saveRecord: inCallerTransaction outside a transaction');
    try {
      commit();
    } catch (err) {
      // Every refusal comes before the write. An error half way through it is no refusal to report and skip: with
      // no savepoint to undo the half, it must end the caller's transaction, so it is never an AppError here.
      throw new Error(`saving ${def.name} ${id} failed part way`, { cause: err });
    }
  }
  return id;
}

interface Usage {
  def: RegisterDef;
  count: number;
  titles: string[];
}

/** Live records elsewhere that would be left pointing at this one, with the first few named. */
function usages(ctx: ServiceContext, def: RegisterDef, id: string, values: Record<string, FieldValue>): Usage[] {
  const found: Usage[] = [];
  for (const other of registers) {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const pushLink = (register: RegisterDef, path: string, value: string) => {
      const link = linkCondition(`"${register.name}"`, register.name, path, value);
      conditions.push(link.sql);
      params.push(...link.params);
    };
    for (const f of other.fields) {
      if (f.type === 'ref' && f.ref === def.name) {
        conditions.push(`"${f.key}" = ?`);
        params.push(id);
      }
      for (const c of f.type === 'table' ? (f.columns ?? []) : []) {
        if (c.type === 'ref' && c.ref === def.name) pushLink(other, `${f.key}.${c.key}`, id);
      }
      if (def.name === 'department' && f.type === 'department') {
        conditions.push(`"${f.key}" = ?`);
        params.push(values.code);
      }
      // Department lists are few and short, and deleting a department is rare: a scan is fine here.
      if (def.name === 'department' && f.type === 'departmentList') {
        conditions.push(`"${f.key}" LIKE ?`);
        params.push(`%"${values.code}"%`);
      }
    }
    if (!conditions.length) continue;
    const where = `FROM "${other.name}" WHERE "deleted" = 0 AND (${conditions.join(' OR ')})`;
    const count = (ctx.sqlite.prepare(`SELECT count(*) AS n ${where}`).get(...params) as { n: number }).n;
    if (count === 0) continue;
    const titles = (ctx.sqlite.prepare(`SELECT "${other.titleField}" AS t ${where} LIMIT 3`).all(...params) as { t: string }[]).map(
      (r) => r.t,
    );
    found.push({ def: other, count, titles });
  }
  return found;
}

const usageText = (u: Usage, lang: 'zh' | 'en') => {
  const named = u.titles.map((t) => (lang === 'zh' ? `“${t}”` : `"${t}"`)).join(lang === 'zh' ? '、' : ', ');
  const more = u.count > u.titles.length;
  return lang === 'zh'
    ? `${u.def.label.zh} ${u.count} 条：${named}${more ? ' 等' : ''}`
    : `${u.count} in ${u.def.label.en}: ${named}${more ? ', ...' : ''}`;
};

export function deleteRecord(ctx: ServiceContext, writer: ChangeWriter, ref: RecordRef): RecordDto {
  const def = registerOf(ref.register);
  const store = storeOf(ctx, def.name);
  const row = store.get(ref.id);
  if (!row) throw notFound(def.name, ref.id);
  if (row.deleted) return getRecord(ctx, ref);
  assertNoConflict(ctx, def.name, ref.id);
  const values = store.values(row);
  const admitted = admitLocal(ctx, { def, recordId: ref.id, op: 'delete', values: null, parents: [row.head] });
  const used = usages(ctx, def, ref.id, values);
  if (used.length > 0) {
    throw new AppError('IN_USE', {
      zh: `仍有记录引用它（${used.map((u) => usageText(u, 'zh')).join('；')}），请先修改或删除这些记录。`,
      en: `Other records still refer to it (${used.map((u) => usageText(u, 'en')).join('; ')}); change or delete them first.`,
    });
  }
  writer.transaction(() => {
    writer.write(def, ref.id, 'delete', admitted, [row.head]);
    afterWrite(ctx, def.name, ref.id, null);
  });
  return getRecord(ctx, ref);
}

export function restoreRecord(ctx: ServiceContext, writer: ChangeWriter, ref: RecordRef): RecordDto {
  const def = registerOf(ref.register);
  const store = storeOf(ctx, def.name);
  const row = store.get(ref.id);
  if (!row) throw notFound(def.name, ref.id);
  if (!row.deleted) return getRecord(ctx, ref);
  assertNoConflict(ctx, def.name, ref.id);
  const admitted = admitLocal(ctx, { def, recordId: ref.id, op: 'put', values: store.values(row), parents: [row.head] });
  writer.transaction(() => {
    writer.write(def, ref.id, 'put', admitted, [row.head]);
    afterWrite(ctx, def.name, ref.id, admitted.values);
  });
  return getRecord(ctx, ref);
}

/**
 * New records in bulk (built-in reference data, demo data), each through the gate as a form's save would be: a
 * value the form refuses stops the batch. Warnings pass only when the record carries them as confirmed.
 */
export function createRecords(
  ctx: ServiceContext,
  writer: ChangeWriter,
  def: RegisterDef,
  records: NewRecord[],
  o: { onProgress?: (done: number) => void; starterCopy?: boolean } = {},
): string[] {
  const departments = liveDepartmentCodes(ctx);
  return writer.createMany(
    def,
    records,
    (r, recordId) =>
      admitLocal(
        ctx,
        { def, recordId, op: 'put', values: r.data, department: r.department, parents: [] },
        {
          departments: def.name === 'department' ? undefined : departments,
          confirm: (r.data.confirmedWarnings as string[] | null) ?? [],
          starterCopy: o.starterCopy,
        },
      ),
    o.onProgress,
  );
}
