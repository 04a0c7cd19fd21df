import { useEffect, useState } from 'react';
import type { RecordDto } from '../../../src-main/contract';

/** Rows ticked one by one (or all those loaded), or every record the list matches, loaded or not. */
export type Selection = { kind: 'ids'; ids: ReadonlySet<string> } | { kind: 'matching' };

const none: Selection = { kind: 'ids', ids: new Set() };

/** The rows chosen for a bulk action; a new search, filter or order starts again with none. */
export function useSelection(rows: RecordDto[], total: number | null, queryKey: string) {
  const [selection, setSelection] = useState<Selection>(none);
  useEffect(() => setSelection(none), [queryKey]);

  const count = selection.kind === 'matching' ? (total ?? 0) : selection.ids.size;
  const isSelected = (id: string) => selection.kind === 'matching' || selection.ids.has(id);
  const loadedSelected = rows.filter((r) => isSelected(r.id)).length;
  const page: 'none' | 'some' | 'all' = loadedSelected === 0 ? 'none' : loadedSelected === rows.length ? 'all' : 'some';

  const toggle = (id: string) =>
    setSelection((s) => {
      const ids = new Set(s.kind === 'matching' ? rows.map((r) => r.id) : s.ids);
      if (ids.has(id)) ids.delete(id);
      else ids.add(id);
      return { kind: 'ids', ids };
    });

  return {
    selection,
    count,
    page,
    isSelected,
    toggle,
    /** The header's box: every loaded row, or none. */
    togglePage: () => setSelection(page === 'all' ? none : { kind: 'ids', ids: new Set(rows.map((r) => r.id)) }),
    selectMatching: () => setSelection({ kind: 'matching' }),
    clear: () => setSelection(none),
  };
}

export type SelectionState = ReturnType<typeof useSelection>;
