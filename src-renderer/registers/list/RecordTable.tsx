import { Checkbox, Loader, Skeleton, Stack } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useElementSize, useMergedRef } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegisterDef } from '../../../src-main/contract';
import { useListPreferences } from '../../app/useListPreferences';
import { useLocale } from '../../i18n/useLocale';
import { useTextLookups } from '../values/useTextLookups';
import { chosenFields, contentWidths, listColumns } from './columns';
import { ListCell } from './ListCell';
import { ListHeader, type Sort } from './ListHeader';
import classes from './RecordTable.module.css';
import type { RecordPages } from './useRecordPages';
import type { SelectionState } from './useSelection';

const rowHeight = 41;
/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const prefetchRows = 40;

interface Props {
  def: RegisterDef;
  /** Changes with the query: a new result starts at its top. */
  queryKey: string;
  pages: RecordPages;
  sort: Sort;
  onSort: (field: string) => void;
  onOpen: (id: string) => void;
  /** Rows can be ticked for a bulk action. */
  selection?: SelectionState;
}

/** The list: only the rows in view are in the DOM, so 100k records scroll like 100. */
export function RecordTable({ def, queryKey, pages, sort, onSort, onOpen, selection }: Props) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  // The room the columns share: the table's own width, followed as the window changes.
  const { ref: sized, width: available } = useElementSize<HTMLDivElement>();
  const scrollerRef = useMergedRef(scroller, sized);
  const { locale } = useLocale();
  const lookups = useTextLookups();
  const { rows, hasMore, loading, loadMore } = pages;
  const [prefs, savePrefs] = useListPreferences(def.name);
  /** A width being dragged, shown before it is saved. */
  const [dragging, setDragging] = useState<{ field: string; width: number } | null>(null);
  const fields = useMemo(() => chosenFields(def, prefs.columns), [def, prefs.columns]);
  // Sized from the first page that has rows, so a column does not jump as more rows load.
  const firstRows = rows.length > 0 ? rows.slice(0, 100) : null;
  const sizedBy = firstRows ? `${queryKey}:${firstRows.length}` : '';
  // `sizedBy` stands for the first rows: a later page leaves the widths as they were.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const content = useMemo(() => (firstRows ? contentWidths(def, fields, firstRows, lookups) : {}), [sizedBy, def, fields, lookups]);
  const widths = useMemo(() => (dragging ? { ...prefs.widths, [dragging.field]: dragging.width } : prefs.widths), [dragging, prefs.widths]);
  const columns = useMemo(
    () => listColumns(def, locale, { fields, widths, content, selectable: Boolean(selection), available: Math.floor(available) - 2 }),
    [def, locale, fields, widths, content, selection, available],
  );
  const columnKeys = columns.fields.map((f) => f.key);

  const resize = (field: string, width: number, done: boolean) => {
    if (!done) return setDragging({ field, width });
    setDragging(null);
    savePrefs({ widths: { ...prefs.widths, [field]: width } });
  };
  const resetWidth = (field: string) => {
    const { [field]: _reset, ...rest } = prefs.widths ?? {};
    savePrefs({ widths: Object.keys(rest).length ? rest : undefined });
  };
  const count = rows.length + (hasMore ? 1 : 0);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && !loading && lastIndex >= rows.length - prefetchRows) loadMore();
  }, [hasMore, loading, lastIndex, rows.length, loadMore]);

  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, id: string) => {
    if (event.key === 'Enter') onOpen(id);
    const sibling =
      event.key === 'ArrowDown'
        ? event.currentTarget.nextElementSibling
        : event.key === 'ArrowUp'
          ? event.currentTarget.previousElementSibling
          : null;
    if (sibling instanceof HTMLElement && sibling.dataset.row) {
      event.preventDefault();
      sibling.focus();
    }
  };

  return (
    <div ref={scrollerRef} className={classes.scroller} role="table" data-testid="record-table">
      <div style={{ minWidth: columns.minWidth }}>
        <ListHeader
          def={def}
          columns={columns}
          sort={sort}
          onSort={onSort}
          selection={selection}
          onResize={resize}
          onResetWidth={resetWidth}
        />
        {rows.length === 0 && loading ? (
          <Stack gap={12} p="sm" data-testid="list-loading">
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <Skeleton key={n} h={20} />
            ))}
          </Stack>
        ) : null}
        <div className={classes.body} style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row = rows[item.index];
            const style = { transform: `translateY(${item.start}px)`, height: rowHeight };
            if (!row) {
              return (
                <div key="more" className={`${classes.row} ${classes.more}`} style={style}>
                  <Loader size="sm" type="dots" />
                </div>
              );
            }
            return (
              <div
                key={row.id}
                className={`${classes.row} ${row.meta.deleted ? classes.deleted : ''} ${selection?.isSelected(row.id) ? classes.selected : ''}`}
                style={{ ...style, gridTemplateColumns: columns.template }}
                role="row"
                tabIndex={0}
                data-row="1"
                data-testid={`row-${row.id}`}
                onClick={() => onOpen(row.id)}
                onKeyDown={(e) => onRowKey(e, row.id)}
              >
                {selection ? (
                  <div className={classes.selectCell} role="cell" onClick={(e) => e.stopPropagation()}>
                    <Checkbox
                      size="xs"
                      aria-label={t('bulk.selectRow')}
                      data-testid={`select-${row.id}`}
                      checked={selection.isSelected(row.id)}
                      onChange={() => selection.toggle(row.id)}
                    />
                  </div>
                ) : null}
                {columns.fields.map((field) => (
                  <div key={field.key} className={classes.cell} role="cell">
                    <ListCell def={def} field={field} columns={columnKeys} row={row} lookups={lookups} />
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
