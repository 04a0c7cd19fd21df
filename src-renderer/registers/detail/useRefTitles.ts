import { useEffect, useState } from 'react';
import type { FieldChange, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';

/** Titles of the records that history entries refer to, fetched in one call per referenced register. */
export function useRefTitles(def: RegisterDef, changes: FieldChange[]): ReadonlyMap<string, string> {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = new Map<string, Set<string>>();
  for (const c of changes) {
    const ref = def.fields.find((f) => f.key === c.field && f.type === 'ref')?.ref;
    if (!ref) continue;
    for (const v of [c.before, c.after]) if (typeof v === 'string') wanted.set(ref, (wanted.get(ref) ?? new Set()).add(v));
  }
  const key = JSON.stringify([...wanted].map(([r, ids]) => [r, [...ids].sort()]));

  useEffect(() => {
    let live = true;
    const asked = JSON.parse(key) as [string, string[]][];
    Promise.all(asked.map(([register, ids]) => invoke('records.options', { register, ids: ids.slice(0, 200) }))).then(
      (answers) => live && setTitles(new Map(answers.flat().map((o) => [o.id, o.title]))),
      // Without titles the history still reads, with ids in their place.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [key]);
  return titles;
}
