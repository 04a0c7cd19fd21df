import { MultiSelect, Select } from '@mantine/core';
import { optionSearch } from '../form/optionSearch';
import { useTranslation } from 'react-i18next';
import { filterValues, takesSeveral, type FilterValue, type RegisterDef } from '../../../src-main/contract';
import { useAppData } from '../../app/AppDataContext';
import { useDepartments } from '../../app/DepartmentsContext';
import { useLocale } from '../../i18n/useLocale';
import { textWidth } from '../../util/textWidth';
import { DateRangeFilter } from './DateRangeFilter';
import { expiryWindows, filterOptions } from './filterOptions';
import { RefFilterChip } from './RefFilterChip';

interface Props {
  def: RegisterDef;
  values: Record<string, FilterValue>;
  onChange: (key: string, value: FilterValue | null) => void;
}

/**
 * One control per filter the register defines; the choices come from the definitions, not from code. A filter
 * that takes several values (a status, a department, a country) is a multiple choice: a record matches any of them.
 * A tableRef or ref filter (a person's delegations) has too many values to pick from here: it is set by a link
 * and shows as a chip that can be removed.
 */
export function FilterControls({ def, values, onChange }: Props) {
  const { t } = useTranslation();
  const { l, locale } = useLocale();
  const { findRegister } = useAppData();
  const departments = useDepartments();

  return def.filters.map((filter) => {
    if (filter.kind === 'tableRef' || filter.kind === 'ref') {
      const id = values[filter.key];
      return id !== undefined ? (
        <RefFilterChip
          key={filter.key}
          def={def}
          filter={filter}
          id={filterValues(id).join(',')}
          onClear={() => onChange(filter.key, null)}
        />
      ) : null;
    }
    if (filter.kind === 'dateRange') {
      const value = values[filter.key];
      return (
        <DateRangeFilter
          key={filter.key}
          filter={filter}
          value={value === undefined ? undefined : String(value)}
          onChange={(v) => onChange(filter.key, v)}
        />
      );
    }
    const data =
      filter.kind === 'department'
        ? departments.options
        : filter.kind === 'expiryWindow'
          ? expiryWindows.map((w) => ({
              value: w,
              label: w === 'lapsed' ? t('expiry.lapsedFilter') : t('expiry.window', { count: Number(w) }),
            }))
          : filterOptions(def, filter, findRegister).map((o) => ({ value: o.value, label: l(o.label) }));
    const width = Math.max(140, Math.round(textWidth(filter.label, locale)) + 56);
    const common = {
      'data-testid': `filter-${filter.key}`,
      'aria-label': l(filter.label),
      data,
      clearable: true,
      clearButtonProps: { 'aria-label': t('list.clearFilter') },
      searchable: data.length > 8,
      nothingFoundMessage: t('form.nothingFound'),
      comboboxProps: { width: 'max-content', position: 'bottom-start' } as const,
      maxDropdownHeight: 320,
      // Countries and other long lists are found by code, Chinese or English name.
      ...(filter.kind === 'department' || filter.kind === 'expiryWindow'
        ? {}
        : { filter: optionSearch(filterOptions(def, filter, findRegister)) }),
    };
    const value = values[filter.key];
    if (takesSeveral(filter.kind)) {
      const chosen = value === undefined ? [] : filterValues(value);
      return (
        <MultiSelect
          key={filter.key}
          {...common}
          placeholder={chosen.length ? undefined : l(filter.label)}
          value={chosen}
          onChange={(v) => onChange(filter.key, v.length ? v : null)}
          miw={width}
          maw={360}
          styles={{ inputField: { minWidth: 24 } }}
        />
      );
    }
    return (
      <Select
        key={filter.key}
        {...common}
        placeholder={l(filter.label)}
        value={value === undefined ? null : String(value)}
        onChange={(v) => onChange(filter.key, v)}
        selectFirstOptionOnChange
        w={width}
      />
    );
  });
}
