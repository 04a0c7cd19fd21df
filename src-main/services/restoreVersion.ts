import { AppError, type FieldValue, type RecordDto, type RestoreVersionInput } from '../contract';
import { sameValue } from '../core/sameValue';
import type { ChangeWriter } from './changeWriter';
import { registerOf, storeOf, type ServiceContext } from './context';
import { putRecord } from './recordCommands';
import { notFound } from './recordQueries';

/**
 * Undo of an edit: the values the record had after an earlier change become its values again, written as a new
 * change through the same save (and so the same gate) as any edit. Derived fields are recomputed, so they are not
 * taken from the old version; a field the register gained since then is left as it is now.
 */
export function restoreVersion(ctx: ServiceContext, writer: ChangeWriter, input: RestoreVersionInput): RecordDto {
  const def = registerOf(input.register);
  const row = storeOf(ctx, def.name).get(input.id);
  if (!row) throw notFound(def.name, input.id);
  const version = ctx.changes.get(input.changeId);
  if (!version || version.recordId !== input.id || version.register !== def.name) {
    throw new AppError('NOT_FOUND', { zh: '该记录的历史中没有这个版本。', en: "This version is not in the record's history." });
  }
  if (!version.data) {
    throw new AppError('VALIDATION', {
      zh: '这一条是删除操作，没有可恢复的内容；要恢复已删除的记录，请用“恢复”。',
      en: 'That entry is a deletion: it holds no values to restore. Use Restore to bring back a deleted record.',
    });
  }
  const current = storeOf(ctx, def.name).values(row);
  const old = version.data;
  const values: Record<string, FieldValue> = {};
  for (const f of def.fields) if (!f.derived && f.key in old) values[f.key] = old[f.key] ?? null;
  if (Object.keys(values).every((key) => sameValue(values[key], current[key]))) {
    throw new AppError('VALIDATION', {
      zh: '该版本与当前内容相同，无需恢复。',
      en: 'That version is the same as the record now: there is nothing to restore.',
    });
  }
  return putRecord(ctx, writer, {
    register: def.name,
    id: input.id,
    baseHead: input.baseHead ?? row.head,
    values,
    ...(input.confirm ? { confirm: input.confirm } : {}),
  });
}
