import { useEffect, useState } from 'react';
import { reminderRegisters, type ReminderList } from '../../../src-main/contract';
import { invoke } from '../../api/client';
import { useAppData } from '../../app/AppDataContext';

/**
 * The reminders as of now, reloaded when a record that can raise or clear one changes here, or when
 * `extra` changes (the deadlines were edited). Counting them reads every open trip, so other edits do not
 * trigger it.
 */
export function useReminders(limit: number, extra = 0): ReminderList | null {
  const { revision } = useAppData();
  const [list, setList] = useState<ReminderList | null>(null);
  const changes = reminderRegisters.map((name) => revision(name)).join(',');
  useEffect(() => {
    let live = true;
    // A failed count must not break navigation; the page shows the error when opened.
    invoke('reminders.list', { limit }).then(
      (l) => live && setList(l),
      () => live && setList(null),
    );
    return () => {
      live = false;
    };
  }, [changes, extra, limit]);
  return list;
}
