import { formCatalog, formIds, type FieldIssue, type FieldValue, type FormId, type RegisterDef, type TableRow } from '../../contract';
import { endBeforeStart, issue } from '../checks';
import { formFieldKeys, formFields } from '../forms/formFields';
import { officeDepartment } from './department';

export const formOptions = formCatalog.map((f) => ({ value: f.id, label: f.label }));

/**
 * The printed forms as data the office edits, like the rules: each record is one version of one form (its
 * title, the university's name in its header, the fields printed and their labels, its wording and the
 * boxes for opinions, signatures and stamps), in force between its dates. A record prints on the version in
 * force on its own date.
 */
export const formTemplate: RegisterDef = {
  name: 'formTemplate',
  label: { zh: '表单模板', en: 'Form templates' },
  titleField: 'title',
  icon: 'printer',
  nav: true,
  officeOnly: true,
  ownership: { fixed: officeDepartment },
  fields: [
    { key: 'form', type: 'enum', label: { zh: '表单', en: 'Form' }, required: true, options: formOptions },
    { key: 'title', type: 'text', label: { zh: '表头标题', en: 'Title' }, required: true, maxLength: 200 },
    {
      key: 'organisation',
      type: 'text',
      label: { zh: '学校名称（页眉）', en: "University's name (header)" },
      required: true,
      maxLength: 200,
    },
    { key: 'effectiveFrom', type: 'date', label: { zh: '生效日期', en: 'In force from' }, required: true },
    { key: 'effectiveTo', type: 'date', label: { zh: '失效日期', en: 'In force until' } },
    {
      key: 'fields',
      type: 'table',
      label: { zh: '打印栏目', en: 'Fields printed' },
      required: true,
      columns: [
        { key: 'key', type: 'text', label: { zh: '栏目代码', en: 'Field' }, required: true, maxLength: 40 },
        { key: 'label', type: 'text', label: { zh: '栏目名称', en: 'Label' }, required: true, maxLength: 100 },
        { key: 'shown', type: 'boolean', label: { zh: '打印', en: 'Printed' }, defaultValue: true },
      ],
      help: { zh: '按此顺序打印；栏目代码见备注', en: 'Printed in this order; the field codes are listed in the notes' },
    },
    {
      key: 'wording',
      type: 'longText',
      label: { zh: '正文（栏目前）', en: 'Wording (before the fields)' },
      maxLength: 8000,
      help: { zh: '可用 {栏目代码} 插入记录中的内容，如 {title}', en: 'Insert a field from the record with {code}, e.g. {title}' },
    },
    { key: 'footnote', type: 'longText', label: { zh: '附注（栏目后）', en: 'Footnote (after the fields)' }, maxLength: 4000 },
    {
      key: 'signoffs',
      type: 'table',
      label: { zh: '审核签字栏', en: 'Opinion, signature and stamp boxes' },
      columns: [
        { key: 'label', type: 'text', label: { zh: '栏目名称', en: 'Box' }, required: true, maxLength: 100 },
        { key: 'signer', type: 'text', label: { zh: '签字人', en: 'Signed by' }, maxLength: 100 },
        { key: 'stamp', type: 'boolean', label: { zh: '盖章', en: 'Stamp' }, defaultValue: true },
      ],
    },
    { key: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, maxLength: 4000 },
  ],
  listColumns: ['form', 'title', 'organisation', 'effectiveFrom', 'effectiveTo'],
  searchFields: ['form', 'title', 'organisation', 'wording', 'notes'],
  filters: [{ key: 'form', kind: 'enum', field: 'form', label: { zh: '表单', en: 'Form' }, options: formOptions }],
  sortable: ['form', 'title', 'effectiveFrom', 'effectiveTo', 'updatedAt'],
  defaultSort: { field: 'form', direction: 'asc' },
};

/** The field codes a form knows, as the office reads them beside a template. */
export const formFieldGuide = (form: FormId): string =>
  `栏目代码 Field codes: ${formFields[form].map((f) => `${f.key}（${f.label}）`).join('；')}`;

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((m) => m[1]!);

/** Dates in order; every field code and placeholder one the form knows, none twice. */
export function checkFormTemplate(values: Record<string, FieldValue>): FieldIssue[] {
  const issues = endBeforeStart(
    values,
    'effectiveFrom',
    'effectiveTo',
    '失效日期不能早于生效日期',
    'The end date cannot be before the start date',
  );
  const form = values.form as FormId | null;
  if (!form || !formIds.includes(form)) return issues;
  const known = formFieldKeys(form);
  const seen = new Set<string>();
  ((values.fields as TableRow[] | null) ?? []).forEach((r, i) => {
    const key = String(r.key);
    if (!known.has(key))
      issues.push(
        issue(
          `fields.${i}.key`,
          `表单没有栏目“${key}”（可用：${[...known].join('、')}）`,
          `The form has no field "${key}" (known: ${[...known].join(', ')})`,
        ),
      );
    else if (seen.has(key)) issues.push(issue(`fields.${i}.key`, `栏目“${key}”重复`, `Field "${key}" is repeated`));
    seen.add(key);
  });
  for (const field of ['wording', 'footnote']) {
    for (const key of placeholders(String(values[field] ?? ''))) {
      if (!known.has(key))
        issues.push(issue(field, `正文中的 {${key}} 不是本表单的栏目`, `{${key}} in the text is not a field of this form`));
    }
  }
  return issues;
}
