import { useEffect, useState } from 'react';
import type { ReminderList } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';

/**
 * The reminders as of now, reloaded whenever any record changes here (saving a record can raise or clear
 * one) or when `extra` changes (the deadlines were edited).
 */
export function useReminders(extra = 0): ReminderList | null {
  const { registers, revision } = useAppData();
  const [list, setList] = useState<ReminderList | null>(null);
  const changes = registers.map((r) => revision(r.name)).join(',');
  useEffect(() => {
    let live = true;
    // A failed count must not break navigation; the page shows the error when opened.
    invoke('reminders.list', {}).then((l) => live && setList(l), () => live && setList(null));
    return () => {
      live = false;
    };
  }, [changes, extra]);
  return list;
}
