import type { EnumOption, FieldDef, Localized } from '../../contract';
import { commonSheetWords, countryWords, sheetWords, yesNoWords } from '../registers/sheetWords';

/**
 * A header or a choice as compared: full width folded to half width (NFKC), case, spaces and punctuation ignored
 * (（）, (), ：, /, 、, -, ., *), so 国家（地区）, 国家/地区 and 国家 地区 are one word. Symbols stay: √, ×, 2+2.
 * A word that is nothing but punctuation stays itself.
 */
export function foldWord(text: string): string {
  const normal = text.normalize('NFKC').toLowerCase();
  return normal.replace(/[\s\p{P}]+/gu, '') || normal.trim();
}

/** The words meaning a field, besides its labels: the register's, then the common ones. */
export function headerWords(register: string, key: string): string[] {
  return [...(sheetWords[register as keyof typeof sheetWords]?.headers?.[key] ?? []), ...(commonSheetWords.headers?.[key] ?? [])];
}

type ChoiceIndex = { exact: Map<string, string>; folded: Map<string, string> };

/** Built once per field of a register: a sheet asks in every row. */
const indexes = new Map<string, WeakMap<FieldDef, ChoiceIndex>>();

function addAll(folded: Map<string, string>, value: string, words: readonly string[]): void {
  // An earlier word keeps its option: labels before synonyms, the register's before the common ones.
  for (const word of words) if (!folded.has(foldWord(word))) folded.set(foldWord(word), value);
}

function buildIndex(register: string, field: FieldDef): ChoiceIndex {
  const options = field.options ?? [];
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const o of options) addAll(folded, o.value, [o.value, o.label.zh, o.label.en]);
  for (const o of options) for (const l of [o.label.zh, o.label.en]) exact.set(l, folded.get(foldWord(l))!);
  // A value is itself before any label that folds like it.
  for (const o of options) exact.set(o.value, o.value);
  const own = sheetWords[register as keyof typeof sheetWords]?.values?.[field.key] ?? {};
  const common = commonSheetWords.values?.[field.key] ?? {};
  const has = new Set(options.map((o) => o.value));
  for (const words of [own, common, countryWords]) {
    for (const [value, list] of Object.entries(words)) if (has.has(value)) addAll(folded, value, list);
  }
  return { exact, folded };
}

/**
 * The option a cell's text stands for in a choice field: an option's value or label as written, then folded, then
 * the synonyms of sheetWords (the register's, the common ones, other names of countries). Null when none.
 */
export function choiceOf(register: string, field: FieldDef, text: string): string | null {
  let byField = indexes.get(register);
  if (!byField) indexes.set(register, (byField = new WeakMap()));
  let index = byField.get(field);
  if (!index) byField.set(field, (index = buildIndex(register, field)));
  return index.exact.get(text) ?? index.folded.get(foldWord(text)) ?? null;
}

const yes = new Set(yesNoWords.yes.map(foldWord));
const no = new Set(yesNoWords.no.map(foldWord));

/** A yes/no cell as offices write it (是, Y, √, 有; 否, N, ×, 无), or null. */
export function yesNoOf(text: string): boolean | null {
  const word = foldWord(text);
  return yes.has(word) ? true : no.has(word) ? false : null;
}

/** The options a yes/no column is mapped onto, as a choice field's. */
export const yesNoOptions: EnumOption[] = [
  { value: 'true', label: { zh: '是', en: 'Yes' } },
  { value: 'false', label: { zh: '否', en: 'No' } },
];

/** The choices a field's cell may name: its options, or yes and no. */
export const choicesOf = (field: FieldDef): EnumOption[] => (field.type === 'boolean' ? yesNoOptions : (field.options ?? []));

/** Options named in a refusal at most; a country list is better read in the template's 选项 sheet. */
const namedOptions = 12;

/** "Not one of the options", with the allowed ones, so the person sees what to write. */
export function notAnOption(field: FieldDef, text?: string): Localized {
  const options = choicesOf(field);
  const shown = options.slice(0, namedOptions);
  const more = options.length - shown.length;
  const zh = `${shown.map((o) => o.label.zh).join('、')}${more > 0 ? ` 等 ${options.length} 项，见模板的“选项”表` : ''}`;
  const en = `${shown.map((o) => o.label.en).join(', ')}${more > 0 ? ` and ${more} more, listed on the template's Options sheet` : ''}`;
  return text === undefined
    ? { zh: `不是可选项之一（可选：${zh}）`, en: `Not one of the options (allowed: ${en})` }
    : { zh: `「${text}」不是可选项之一（可选：${zh}）`, en: `"${text}" is not one of the options (allowed: ${en})` };
}
