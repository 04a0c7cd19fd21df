import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import type { EnumOption } from '../../../src-main/contract';

/**
 * A choice list searched by its code and by its name in both languages, whichever the window shows: 哥伦,
 * Colo and CO all find 哥伦比亚. The code typed in full comes first, then names that start with the text,
 * then the rest that contain it.
 */
export function optionSearch(options: EnumOption[]): OptionsFilter {
  const names = new Map(options.map((o) => [o.value, [o.label.zh, o.label.en.toLowerCase()]]));
  return ({ options: shown, search }) => {
    const q = search.trim().toLowerCase();
    if (!q) return shown;
    const rank = (item: ComboboxItem): number => {
      if (item.value.toLowerCase() === q) return 0;
      const labels = [...(names.get(item.value) ?? []), item.label.toLowerCase()];
      if (labels.some((l) => l.startsWith(q))) return 1;
      return labels.some((l) => l.includes(q)) || item.value.toLowerCase().startsWith(q) ? 2 : 3;
    };
    return (shown as ComboboxItem[])
      .map((item, i) => ({ item, i, r: rank(item) }))
      .filter((x) => x.r < 3)
      .sort((a, b) => a.r - b.r || a.i - b.i)
      .map((x) => x.item as ComboboxParsedItem);
  };
}
