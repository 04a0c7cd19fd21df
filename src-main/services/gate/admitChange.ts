import { AppError, type FieldIssue, type RegisterDef } from '../../contract';
import { ownerDepartment } from '../../core/registers';
import { defaultValues, validateValues } from '../../core/validate';
import { checklistKeptIssues } from './approvedStaysTrue';
import { assertMayWrite } from '../permissions';
import { assertAuthority } from './authority';
import { assertOneRegister } from './identity';
import { normalFormIssues } from './normalForm';
import type { Admission, GateView, Proposal, Values, Version } from './proposal';
import { officeOnlyIssues } from './workflow';

/** The refusal names every issue it counts. */
export const invalid = (issues: FieldIssue[]) =>
  new AppError(
    'VALIDATION',
    {
      zh: `有 ${issues.length} 处需要修改：${issues.map((i) => i.message.zh).join('；')}`,
      en: `${issues.length} field(s) need fixing: ${issues.map((i) => i.message.en).join('; ')}`,
    },
    issues,
  );

/** The change's parents this installation knows, each a version of the same record of the same register. */
function supersededVersions(view: GateView, p: Proposal): Version[] {
  const known = p.parents.map((id) => view.version(id)).filter((v): v is Version => v !== undefined);
  const stray = known.find((v) => v.recordId !== p.recordId || v.register !== p.def.name);
  if (stray) {
    throw new AppError('VALIDATION', {
      zh: `变更所修改的版本 ${stray.id} 属于另一条记录，不是这条记录的版本`,
      en: `The version ${stray.id} the change supersedes belongs to another record`,
    });
  }
  return known;
}

/** The values checked against one version the change supersedes (none for a new record). */
function checkedValues(
  def: RegisterDef,
  p: Proposal,
  view: GateView,
  previous: Values | undefined,
  origin: 'local' | 'arrived',
): { values: Values; issues: FieldIssue[] } {
  const input = p.values!;
  const { values, issues } = validateValues(def, input, { departments: view.departments, previous });
  if (issues.length === 0 && origin === 'arrived') issues.push(...normalFormIssues(def, input, values));
  if (issues.length === 0) issues.push(...officeOnlyIssues(def, values, previous, p.author, defaultValues(def, view.today)));
  if (issues.length === 0) issues.push(...checklistKeptIssues(def, values, previous));
  return { values, issues };
}

/**
 * The one gate, its first part: what can be judged from the change itself and the versions it supersedes, the
 * same wherever it is written or received.
 * - identity: a record id belongs to one register;
 * - the register's definition: types, options, required fields, real dates, lengths, cross-field checks,
 *   derived fields recomputed (an arriving image must already be in the form a save stores);
 * - workflow: status moves the register allows, the checklist gate, approvals and office-only fields only from
 *   the office, a record in an approved status kept true to its checklist;
 * - authority: the author's role and departments against the record's owner before and after; the change's own
 *   department must be its record's; a change on a held record must name a version of it.
 * A change with several parents (a conflict resolved) is judged against whichever of them it passes.
 * The checks that read other records are the gate's second part (againstRecords.ts).
 */
export function admitChange(p: Proposal, view: GateView, origin: 'local' | 'arrived'): Admission {
  const { def } = p;
  // A review installation, or a department facing office data, is refused before its values are looked at.
  assertMayWrite(p.author, def, []);
  assertOneRegister(view, def, p.recordId);
  const superseded = supersededVersions(view, p);
  let values: Values | null = null;
  let previous: Values | undefined;
  if (p.op === 'put') {
    if (p.values === null) throw invalid([{ field: '', message: { zh: '缺少记录内容', en: 'The record values are missing' } }]);
    // Parents not known here (a bundle still on its way) leave the move to be judged against the record as held here.
    const unknownParents = superseded.length === 0 && p.parents.length > 0 ? view.held(def, p.recordId)?.values : undefined;
    const candidates = (unknownParents ? [unknownParents] : superseded.map((v) => v.data)).filter(
      (d): d is Values => d !== null && d !== undefined,
    );
    const tried = (candidates.length ? candidates : [undefined]).map((c) => ({ previous: c, ...checkedValues(def, p, view, c, origin) }));
    const passed = tried.find((t) => t.issues.length === 0);
    if (!passed) throw invalid(tried[0]!.issues);
    ({ values, previous } = passed);
  } else if (superseded.length === 0 && origin === 'arrived') {
    throw new AppError('VALIDATION', { zh: '删除没有指明所删除的版本', en: 'The deletion names no version it deletes' });
  }
  const owner = values ? ownerDepartment(def, values) : (superseded[0]?.department ?? p.department ?? null);
  if (owner === null) throw invalid([{ field: '', message: { zh: '记录没有所属部门', en: 'The record has no owning department' } }]);
  const deletedOwners = p.op === 'delete' ? superseded.map((v) => v.department) : [];
  if (p.department !== undefined && (p.department !== owner || deletedOwners.some((d) => d !== p.department))) {
    throw new AppError('FORBIDDEN', {
      zh: `变更标明属于 ${p.department}，记录本身却属于 ${[owner, ...deletedOwners].find((d) => d !== p.department)}`,
      en: `The change says it belongs to ${p.department}, but the record belongs to ${[owner, ...deletedOwners].find((d) => d !== p.department)}`,
    });
  }
  assertAuthority(view, def, p.recordId, p.author, owner, superseded);
  return { values, owner, previous } as Admission;
}
