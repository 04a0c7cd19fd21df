import { useCallback, useEffect, useRef, useState } from 'react';
import type { ListQuery, RecordDto } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { notifyError } from '../../util/notify';

const pageSize = 100;

export interface RecordPages {
  rows: RecordDto[];
  /** Null until the first page has answered. */
  total: number | null;
  hasMore: boolean;
  loading: boolean;
  loadMore: () => void;
}

/**
 * Pages through a register with the backend's keyset cursor, 100 rows at a time, as the table scrolls.
 * A new query (or a revision bump after an edit) starts over; answers to superseded queries are dropped.
 */
export function useRecordPages(query: Omit<ListQuery, 'after' | 'limit'>, revision: number): RecordPages {
  const [rows, setRows] = useState<RecordDto[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const next = useRef<string | undefined>(undefined);
  const generation = useRef(0);
  const queryKey = JSON.stringify(query);

  const fetchPage = useCallback(
    (after: string | undefined, gen: number) => {
      setLoading(true);
      const q = JSON.parse(queryKey) as ListQuery;
      invoke('records.list', { ...q, limit: pageSize, ...(after ? { after } : {}) })
        .then((page) => {
          if (gen !== generation.current) return;
          next.current = page.next;
          setTotal(page.total);
          setRows((prev) => (after ? [...prev, ...page.rows] : page.rows));
        }, notifyError)
        .finally(() => {
          if (gen === generation.current) setLoading(false);
        });
    },
    [queryKey],
  );

  useEffect(() => {
    const gen = ++generation.current;
    next.current = undefined;
    fetchPage(undefined, gen);
  }, [fetchPage, revision]);

  const loadMore = useCallback(() => {
    if (!loading && next.current) fetchPage(next.current, generation.current);
  }, [loading, fetchPage]);

  return { rows, total, hasMore: Boolean(next.current), loading, loadMore };
}
