import type { Localized } from './localized';
import type { FieldValue } from './records';
import type { FieldDef, RegisterDef } from './register';

/** One group of fields as a record (or a form's values) shows it. */
export interface SectionView {
  key: string;
  /** Absent for a register without sections: its fields are one list. */
  label?: Localized;
  fields: FieldDef[];
  /** Filled in at a later stage than the record's status, with nothing in it yet: shown folded. */
  later: boolean;
  /** The status the section is filled in from, when it names one. */
  fromStatus?: string;
}

/** Whether a value (stored, or as a form input holds it) says anything: a switch left off or an empty list does not. */
export const holdsValue = (v: FieldValue | undefined): boolean =>
  v !== null && v !== undefined && v !== '' && v !== false && !(Array.isArray(v) && v.length === 0);

const otherLabel: Localized = { zh: '其他', en: 'Other' };

/**
 * The sections of `shown` (the fields a form or page lists) for a record with these values: fields asked only of
 * another kind of record left out unless they hold a value, a later stage's section marked `later` while nothing in
 * it is filled in, fields no section names last, sections left empty dropped. The form and the record page both
 * group by this, so they agree.
 */
export function sectionsOf(def: RegisterDef, values: Record<string, FieldValue | undefined>, shown: FieldDef[]): SectionView[] {
  const visible = shown.filter(
    (f) => !f.shownWhen || f.shownWhen.values.includes(String(values[f.shownWhen.field] ?? '')) || holdsValue(values[f.key]),
  );
  if (!def.sections) return visible.length ? [{ key: 'all', fields: visible, later: false }] : [];
  const byKey = new Map(visible.map((f) => [f.key, f]));
  const named = new Set(def.sections.flatMap((s) => s.fields));
  const order = (def.fields.find((f) => f.key === def.statusField)?.options ?? []).map((o) => o.value);
  const stage = order.indexOf(String(values[def.statusField ?? ''] ?? ''));
  const views: SectionView[] = def.sections.map((s) => {
    const fields = s.fields.map((k) => byKey.get(k)).filter((f): f is FieldDef => Boolean(f));
    const from = s.fromStatus ? order.indexOf(s.fromStatus) : -1;
    const later = from >= 0 && stage >= 0 && stage < from && !fields.some((f) => holdsValue(values[f.key]));
    return { key: s.key, label: s.label, fields, later, ...(s.fromStatus ? { fromStatus: s.fromStatus } : {}) };
  });
  views.push({ key: 'other', label: otherLabel, fields: visible.filter((f) => !named.has(f.key)), later: false });
  return views.filter((v) => v.fields.length > 0);
}
