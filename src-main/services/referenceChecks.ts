import type { FieldDef, FieldIssue, FieldValue, InstallationDto, Localized, RegisterDef, TableRow } from '../contract';
import { ownerDepartment } from '../core/registers';
import type { ServiceContext } from './context';
import { prepared } from '../db/preparedCache';
import { contextRecord } from './contextRecords/held';

export type LiveRecord = (register: string, id: string) => boolean;

/** Whether a record is live, asked of the database: a record of its register, or one held as context. */
const liveInDatabase =
  (ctx: ServiceContext): LiveRecord =>
  (register, id) =>
    prepared(ctx.sqlite, `SELECT "deleted" FROM "${register}" WHERE "id" = ?`).pluck().get(id) === 0 ||
    contextRecord(ctx, id)?.register === register;

/**
 * Why a reference does not point at a live record: deleted here, or, on a laptop, never received (the office's next
 * bundle brings what its records refer to), rather than the generic "does not exist".
 */
function missing(ctx: ServiceContext, register: RegisterDef, id: string, path: string, label: Localized): FieldIssue {
  const row = ctx.stores.get(register.name)!.get(id);
  if (!row && ctx.self.role === 'department') {
    return {
      field: path,
      message: {
        zh: `${label.zh}：本机还没有这条“${register.label.zh}”记录（${id}），请先导入外事办的下一个数据包`,
        en: `${label.en}: this laptop has not received this record of ${register.label.en} (${id}) yet; import the office's next bundle first`,
      },
    };
  }
  return {
    field: path,
    message: { zh: `${label.zh}：所选记录不存在或已删除`, en: `${label.en}: the chosen record does not exist or was deleted` },
  };
}

/**
 * A reference added by the edit must point at a live record (or one held as context); on a department
 * installation a reference scoped to its own departments (a trip's members) must point at one of theirs. One
 * already on the record (someone the office put on the trip) stays, or the laptop could no longer edit its own
 * delegation.
 */
function checkReference(
  ctx: ServiceContext,
  author: InstallationDto,
  f: FieldDef,
  id: string,
  path: string,
  label: Localized,
  kept: boolean,
  isLive: LiveRecord,
): FieldIssue[] {
  // A reference the edited version already had was checked when it was made: its record deleted since (perhaps on
  // another computer, in a bundle not yet here) does not stop an edit of something else, here or where it arrives.
  if (kept) return [];
  const store = ctx.stores.get(f.ref!)!;
  if (!isLive(store.def.name, id)) return [missing(ctx, store.def, id, path, label)];
  if (f.refScope === 'ownDepartments' && author.role === 'department') {
    const target = store.get(id);
    const context = target ? undefined : contextRecord(ctx, id);
    // A target not here at all (an arriving change naming a record still on its way) has no owner to hold it to.
    const owner = target ? ownerDepartment(store.def, store.values(target)) : (context?.owner ?? null);
    if ((target || context) && (!owner || !author.departments.includes(owner))) {
      const name = String(target ? (target[store.def.titleField] ?? '') : context!.title);
      return [
        {
          field: path,
          message: {
            zh: `${label.zh}：“${name}”属于其他部门（${owner}），本机只能选择本部门人员`,
            en: `${label.en}: "${name}" belongs to another department (${owner}); this laptop may choose only its own people`,
          },
        },
      ];
    }
  }
  return [];
}

/** References must point at live records; unique fields must be unique among live records. `author` makes the change. */
export function checkReferences(
  ctx: ServiceContext,
  def: RegisterDef,
  values: Record<string, FieldValue>,
  id: string,
  author: InstallationDto,
  previous?: Record<string, FieldValue>,
  isLive: LiveRecord = liveInDatabase(ctx),
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const f of def.fields) {
    const v = values[f.key];
    if (v === null) continue;
    if (f.type === 'ref' && f.ref)
      issues.push(...checkReference(ctx, author, f, String(v), f.key, f.label, previous?.[f.key] === v, isLive));
    if (f.type === 'table') {
      for (const c of f.columns ?? []) {
        if (c.type !== 'ref' || !c.ref) continue;
        const before = new Set(((previous?.[f.key] as TableRow[] | null) ?? []).map((row) => row[c.key]));
        (v as TableRow[]).forEach((row, i) => {
          const label = { zh: `${f.label.zh}第 ${i + 1} 行${c.label.zh}`, en: `${f.label.en} row ${i + 1}, ${c.label.en}` };
          if (typeof row[c.key] === 'string')
            issues.push(
              ...checkReference(ctx, author, c, row[c.key] as string, `${f.key}.${i}.${c.key}`, label, before.has(row[c.key]), isLive),
            );
        });
      }
    }
    if (f.unique) {
      const clash = prepared(ctx.sqlite, `SELECT 1 FROM "${def.name}" WHERE "${f.key}" = ? AND "deleted" = 0 AND "id" <> ?`).get(v, id);
      if (clash)
        issues.push({ field: f.key, message: { zh: `${f.label.zh}：“${v}”已被使用`, en: `${f.label.en}: "${v}" is already in use` } });
    }
  }
  return issues;
}
