import type { FieldValue, TableRow } from '../../contract';

export interface TemplateVersion {
  subjectKind: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  items: TableRow[];
}

/** The version in force on `date`: the latest start on or before it whose end has not passed. */
export function templateInForce<T extends TemplateVersion>(templates: T[], subjectKind: string, date: string): T | undefined {
  return templates
    .filter((t) => t.subjectKind === subjectKind && t.effectiveFrom <= date && (!t.effectiveTo || t.effectiveTo >= date))
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
}

/** A subject's own checklist: the template's items, each pending. */
export const checklistFromTemplate = (template: TemplateVersion): TableRow[] =>
  template.items.map((item) => ({
    key: item.key ?? null,
    title: item.title ?? '',
    titleEn: item.titleEn ?? null,
    requiredBefore: item.requiredBefore ?? null,
    evidenceNeeded: item.evidenceNeeded === true,
    status: 'pending',
    reviewer: null,
    date: null,
    dueDate: null,
    note: null,
    evidence: null,
  }));

/** Which template kind a subject takes its checklist from, by register. */
export const checklistSubjectKind: Record<string, (values: Record<string, FieldValue>) => string> = {
  delegation: (values) => (values.direction === 'inbound' ? 'inboundDelegation' : 'outboundDelegation'),
  conference: () => 'conference',
  expert: () => 'expertHire',
};
