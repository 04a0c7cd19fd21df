import { Loader, Skeleton, Stack } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import type { RegisterDef } from '../../../src-main/contract';
import { useLocale } from '../../i18n/useLocale';
import { useTextLookups } from '../values/useTextLookups';
import { listColumns } from './columns';
import { ListCell } from './ListCell';
import { ListHeader, type Sort } from './ListHeader';
import classes from './RecordTable.module.css';
import type { RecordPages } from './useRecordPages';

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
}

/** The list: only the rows in view are in the DOM, so 100k records scroll like 100. */
export function RecordTable({ def, queryKey, pages, sort, onSort, onOpen }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const { locale } = useLocale();
  const columns = useMemo(() => listColumns(def, locale), [def, locale]);
  const lookups = useTextLookups();
  const { rows, hasMore, loading, loadMore } = pages;
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
      event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.key === 'ArrowUp' ? event.currentTarget.previousElementSibling : null;
    if (sibling instanceof HTMLElement && sibling.dataset.row) {
      event.preventDefault();
      sibling.focus();
    }
  };

  return (
    <div ref={scroller} className={classes.scroller} role="table" data-testid="record-table">
      <div style={{ minWidth: columns.minWidth }}>
        <ListHeader def={def} columns={columns} sort={sort} onSort={onSort} />
        {rows.length === 0 && loading ? (
          <Stack gap={12} p="sm" data-testid="list-loading">
            {[1, 2, 3, 4, 5, 6].map((n) => <Skeleton key={n} h={20} />)}
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
                className={`${classes.row} ${row.meta.deleted ? classes.deleted : ''}`}
                style={{ ...style, gridTemplateColumns: columns.template }}
                role="row"
                tabIndex={0}
                data-row="1"
                data-testid={`row-${row.id}`}
                onClick={() => onOpen(row.id)}
                onKeyDown={(e) => onRowKey(e, row.id)}
              >
                {columns.fields.map((field) => (
                  <div key={field.key} className={classes.cell} role="cell">
                    <ListCell def={def} field={field} row={row} lookups={lookups} />
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
