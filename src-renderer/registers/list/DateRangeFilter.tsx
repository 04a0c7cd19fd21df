import { DatePickerInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { FilterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  filter: FilterDef;
  /** "from..to", either end possibly empty. */
  value: string | undefined;
  onChange: (value: string | null) => void;
}

/**
 * A dateRange filter as one range picker. The first click already narrows the list to "from then on";
 * the second closes the range.
 */
export function DateRangeFilter({ filter, value, onChange }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [from = '', to = ''] = value?.split('..') ?? [];
  return (
    <DatePickerInput
      type="range"
      data-testid={`filter-${filter.key}`}
      aria-label={l(filter.label)}
      placeholder={l(filter.label)}
      valueFormat="YYYY-MM-DD"
      monthLabelFormat={t('form.monthLabelFormat')}
      labelSeparator="–"
      allowSingleDateInRange
      clearable
      value={[from || null, to || null]}
      onChange={([start, end]) => onChange(start || end ? `${start ?? ''}..${end ?? ''}` : null)}
      miw={150}
      maw={240}
    />
  );
}
