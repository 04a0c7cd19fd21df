import { Pill } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterDef, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useLocale } from '../../i18n/useLocale';

interface Props {
  def: RegisterDef;
  /** A tableRef filter ("members.person" names the table and its ref column) or a ref filter (a reference field). */
  filter: FilterDef;
  id: string;
  onClear: () => void;
}

/** "Member: 张三 ×" — a filter set by a link, named by the record it refers to. */
export function RefFilterChip({ def, filter, id, onClear }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();
  const [table, column] = filter.field.split('.');
  const field = def.fields.find((f) => f.key === table);
  const register = column ? field?.columns?.find((c) => c.key === column)?.ref : field?.ref;
  const [title, setTitle] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    if (register) {
      // Without a title the chip still works, showing the id.
      invoke('records.options', { register, ids: [id] }).then(
        (rows) => live && setTitle(rows[0]?.title ?? null),
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [register, id]);

  return (
    <Pill
      size="lg"
      withRemoveButton
      onRemove={onClear}
      removeButtonProps={{ 'aria-label': t('list.clearFilter') }}
      data-testid={`filter-${filter.key}`}
    >
      {l(filter.label)}
      {t('history.separator')}
      {title ?? id}
    </Pill>
  );
}
