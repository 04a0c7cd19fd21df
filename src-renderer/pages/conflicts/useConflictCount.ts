import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';

/** How many records wait for a conflict to be resolved; asked again whenever any register changes (an import, a resolution). */
export function useConflictCount(): number {
  const { registers, revision } = useAppData();
  const changes = registers.reduce((n, r) => n + revision(r.name), 0);
  const [count, setCount] = useState(0);
  useEffect(() => {
    let live = true;
    invoke('conflicts.list', {}).then(
      (list) => live && setCount(list.length),
      () => live && setCount(0),
    );
    return () => {
      live = false;
    };
  }, [changes]);
  return count;
}
