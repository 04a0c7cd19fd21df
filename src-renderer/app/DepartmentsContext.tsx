import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Localized } from '../../src-main/contract';
import { invoke } from '../api/client';
import { useLocale } from '../i18n/useLocale';
import { notifyError } from '../util/notify';
import { useAppData } from './AppDataContext';

/**
 * Department fields store the department's code; people read its name. The department register is small
 * (tens of records), so the whole of it is loaded once and reloaded after it changes.
 */
interface Departments {
  name: (code: string) => string;
  options: { value: string; label: string }[];
}

const DepartmentsContext = createContext<Departments>({ name: (code) => code, options: [] });

/** Fields of the department register that name a department (its code is what other records store). */
const codeField = 'code';
const nameFields: Record<keyof Localized, string> = { zh: 'nameZh', en: 'nameEn' };

export function DepartmentsProvider({ children }: { children: ReactNode }) {
  const { revision } = useAppData();
  const { l } = useLocale();
  const [names, setNames] = useState<Map<string, Localized>>(new Map());
  const rev = revision('department');

  useEffect(() => {
    let live = true;
    invoke('records.list', { register: 'department', limit: 500, sort: { field: codeField, direction: 'asc' } }).then((page) => {
      if (!live) return;
      const map = new Map<string, Localized>();
      for (const row of page.rows) {
        const code = String(row.values[codeField] ?? '');
        const zh = String(row.values[nameFields.zh] ?? code);
        map.set(code, { zh, en: String(row.values[nameFields.en] ?? '') || zh });
      }
      setNames(map);
    }, notifyError);
    return () => {
      live = false;
    };
  }, [rev]);

  const value = useMemo<Departments>(
    () => ({
      name: (code) => {
        const n = names.get(code);
        return n ? l(n) : code;
      },
      options: [...names].map(([code, n]) => ({ value: code, label: `${l(n)} (${code})` })),
    }),
    [names, l],
  );
  return <DepartmentsContext.Provider value={value}>{children}</DepartmentsContext.Provider>;
}

export const useDepartments = (): Departments => useContext(DepartmentsContext);
