import { useCallback, useSyncExternalStore } from 'react';
import type { ListPreferences } from '../../src-main/contract';
import { invoke } from '../api/client';
import { notifyError } from '../util/notify';

/**
 * Each register's list as the person left it (columns, widths, saved filters), kept in the installation's settings
 * like the language: the web host's origin changes per launch, so browser storage would forget it. Read once with
 * the settings at start, then changed here and saved one register at a time.
 */
let lists: Record<string, ListPreferences> = {};
const listeners = new Set<() => void>();

export function seedListPreferences(stored: Record<string, ListPreferences>): void {
  lists = stored;
  for (const l of listeners) l();
}

const subscribe = (onChange: () => void) => {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
};

const none: ListPreferences = {};

export function useListPreferences(register: string): [ListPreferences, (patch: Partial<ListPreferences>) => void] {
  const prefs = useSyncExternalStore(subscribe, () => lists[register] ?? none);
  const save = useCallback(
    (patch: Partial<ListPreferences>) => {
      // A key set to undefined goes: "back to the default".
      const next = Object.fromEntries(
        Object.entries({ ...lists[register], ...patch }).filter(([, v]) => v !== undefined),
      ) as ListPreferences;
      seedListPreferences({ ...lists, [register]: next });
      invoke('settings.set', { lists: { [register]: next } }).catch(notifyError);
    },
    [register],
  );
  return [prefs, save];
}
