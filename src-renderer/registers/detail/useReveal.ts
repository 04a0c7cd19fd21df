import { useState } from 'react';
import type { FieldValue, RecordDto, RegisterDef } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { notifyError } from '../../util/notify';

export interface Reveal {
  /** The record with its masked fields in full once revealed. */
  shown: RecordDto | null;
  reveal: () => void;
  revealing: boolean;
  /** How many reveals so far: each is a new history entry. */
  count: number;
}

/**
 * Masked fields (passport numbers) arrive masked; asking for them in full is logged in the record's
 * history. The revealed values last until the record changes.
 */
export function useReveal(def: RegisterDef, record: RecordDto | null): Reveal {
  const [revealed, setRevealed] = useState<{ version: string; values: Record<string, FieldValue> } | null>(null);
  const [revealing, setRevealing] = useState(false);
  const [count, setCount] = useState(0);

  const reveal = () => {
    if (!record) return;
    setRevealing(true);
    invoke('records.get', { register: def.name, id: record.id, reveal: true })
      .then((full) => {
        setRevealed({ version: full.meta.version, values: full.values });
        setCount((n) => n + 1);
      }, notifyError)
      .finally(() => setRevealing(false));
  };

  // A version is one change of one record, so a revealed copy of another version (or record) is stale.
  const current = revealed && record && revealed.version === record.meta.version ? revealed : null;
  const shown = record && current ? { ...record, values: { ...record.values, ...current.values }, masked: [] } : record;
  return { shown, reveal, revealing, count };
}
