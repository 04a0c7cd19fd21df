import type { FieldIssue, InstallationDto, Localized, RegisterDef } from '../../contract';
import type { Values } from './proposal';
import { sameValue } from '../../core/sameValue';

const statusLabel = (def: RegisterDef, value: string): Localized =>
  def.fields.find((f) => f.key === def.statusField)?.options?.find((o) => o.value === value)?.label ?? { zh: value, en: value };

/**
 * What only the office does: move a record into an approval status, and set a field that records its approval.
 * A department's change that does either is refused, whether typed on its laptop or carried in its bundle.
 */
export function officeOnlyIssues(
  def: RegisterDef,
  values: Values,
  previous: Values | undefined,
  author: InstallationDto,
  defaults: Values,
): FieldIssue[] {
  if (author.role === 'office') return [];
  const issues: FieldIssue[] = [];
  const status = def.statusField ? (values[def.statusField] as string | null) : null;
  if (status && def.officeStatuses?.includes(status) && previous?.[def.statusField!] !== status) {
    const name = statusLabel(def, status);
    issues.push({
      field: def.statusField!,
      message: { zh: `只有外事办能把记录改为“${name.zh}”`, en: `Only the office moves a record to "${name.en}"` },
    });
  }
  for (const f of def.fields) {
    if (!f.officeOnly) continue;
    const before = previous ? previous[f.key] : defaults[f.key];
    if (!sameValue(values[f.key], before))
      issues.push({ field: f.key, message: { zh: `${f.label.zh}：只能由外事办填写`, en: `${f.label.en}: only the office sets it` } });
  }
  return issues;
}

/**
 * What a move's confirmation asks for (an approval's number and date) is required of the move itself, so the command
 * line and a spreadsheet cannot approve what the window would not.
 */
export function moveFieldIssues(def: RegisterDef, values: Values, previous: Values | undefined): FieldIssue[] {
  const status = def.statusField ? (values[def.statusField] as string | null) : null;
  const required = status ? def.moveFields?.[status] : undefined;
  if (!required || previous?.[def.statusField!] === status) return [];
  const name = statusLabel(def, status!);
  return required
    .filter((key) => values[key] === null || values[key] === undefined || values[key] === '')
    .map((key) => {
      const label = def.fields.find((f) => f.key === key)!.label;
      return { field: key, message: { zh: `${label.zh}：改为“${name.zh}”时必填`, en: `${label.en}: required to move to "${name.en}"` } };
    });
}
