import { Checkbox, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import type { PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { alignsRight, type ListColumns } from './columns';
import type { Sort } from './listAddress';
import classes from './RecordTable.module.css';
import type { SelectionState } from './useSelection';

export type { Sort };

interface Props {
  def: RegisterDef;
  columns: ListColumns;
  sort: Sort;
  onSort: (field: string) => void;
  selection?: SelectionState;
  /** A column's width dragged to `width` pixels; `done` once the pointer is released. */
  onResize: (field: string, width: number, done: boolean) => void;
  /** Back to the width its content asks for. */
  onResetWidth: (field: string) => void;
}

/** Column titles; the sortable ones are buttons that cycle ascending, descending, back to the default. Each edge drags. */
export function ListHeader({ def, columns, sort, onSort, selection, onResize, onResetWidth }: Props) {
  const { t } = useTranslation();
  const { l } = useLocale();

  const startResize = (event: PointerEvent<HTMLDivElement>, field: string) => {
    event.preventDefault();
    event.stopPropagation();
    const handle = event.currentTarget;
    const start = handle.parentElement!.getBoundingClientRect().width;
    const x0 = event.clientX;
    handle.setPointerCapture(event.pointerId);
    const widthAt = (x: number) => Math.max(48, Math.round(start + x - x0));
    const move = (e: globalThis.PointerEvent) => onResize(field, widthAt(e.clientX), false);
    const up = (e: globalThis.PointerEvent) => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      onResize(field, widthAt(e.clientX), true);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };

  return (
    <div className={classes.header} style={{ gridTemplateColumns: columns.template }} role="row">
      {selection ? (
        <div className={classes.selectCell} role="columnheader">
          <Checkbox
            size="xs"
            aria-label={t('bulk.selectPage')}
            title={t('bulk.selectPage')}
            data-testid="select-page"
            checked={selection.page === 'all'}
            indeterminate={selection.page === 'some'}
            onChange={selection.togglePage}
          />
        </div>
      ) : null}
      {columns.fields.map((field) => {
        const label = l(field.label);
        const active = sort.field === field.key;
        const align = alignsRight(field) ? ({ textAlign: 'right' } as const) : undefined;
        const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;
        return (
          <div
            key={field.key}
            className={classes.headerCell}
            style={align}
            role="columnheader"
            data-testid={`column-${field.key}`}
            aria-sort={
              !def.sortable.includes(field.key) ? undefined : active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'
            }
          >
            {def.sortable.includes(field.key) ? (
              <UnstyledButton
                className={classes.sortButton}
                style={align}
                onClick={() => onSort(field.key)}
                data-testid={`sort-${field.key}`}
                title={label}
              >
                <span className={classes.headerLabel}>{label}</span>
                <Icon size={14} style={{ flexShrink: 0, opacity: active ? 1 : 0.4 }} />
              </UnstyledButton>
            ) : (
              <span className={classes.headerLabel} title={label}>
                {label}
              </span>
            )}
            <div
              className={classes.resizer}
              title={t('columns.resize')}
              data-testid={`resize-${field.key}`}
              onPointerDown={(e) => startResize(e, field.key)}
              onDoubleClick={() => onResetWidth(field.key)}
              onClick={(e) => e.stopPropagation()}
            />
          </div>
        );
      })}
    </div>
  );
}
