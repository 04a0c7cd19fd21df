import { AppError, type FieldIssue, type InstallationDto, type RegisterDef } from '../../contract';
import { bundleRefusal } from '../../core/bundle/refusal';
import { ownerDepartment } from '../../core/registers';
import type { Change } from '../../db/changeLog';
import { prepared } from '../../db/preparedCache';
import { localDate } from '../../ports/clock';
import type { ServiceContext } from '../context';
import { admitChange } from './admitChange';
import { checkAgainstRecords } from './againstRecords';
import type { GateView, Values } from './proposal';

const inList = (ids: string[]) => JSON.stringify(ids);

/** The record ids a bundle names, each with the register the log here already files it under. */
function registersHeld(ctx: ServiceContext, recordIds: string[]): Map<string, string> {
  const rows = prepared(
    ctx.sqlite,
    'SELECT DISTINCT "recordId", "register" FROM "changeLog" WHERE "recordId" IN (SELECT "value" FROM json_each(?))',
  ).all(inList(recordIds)) as {
    recordId: string;
    register: string;
  }[];
  return new Map(rows.map((r) => [r.recordId, r.register]));
}

/** Every department code this installation has known, deleted ones too (old changes name them), and those the bundle adds. */
function knownDepartments(ctx: ServiceContext, changes: Change[]): Set<string> {
  const codes = new Set(prepared(ctx.sqlite, 'SELECT "code" FROM "department"').pluck().all() as string[]);
  for (const c of changes) if (c.register === 'department' && typeof c.data?.code === 'string') codes.add(c.data.code);
  return codes;
}

function refusalOf(c: Change, author: InstallationDto | undefined, def: RegisterDef, err: AppError): AppError {
  const said = err.issues?.length
    ? { zh: err.issues.map((i) => i.message.zh).join('；'), en: err.issues.map((i) => i.message.en).join('; ') }
    : err.localized;
  const reason = { zh: said.zh.replace(/。$/, ''), en: said.en.replace(/\.$/, '') };
  const who = author?.name ?? c.author;
  return bundleRefusal(
    `数据包中“${who}”的变更 ${c.id}（${def.label.zh}，记录 ${c.recordId}）不能接受：${reason.zh}。整个数据包未导入，本机数据没有任何改动。`,
    `The change ${c.id} by "${who}" (${def.label.en}, record ${c.recordId}) cannot be accepted: ${reason.en}. Nothing from the bundle was imported; nothing here changed.`,
  );
}

export interface Admitted {
  /** Per new change, the version its values were checked against. */
  previous: Map<string, Values | undefined>;
}

/**
 * The one gate for the changes a bundle brings, each as if its author made it here: what the change itself
 * shows (admitChange), in the order the bundle holds them, each against what is held here and the bundle's earlier
 * changes. Changes already held were admitted when they arrived. One refusal refuses the whole bundle, naming the
 * change, its author, its record and the reason.
 */
export function admitArrivals(
  ctx: ServiceContext,
  changes: Change[],
  authorOf: (id: string) => InstallationDto | undefined,
  held: Set<string>,
): Admitted {
  const byId = new Map(changes.map((c) => [c.id, c]));
  const arriving = changes.filter((c) => !held.has(c.id));
  const filed = registersHeld(ctx, [...new Set(arriving.map((c) => c.recordId))]);
  /** Per record first met in this bundle, the department and values of its latest change so far. */
  const inBundle = new Map<string, { register: string; owner: string; values: Values | null }>();
  const view: GateView = {
    version: (id) => byId.get(id) ?? ctx.changes.get(id),
    held(def, recordId) {
      if (filed.has(recordId)) {
        const store = ctx.stores.get(def.name)!;
        const row = store.get(recordId);
        if (row) {
          const values = store.values(row);
          return { owner: ownerDepartment(def, values), values: row.deleted ? null : values };
        }
      }
      const earlier = inBundle.get(recordId);
      return earlier && { owner: earlier.owner, values: earlier.values };
    },
    registerOf: (recordId) => filed.get(recordId) ?? inBundle.get(recordId)?.register,
    departments: knownDepartments(ctx, arriving),
    today: localDate(ctx.clock.now()),
  };
  const previous = new Map<string, Values | undefined>();
  for (const c of arriving) {
    const def = ctx.stores.get(c.register)!.def;
    const author = authorOf(c.author);
    try {
      if (!author)
        throw new AppError('FORBIDDEN', { zh: `作者 ${c.author} 未在本机登记`, en: `the author ${c.author} is not registered here` });
      const admitted = admitChange(
        { def, recordId: c.recordId, op: c.op, values: c.data, department: c.department, parents: c.parents, author },
        view,
        'arrived',
      );
      previous.set(c.id, admitted.previous);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      throw refusalOf(c, author, def, err);
    }
    inBundle.set(c.recordId, { register: c.register, owner: c.department, values: c.data });
  }
  return { previous };
}

const anyTarget = (): boolean => true;

/** A warning a rule raises that the image does not carry as confirmed: its author never saw it confirmed. */
const unconfirmed = (warnings: FieldIssue[], values: Values): FieldIssue[] => {
  // As at home: only a register that keeps confirmed warnings has rules that warn before a save.
  if (!('confirmedWarnings' in values)) return [];
  const confirmed = (values.confirmedWarnings as string[] | null) ?? [];
  return warnings.filter((w) => !confirmed.includes(w.warning!));
};

/**
 * The gate's second part for the changes a laptop sends, at the office, once they are all in place: each put is
 * checked against the records as they now stand, as the laptop's form checked it at home. The office's own
 * changes, and those it relays to laptops, were checked where every record was held.
 */
export function checkArrivalsAgainstRecords(
  ctx: ServiceContext,
  added: Change[],
  authorOf: (id: string) => InstallationDto | undefined,
  admitted: Admitted,
): void {
  if (ctx.self.role !== 'office') return;
  const today = localDate(ctx.clock.now());
  for (const c of added) {
    const author = authorOf(c.author);
    if (c.op !== 'put' || !author || author.role === 'office') continue;
    const def = ctx.stores.get(c.register)!.def;
    // A reference may name a record still on its way in another bundle, or one deleted here meanwhile: bundles
    // arrive in any order, and such a change is kept as it was made rather than stopping its author's sync.
    const checked = checkAgainstRecords(ctx, def, c.recordId, c.data!, admitted.previous.get(c.id), { author, today, isLive: anyTarget });
    const issues = [...checked.issues, ...unconfirmed(checked.warnings, c.data!)];
    if (issues.length) throw refusalOf(c, author, def, new AppError('VALIDATION', issues[0]!.message, issues));
  }
}
