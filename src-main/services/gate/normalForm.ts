import type { FieldIssue, RegisterDef } from '../../contract';
import { canonicalJson } from '../../core/bundle/canonicalJson';
import type { Values } from './proposal';

/**
 * An arriving image is stored as signed, so it must already be what a save here would store: every field as
 * validation normalises it, derived fields as recomputed here (a laptop cannot claim a 3-day trip that lasts
 * 13). A field the image leaves out (written before the field existed) counts as empty.
 */
export function normalFormIssues(def: RegisterDef, arrived: Values, normalised: Values): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const f of def.fields) {
    const given = arrived[f.key];
    const expected = normalised[f.key] ?? null;
    const same =
      given === undefined
        ? expected === null || expected === false
        : given === expected ||
          (typeof given === 'object' && typeof expected === 'object' && canonicalJson(given) === canonicalJson(expected));
    if (same) continue;
    issues.push({
      field: f.key,
      message: f.derived
        ? {
            zh: `${f.label.zh}：应由其他字段计算得出，与所附的值不符`,
            en: `${f.label.en}: computed from other fields, and the value given differs`,
          }
        : { zh: `${f.label.zh}：值的格式与本机保存的格式不同`, en: `${f.label.en}: the value is not in the form a save stores` },
    });
  }
  return issues;
}
