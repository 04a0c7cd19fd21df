import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { notifyError } from '../../util/notify';

type Option = { value: string; label: string };

interface Props extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  register: string;
  value: string | null;
  onChange: (value: string | null) => void;
  /** Title of the record already chosen, so it shows before any search. */
  initialTitle?: string;
  /** Offer only records of these departments (a department laptop choosing its own people); all when absent. */
  departments?: string[];
}

/** Picks a record of another register; the backend searches, since a register can hold 100k records. */
export function RefSelect({ register, value, onChange, initialTitle, departments, ...props }: Props) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Option | null>(value && initialTitle ? { value, label: initialTitle } : null);
  const [search, setSearch] = useState('');
  // Mantine puts the chosen label into the search box; that is not a search.
  const [query] = useDebouncedValue(search === chosen?.label ? '' : search.trim(), 250);
  const [found, setFound] = useState<Option[]>([]);

  useEffect(() => {
    let live = true;
    invoke('records.options', { register, ...(query ? { search: query } : {}) }).then(
      (rows) =>
        live &&
        setFound(rows.filter((r) => !departments || departments.includes(r.department)).map((r) => ({ value: r.id, label: r.title }))),
      notifyError,
    );
    return () => {
      live = false;
    };
  }, [register, query, departments]);

  useEffect(() => {
    if (!value || chosen?.value === value) return;
    invoke('records.options', { register, ids: [value] }).then((rows) => {
      const row = rows[0];
      if (row) setChosen({ value: row.id, label: row.title });
    }, notifyError);
  }, [register, value, chosen?.value]);

  const data = useMemo(() => (chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found), [chosen, found]);

  return (
    <Select
      {...props}
      data={data}
      value={value}
      onChange={(v, option) => {
        setChosen(v ? option : null);
        onChange(v);
      }}
      searchable
      selectFirstOptionOnChange
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      placeholder={t('form.search')}
      nothingFoundMessage={t('form.nothingFound')}
      clearable
    />
  );
}
