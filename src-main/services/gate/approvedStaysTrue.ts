import type { FieldIssue, Localized, RegisterDef } from '../../contract';
import { blockerList, checklistBlockers } from '../../core/checklist/gate';
import { blockingFindings } from '../../core/rules/evaluate';
import type { Finding } from '../../core/rules/types';
import { findingsText } from '../ruleChecks';
import type { Values } from './proposal';

const statusOptions = (def: RegisterDef) => def.fields.find((f) => f.key === def.statusField)?.options ?? [];

/**
 * The status an edit must go back to for its change to be approved again: the latest one the record may move to
 * from where it is that comes before the earliest stage the edit breaks (an approved trip goes back to 已申报).
 */
function stepBack(def: RegisterDef, status: string, brokenStage: number): Localized | undefined {
  const order = statusOptions(def).map((o) => o.value);
  const back = (def.transitions?.[status] ?? [])
    .filter((s) => order.indexOf(s) < brokenStage && !def.checklist?.exemptStatuses.includes(s))
    .sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
  return back === undefined ? undefined : statusOptions(def).find((o) => o.value === back)?.label;
}

/** An edit that keeps the status (a record not moving): the status it stays in, when it is one gates apply to. */
function keptGatedStatus(def: RegisterDef, values: Values, previous: Values | undefined): string | undefined {
  if (!def.statusField || !previous) return undefined;
  const status = values[def.statusField] as string | null;
  if (!status || status !== previous[def.statusField]) return undefined;
  if ((def.checklist?.exemptStatuses ?? ['cancelled']).includes(status)) return undefined;
  return status;
}

function refusal(def: RegisterDef, status: string, stage: number, what: Localized): FieldIssue {
  const name = statusOptions(def).find((o) => o.value === status)?.label ?? { zh: status, en: status };
  const back = stepBack(def, status, stage);
  return {
    field: def.statusField!,
    message: {
      zh: `记录已处于“${name.zh}”，这次修改不能保存：${what.zh}${back ? `。如确需修改，请同时把状态改回“${back.zh}”重新报批` : ''}`,
      en: `The record is "${name.en}"; this edit cannot be saved: ${what.en}${back ? `. To make it, move the status back to "${back.en}" with it and seek approval again` : ''}`,
    },
  };
}

/**
 * A record that passed its checklist into a status stays true to it: an edit that keeps the status but reopens an
 * item required by then is refused, unless it moves the record back to the stage that needs approval again.
 */
export function checklistKeptIssues(def: RegisterDef, values: Values, previous: Values | undefined): FieldIssue[] {
  const status = keptGatedStatus(def, values, previous);
  if (!status || !def.checklist) return [];
  const now = checklistBlockers(def, values, status);
  if (!now.length || checklistBlockers(def, previous!, status).length) return [];
  const order = statusOptions(def).map((o) => o.value);
  const items = (values[def.checklist.field] as { title?: unknown; requiredBefore?: unknown }[] | null) ?? [];
  const stage = Math.min(
    ...items.filter((i) => now.some((b) => b.title === String(i.title ?? ''))).map((i) => order.indexOf(String(i.requiredBefore))),
  );
  const list = blockerList(now);
  return [refusal(def, status, stage, { zh: `审查清单事项会变为未完成：${list.zh}`, en: `it reopens checklist items: ${list.en}` })];
}

/**
 * Likewise for the foreign-affairs rules: an edit of a record in a gated status (an approved trip) that would
 * bring a blocking finding it did not have (3 countries, 13 days) is refused with the findings.
 */
export function rulesKeptIssues(
  def: RegisterDef,
  values: Values,
  previous: Values | undefined,
  findingsOf: (v: Values) => Finding[],
): FieldIssue[] {
  const status = keptGatedStatus(def, values, previous);
  if (!status) return [];
  const order = statusOptions(def).map((o) => o.value);
  const exempt = def.checklist?.exemptStatuses ?? ['cancelled'];
  const blocking = (v: Values) => blockingFindings(findingsOf(v), order, status, null, exempt);
  // A rule that already blocked the version before (a limit changed since its approval) is not this edit's doing.
  const before = new Set(blocking(previous!).map((f) => f.ruleId));
  const fresh = blocking(values).filter((f) => !before.has(f.ruleId));
  if (!fresh.length) return [];
  const stage = Math.min(...fresh.map((f) => order.indexOf(f.stage)));
  const text = findingsText(fresh);
  return [refusal(def, status, stage, { zh: `会不符合外事规则：${text.zh}`, en: `it breaks the rules: ${text.en}` })];
}
