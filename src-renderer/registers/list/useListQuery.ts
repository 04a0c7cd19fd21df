import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { ListQuery, RegisterDef } from '../../../src-main/contract';
import type { Sort } from './ListHeader';

const searchDelayMs = 250;

/**
 * What the list shows: search text (debounced while typing), filters, sort, deleted or live records.
 * `linked` are filters a link set in the address ("this person's delegations"); following another such
 * link replaces the filters. `ids` restricts the list to the records behind a figure, whatever else is chosen.
 */
export function useListQuery(def: RegisterDef, linked?: Record<string, string>, ids?: string[]) {
  const [searchInput, setSearchInput] = useState('');
  const [search, , searchHandlers] = useDebouncedValue(searchInput.trim(), searchDelayMs);
  const [filters, setFilters] = useState<Record<string, string>>(linked ?? {});
  const linkedKey = linked ? JSON.stringify(linked) : '';
  useEffect(() => {
    if (linkedKey) setFilters(JSON.parse(linkedKey) as Record<string, string>);
  }, [linkedKey]);
  const [onlyDeleted, setOnlyDeleted] = useState(false);
  const [sort, setSort] = useState<Sort | undefined>(undefined);

  const setFilter = (key: string, value: string | null) =>
    setFilters(({ [key]: _dropped, ...rest }) => (value ? { ...rest, [key]: value } : rest));

  /** Ascending, then descending, then back to the register's default order. */
  const toggleSort = (field: string) =>
    setSort((s) => (s?.field !== field ? { field, direction: 'asc' } : s.direction === 'asc' ? { field, direction: 'desc' } : undefined));

  const clear = () => {
    setSearchInput('');
    setFilters({});
  };

  const query = useMemo<Omit<ListQuery, 'after' | 'limit'>>(
    () => ({
      register: def.name,
      ...(search ? { search } : {}),
      ...(Object.keys(filters).length ? { filters } : {}),
      ...(sort ? { sort } : {}),
      ...(onlyDeleted ? { onlyDeleted } : {}),
      ...(ids ? { ids } : {}),
    }),
    [def.name, search, filters, sort, onlyDeleted, ids],
  );

  return {
    query,
    searchInput,
    setSearchInput,
    flushSearch: searchHandlers.flush,
    filters,
    setFilter,
    onlyDeleted,
    setOnlyDeleted,
    sort: sort ?? def.defaultSort,
    toggleSort,
    clear,
    hasCriteria: Boolean(search) || Object.keys(filters).length > 0,
  };
}

export type ListQueryState = ReturnType<typeof useListQuery>;
