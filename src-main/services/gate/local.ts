import { AppError, type FieldIssue, type RegisterDef } from '../../contract';
import { ownerDepartment } from '../../core/registers';
import { prepared } from '../../db/preparedCache';
import { localDate } from '../../ports/clock';
import type { ServiceContext } from '../context';
import { fillDueDates } from '../checklists';
import { contextRecord } from '../contextRecords/held';
import { liveDepartmentCodes } from '../departmentNames';
import type { LiveRecord } from '../referenceChecks';
import { stampStageDates } from '../stageDates';
import { admitChange, invalid } from './admitChange';
import { checkAgainstRecords } from './againstRecords';
import type { Admission, GateView, Proposal, Values, Version } from './proposal';
import { moveFieldIssues } from './workflow';

/** The gate's view of this installation's own database, for a change made here. */
export function localView(ctx: ServiceContext, o: { departments?: Set<string>; freshId?: boolean; current?: Version } = {}): GateView {
  return {
    version: (id) => (id === o.current?.id ? o.current : ctx.changes.get(id)),
    held(def: RegisterDef, recordId: string) {
      const store = ctx.stores.get(def.name)!;
      const row = store.get(recordId);
      if (row) {
        const values = store.values(row);
        return { owner: ownerDepartment(def, values), values: row.deleted ? null : values };
      }
      const context = o.freshId ? undefined : contextRecord(ctx, recordId);
      return context?.register === def.name ? { owner: context.owner, context: true } : undefined;
    },
    // An id this save made itself cannot be another's; asked only of ids given from outside.
    registerOf: (recordId) =>
      o.freshId
        ? undefined
        : ((prepared(ctx.sqlite, 'SELECT "register" FROM "changeLog" WHERE "recordId" = ? LIMIT 1').pluck().get(recordId) as
            string | undefined) ?? contextRecord(ctx, recordId)?.register),
    departments: o.departments ?? liveDepartmentCodes(ctx),
    today: localDate(ctx.clock.now()),
  };
}

export interface LocalOptions {
  departments?: Set<string>;
  isLive?: LiveRecord;
  /** The id was made by this save (not given by a user, a sheet or a script). */
  freshId?: boolean;
  /** The version the edit supersedes as the caller has just read it from its row, so it is not read again from the log. */
  current?: Version;
  /** The warnings the person confirmed with this save (by code). */
  confirm?: string[];
  /**
   * The built-in reference data a new installation starts from: written as the office's, in a copy that never
   * leaves this installation and gives way to the office's own at enrolment (bundle/localDefaults.ts).
   */
  starterCopy?: boolean;
}

/**
 * Warnings go ahead only when confirmed now or on the version being edited; the confirmed codes are kept on the
 * record (and so in its history and bundles, where the office checks them again).
 */
function settleWarnings(values: Values, warnings: FieldIssue[], confirm: string[], previous: Values | undefined): void {
  const earlier = (previous?.confirmedWarnings as string[] | null) ?? [];
  const open = warnings.filter((w) => !confirm.includes(w.warning!) && !earlier.includes(w.warning!));
  if (open.length) {
    throw new AppError(
      'NEEDS_CONFIRMATION',
      { zh: `需要确认：${open.map((w) => w.message.zh).join('；')}`, en: `Please confirm: ${open.map((w) => w.message.en).join('; ')}` },
      open,
    );
  }
  const codes = warnings.map((w) => w.warning!);
  values.confirmedWarnings = codes.length ? codes : null;
}

/**
 * A change made on this installation, by its own author, through the whole gate: the change itself, then (for a
 * put) the day a status was reached stamped where left empty and the checklist's due dates computed, then the checks
 * that read other records, then the warnings, which must be confirmed. Returns what the writer may write.
 */
export function admitLocal(ctx: ServiceContext, p: Omit<Proposal, 'author'>, o: LocalOptions = {}): Admission {
  const view = localView(ctx, o);
  const author = o.starterCopy ? { ...ctx.self, role: 'office' as const } : ctx.self;
  const admitted = admitChange({ ...p, author }, view, 'local');
  if (!admitted.values) return admitted;
  stampStageDates(p.def, admitted.values, admitted.previous, view.today);
  // Made here only (the day of a move is stamped first): an approval an older version relayed stays readable.
  const unconfirmedMove = moveFieldIssues(p.def, admitted.values, admitted.previous);
  if (unconfirmedMove.length) throw invalid(unconfirmedMove);
  fillDueDates(ctx, p.def, admitted.values, admitted.previous);
  const checked = checkAgainstRecords(ctx, p.def, p.recordId, admitted.values, admitted.previous, {
    author,
    today: view.today,
    isLive: o.isLive,
  });
  if (checked.issues.length) throw invalid(checked.issues);
  // Only registers that keep confirmed warnings have rules that warn.
  if ('confirmedWarnings' in admitted.values) settleWarnings(admitted.values, checked.warnings, o.confirm ?? [], admitted.previous);
  return admitted;
}
