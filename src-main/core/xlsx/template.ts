import type { FieldDef, Localized, RegisterDef } from '../../contract';
import type { SheetCell } from './cells';
import { sheetColumns } from './columns';
import { columnLetter, headerRows, sheetName, type SheetSpec } from './sheet';

export const optionsSheet = '选项 Options';
export const instructionsSheet = '说明 Instructions';

/** Rows of the data sheet that carry list validation (the two header rows excluded). */
const validatedRows = 5000;

const text = (v: string): SheetCell => ({ t: 's', v });

const yesNo = [
  { value: 'true', label: { zh: '是', en: 'Yes' } },
  { value: 'false', label: { zh: '否', en: 'No' } },
];

/** The choices a column offers, by zh label (what cells hold). */
const choices = (field: FieldDef) => (field.type === 'boolean' ? yesNo : (field.options ?? []));

/** How to fill a column in, by field type. */
function formatHint(field: FieldDef): Localized {
  switch (field.type) {
    case 'date':
      return { zh: '日期，如 2019-05-01', en: 'A date, e.g. 2019-05-01' };
    case 'money':
      return field.currencyField
        ? { zh: '金额，按「币种」列的币种单位，如 12,345.67', en: 'An amount in the units of the currency column, e.g. 12,345.67' }
        : { zh: '金额（元），如 12,345.67', en: 'An amount in yuan, e.g. 12,345.67' };
    case 'enum':
      return { zh: `从下拉列表选择（见「${optionsSheet}」）`, en: `Pick from the list (see "${optionsSheet}")` };
    case 'enumList':
      return {
        zh: `一个或多个选项，用「、」分隔（见「${optionsSheet}」）`,
        en: `One or more options separated by "、" (see "${optionsSheet}")`,
      };
    case 'boolean':
      return { zh: '是 / 否', en: '是 (yes) / 否 (no)' };
    case 'integer':
      return { zh: '整数', en: 'A whole number' };
    case 'decimal':
      return { zh: '小数，如 7.1234', en: 'A decimal, e.g. 7.1234' };
    case 'ref':
      return { zh: '所引用记录的名称', en: 'The name of the record referred to' };
    case 'department':
    case 'departmentList':
      return { zh: '部门代码，如 FAO', en: 'A department code, e.g. FAO' };
    default:
      return field.maxLength
        ? { zh: `文字，最多 ${field.maxLength} 字`, en: `Text, at most ${field.maxLength} characters` }
        : { zh: '文字', en: 'Text' };
  }
}

const general: Localized[] = [
  {
    zh: '第 1、2 行是列名（中文、英文），请勿修改；从第 3 行起每行一条记录。',
    en: 'Rows 1 and 2 name the columns (Chinese, English): keep them. One record per row from row 3.',
  },
  { zh: '日期请填 2019-05-01 这样的格式，或设为 Excel 日期。', en: 'Enter dates as 2019-05-01, or as Excel dates.' },
  {
    zh: '选项列请从下拉列表选择；可选值列在「选项 Options」表中。',
    en: 'Pick option columns from the drop-down; the allowed values are on the "选项 Options" sheet.',
  },
  {
    zh: '团组成员、行程、审核清单等明细表不在模板中，请导入后在记录页面填写。',
    en: 'Tables such as members, itinerary and checklist are not in the template: fill them in on the record page.',
  },
];

/**
 * A register's import template: the data sheet (two header rows, a drop-down on every single-choice column),
 * the allowed values per choice column, and instructions with each column's format.
 */
export function templateSheets(def: RegisterDef): SheetSpec[] {
  const columns = sheetColumns(def, 'template');
  const data = sheetName(def.label.zh);
  const choiceColumns = columns.filter((c) => c.field && choices(c.field).length);
  const longest = Math.max(0, ...choiceColumns.map((c) => choices(c.field!).length));
  const optionRows: (SheetCell | null)[][] = [
    ...headerRows(choiceColumns),
    ...Array.from({ length: longest }, (_, i) =>
      choiceColumns.map((c) => {
        const option = choices(c.field!)[i];
        return option ? text(option.label.zh) : null;
      }),
    ),
  ];
  const validations = choiceColumns.flatMap((c, i) => {
    if (c.field!.type === 'enumList') return [];
    const letter = columnLetter(columns.indexOf(c));
    const source = columnLetter(i);
    return [
      {
        sqref: `${letter}3:${letter}${validatedRows + 2}`,
        source: `'${optionsSheet}'!$${source}$3:$${source}$${choices(c.field!).length + 2}`,
      },
    ];
  });
  const instructions: (SheetCell | null)[][] = [
    [text(`${def.label.zh} 导入模板`), text(`${def.label.en} import template`)],
    ...general.map((line) => [text(line.zh), text(line.en)]),
    [],
    ['列名', 'Column', '字段', 'Field', '必填 Required', '填写说明', 'How to fill in'].map(text),
    ...columns.map((c) => {
      const hint = formatHint(c.field!);
      return [c.header.zh, c.header.en, c.key, c.field!.type, c.field!.required ? '是 Yes' : null, hint.zh, hint.en].map((v) =>
        v === null ? null : text(v),
      );
    }),
  ];
  return [
    { name: data, rows: headerRows(columns), widths: columns.map((c) => c.width), headerRows: 2, validations },
    { name: optionsSheet, rows: optionRows, widths: choiceColumns.map(() => 24), headerRows: 2 },
    { name: instructionsSheet, rows: instructions, widths: [28, 28, 18, 12, 14, 40, 40], headerRows: 0 },
  ];
}
