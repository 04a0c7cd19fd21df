import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FilterValue, ListQuery, RegisterDef } from '../../../src-main/contract';
import { emptyView, viewQuery, type ListView } from './listAddress';

const searchDelayMs = 250;

/** The view each register's list was left in during this session, for coming back to it without filters in the address. */
const leftIn = new Map<string, ListView>();

/** A list whose view lives in the address: the view the address holds, and how to put a new one there. */
export interface AddressBinding {
  view: ListView;
  onChange: (view: ListView) => void;
}

/**
 * What the list shows: search text (debounced while typing), filters, sort, deleted or live records. Bound to the
 * address, the view is read from it (a link, a reload, the way back) and written to it as it changes; a list opened
 * with nothing in the address comes back as it was left. `ids` restricts the list to the records behind a figure,
 * whatever else is chosen.
 */
export function useListQuery(def: RegisterDef, address?: AddressBinding, ids?: string[]) {
  const addressKey = address ? viewQuery(address.view) : '';
  const [view, setView] = useState<ListView>(() =>
    address ? (addressKey ? address.view : (leftIn.get(def.name) ?? emptyView)) : emptyView,
  );
  const [searchInput, setSearchInput] = useState(view.search);
  const [search, , searchHandlers] = useDebouncedValue(searchInput.trim(), searchDelayMs);
  const [onlyDeleted, setOnlyDeleted] = useState(false);
  const viewKey = viewQuery(view);

  useEffect(() => {
    setView((v) => (v.search === search ? v : { ...v, search }));
  }, [search]);

  // The address moved on its own (a link, the way back): the list follows it.
  const seenAddress = useRef(addressKey);
  useEffect(() => {
    if (!address || addressKey === seenAddress.current) return;
    seenAddress.current = addressKey;
    if (addressKey !== viewKey) {
      setView(address.view);
      setSearchInput(address.view.search);
    }
    // Only a change of the address itself is followed here; the view's own changes go the other way below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [addressKey]);

  // The view changed here: the address says so, and the register remembers it.
  const onAddress = address?.onChange;
  useEffect(() => {
    if (!onAddress) return;
    leftIn.set(def.name, view);
    if (viewKey !== seenAddress.current) {
      seenAddress.current = viewKey;
      onAddress(view);
    }
    // The view's key stands for the view; the register and the address's handler change with a new list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [viewKey]);

  const setFilter = (key: string, value: FilterValue | null) =>
    setView(({ filters: { [key]: _dropped, ...rest }, ...v }) => ({
      ...v,
      filters: value === null || (Array.isArray(value) && !value.length) ? rest : { ...rest, [key]: value },
    }));

  /** Ascending, then descending, then back to the register's default order. */
  const toggleSort = (field: string) =>
    setView(({ sort: s, ...v }) => {
      const sort =
        s?.field !== field
          ? { field, direction: 'asc' as const }
          : s.direction === 'asc'
            ? { field, direction: 'desc' as const }
            : undefined;
      return sort ? { ...v, sort } : v;
    });

  /** A saved filter, or nothing: the search and filters replaced at once, the order kept. */
  const apply = (next: Pick<ListView, 'search' | 'filters'>) => {
    setView((v) => ({ ...v, search: next.search, filters: next.filters }));
    setSearchInput(next.search);
    searchHandlers.cancel();
  };

  const query = useMemo<Omit<ListQuery, 'after' | 'limit'>>(
    () => ({
      register: def.name,
      ...(view.search ? { search: view.search } : {}),
      ...(Object.keys(view.filters).length ? { filters: view.filters } : {}),
      ...(view.sort ? { sort: view.sort } : {}),
      ...(onlyDeleted ? { onlyDeleted } : {}),
      ...(ids ? { ids } : {}),
    }),
    // The view's key stands for the view.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [def.name, viewKey, onlyDeleted, ids],
  );

  return {
    query,
    view,
    searchInput,
    setSearchInput,
    flushSearch: searchHandlers.flush,
    filters: view.filters,
    setFilter,
    apply,
    onlyDeleted,
    setOnlyDeleted,
    sort: view.sort ?? def.defaultSort,
    toggleSort,
    clear: () => apply({ search: '', filters: {} }),
    hasCriteria: Boolean(view.search) || Object.keys(view.filters).length > 0,
  };
}

export type ListQueryState = ReturnType<typeof useListQuery>;
