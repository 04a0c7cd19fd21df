import { UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { ListQuery, RegisterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { alignsRight, type ListColumns } from './columns';
import classes from './RecordTable.module.css';

export type Sort = NonNullable<ListQuery['sort']>;

interface Props {
  def: RegisterDef;
  columns: ListColumns;
  sort: Sort;
  onSort: (field: string) => void;
}

/** Column titles; the sortable ones are buttons that cycle ascending, descending, back to the default. */
export function ListHeader({ def, columns, sort, onSort }: Props) {
  const { l } = useLocale();
  return (
    <div className={classes.header} style={{ gridTemplateColumns: columns.template }} role="row">
      {columns.fields.map((field) => {
        const label = l(field.label);
        const active = sort.field === field.key;
        const align = alignsRight(field) ? ({ textAlign: 'right' } as const) : undefined;
        if (!def.sortable.includes(field.key)) {
          return (
            <div key={field.key} className={classes.headerCell} style={align} role="columnheader" title={label}>
              <span className={classes.headerLabel}>{label}</span>
            </div>
          );
        }
        const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
        return (
          <div
            key={field.key}
            className={classes.headerCell}
            style={align}
            role="columnheader"
            aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
          >
            <UnstyledButton className={classes.sortButton} style={align} onClick={() => onSort(field.key)} data-testid={`sort-${field.key}`} title={label}>
              <span className={classes.headerLabel}>{label}</span>
              <Icon size={14} style={{ flexShrink: 0, opacity: active ? 1 : 0.4 }} />
            </UnstyledButton>
          </div>
        );
      })}
    </div>
  );
}
