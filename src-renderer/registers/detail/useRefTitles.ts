import { useEffect, useState } from 'react';
import type { FieldChange, RegisterDef, TableRow } from '../../../src-main/contract';
import { invoke } from '../../api/client';

/**
 * Titles of the records that history entries refer to (in ref fields and in table rows' ref columns),
 * fetched in one call per referenced register.
 */
export function useRefTitles(def: RegisterDef, changes: FieldChange[]): ReadonlyMap<string, string> {
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = new Map<string, Set<string>>();
  const want = (ref: string | undefined, v: unknown) => {
    if (ref && typeof v === 'string') wanted.set(ref, (wanted.get(ref) ?? new Set()).add(v));
  };
  for (const c of changes) {
    const field = def.fields.find((f) => f.key === c.field);
    for (const v of [c.before, c.after]) {
      if (field?.type === 'ref') want(field.ref, v);
      if (field?.type !== 'table' || !Array.isArray(v)) continue;
      for (const col of field.columns ?? []) if (col.type === 'ref') for (const row of v as TableRow[]) want(col.ref, row[col.key]);
    }
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
