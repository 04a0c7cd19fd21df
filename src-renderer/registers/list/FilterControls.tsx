import { Select } from '@mantine/core';
import { optionSearch } from '../form/optionSearch';
import { useTranslation } from 'react-i18next';
import type { RegisterDef } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { textWidth } from '../../util/textWidth';
import { DateRangeFilter } from './DateRangeFilter';
import { expiryWindows, filterOptions } from './filterOptions';
import { RefFilterChip } from './RefFilterChip';

interface Props {
  def: RegisterDef;
  values: Record<string, string>;
  onChange: (key: string, value: string | null) => void;
}

/**
 * One control per filter the register defines; the choices come from the definitions, not from code.
 * A tableRef filter (a person's delegations) has too many values to pick from here: it is set by a link
 * and shows as a chip that can be removed.
 */
export function FilterControls({ def, values, onChange }: Props) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const { findRegister } = useAppData();
  const departments = useDepartments();

  return def.filters.map((filter) => {
    if (filter.kind === 'tableRef') {
      const id = values[filter.key];
      return id ? <RefFilterChip key={filter.key} def={def} filter={filter} id={id} onClear={() => onChange(filter.key, null)} /> : null;
    }
    if (filter.kind === 'dateRange') {
      return <DateRangeFilter key={filter.key} filter={filter} value={values[filter.key]} onChange={(v) => onChange(filter.key, v)} />;
    }
    const data =
      filter.kind === 'department'
        ? departments.options
        : filter.kind === 'expiryWindow'
          ? expiryWindows.map((w) => ({ value: w, label: w === 'lapsed' ? t('expiry.lapsedFilter') : t('expiry.window', { count: Number(w) }) }))
          : filterOptions(def, filter, findRegister).map((o) => ({ value: o.value, label: l(o.label) }));
    const search = filter.kind === 'department' || filter.kind === 'expiryWindow' ? {} : { filter: optionSearch(filterOptions(def, filter, findRegister)) };
    return (
      <Select
        key={filter.key}
        data-testid={`filter-${filter.key}`}
        aria-label={l(filter.label)}
        placeholder={l(filter.label)}
        data={data}
        value={values[filter.key] ?? null}
        onChange={(v) => onChange(filter.key, v)}
        clearable
        {...search}
        searchable={data.length > 8}
        selectFirstOptionOnChange
        nothingFoundMessage={t('form.nothingFound')}
        w={Math.max(140, Math.round(textWidth(filter.label, locale)) + 56)}
        comboboxProps={{ width: 'max-content', position: 'bottom-start' }}
        maxDropdownHeight={320}
      />
    );
  });
}
