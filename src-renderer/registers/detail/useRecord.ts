import { useEffect, useState } from 'react';
import type { RecordDto } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { ApiError } from '../../api/errors';
import { notifyError } from '../../util/notify';

export type RecordState = { status: 'loading' } | { status: 'missing' } | { status: 'ready'; record: RecordDto };

/** One record, reloaded when its register's revision moves (after an edit, delete or restore). */
export function useRecord(register: string, id: string, revision: number): RecordState {
  const [state, setState] = useState<RecordState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    invoke('records.get', { register, id }).then(
      (record) => live && setState({ status: 'ready', record }),
      (err) => {
        if (!live) return;
        if (err instanceof ApiError && err.code === 'NOT_FOUND') setState({ status: 'missing' });
        else notifyError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [register, id, revision]);
  // A different record starts from a skeleton rather than showing the previous one's values.
  useEffect(() => setState({ status: 'loading' }), [register, id]);
  return state;
}
