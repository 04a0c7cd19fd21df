import { AppError, type ColumnValues, type FieldDef, type RegisterDef, type ValueMapping } from '../../contract';
import type { ChoiceLookup } from './cellValues';
import type { SheetColumn } from './columns';
import { columnLetter } from './sheet';
import { choiceOf, choicesOf, foldWord, yesNoOf } from './words';

/** Distinct values listed per column: a column with more is a free-text column mapped onto a choice by mistake. */
const listedValues = 200;

const isChoice = (field: FieldDef | undefined): field is FieldDef =>
  !!field && (field.type === 'enum' || field.type === 'enumList' || field.type === 'boolean');

/** The option a person named, by value or by its zh/en label (the CLI takes either), or null. */
function optionNamed(field: FieldDef, named: string): string | null {
  const options = choicesOf(field);
  return (
    options.find((o) => o.value === named)?.value ??
    options.find((o) => [o.value, o.label.zh, o.label.en].some((w) => foldWord(w) === foldWord(named)))?.value ??
    null
  );
}

const refuse = (zh: string, en: string) => new AppError('VALIDATION', { zh, en });

/**
 * The choice columns of an import: how each reads a cell's text (the person's mapping of that column's values first,
 * then the options and the words offices use), and which values named no option, for the wizard's value step.
 * A mapping onto a column that is no choice, or onto an option the field does not have, is refused as a whole.
 */
export function choiceColumns(def: RegisterDef, columns: Map<number, SheetColumn>, mapping: ValueMapping) {
  const byLetter = new Map([...columns].map(([index, column]) => [columnLetter(index), { index, column }]));
  const chosen = new Map<number, Map<string, string>>();
  for (const [letter, values] of Object.entries(mapping)) {
    const at = byLetter.get(letter.toUpperCase());
    const field = at?.column.encoding === 'value' ? at.column.field : undefined;
    if (!at || !isChoice(field)) {
      throw refuse(
        `第 ${letter} 列不是导入的选项列，不能指定其取值对应的选项。`,
        `Column ${letter} is not an imported choice column, so its values cannot be mapped.`,
      );
    }
    const map = new Map<string, string>();
    for (const [text, named] of Object.entries(values)) {
      const option = optionNamed(field, named);
      if (option === null) {
        const allowed = choicesOf(field);
        throw refuse(
          `「${field.label.zh}」没有选项「${named}」（第 ${letter} 列的「${text}」）。可选：${allowed.map((o) => `${o.label.zh}（${o.value}）`).join('、')}`,
          `${field.label.en} has no option "${named}" (for "${text}" in column ${letter}). Allowed: ${allowed.map((o) => `${o.label.en} (${o.value})`).join(', ')}`,
        );
      }
      map.set(text.trim(), option);
    }
    chosen.set(at.index, map);
  }
  /** Per column: each value met that names no option (undefined) or that the person mapped (its option). */
  const met = new Map<number, Map<string, string | undefined>>();
  const note = (index: number, text: string, option?: string) => {
    let values = met.get(index);
    if (!values) met.set(index, (values = new Map()));
    if (values.size < listedValues || values.has(text)) values.set(text, option);
  };
  const lookups = new Map<number, ChoiceLookup>();
  const lookup = (index: number): ChoiceLookup => {
    let found = lookups.get(index);
    if (found) return found;
    const own = chosen.get(index);
    found = (field, text) => {
      const mapped = own?.get(text.trim());
      if (mapped !== undefined) {
        note(index, text.trim(), mapped);
        return mapped;
      }
      if (field.type !== 'boolean') return choiceOf(def.name, field, text);
      const b = yesNoOf(text);
      return b === null ? null : String(b);
    };
    lookups.set(index, found);
    return found;
  };
  return {
    lookup,
    unmatched: (index: number, text: string) => note(index, text.trim()),
    report: (headerOf: (index: number) => string): ColumnValues[] =>
      [...met]
        .sort(([a], [b]) => a - b)
        .map(([index, values]) => {
          const field = columns.get(index)!.field!;
          return {
            column: columnLetter(index),
            header: headerOf(index),
            field: field.key,
            label: field.label,
            values: [...values].map(([text, option]) => (option === undefined ? { text } : { text, option })),
            options: choicesOf(field).map((o) => ({ value: o.value, label: o.label })),
          };
        }),
  };
}
