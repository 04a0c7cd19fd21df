import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo, RecordDto, RegisterDef } from '../../src-main/contract';

export interface AppData {
  info: AppInfo;
  registers: RegisterDef[];
  findRegister: (name: string) => RegisterDef | undefined;
  /**
   * Writes are refused for read-only installations (review: the one place the whole UI turns read-only), for
   * office-only registers outside the office, for another department's records on a department laptop, and
   * for a record in conflict until it is resolved. The backend enforces the same; this hides buttons.
   */
  canWrite: (def: RegisterDef, record?: RecordDto) => boolean;
  /** Bumped after a save, delete or restore so every view of that register reloads. */
  revision: (register: string) => number;
  touch: (register: string) => void;
  /** After a bundle import, which may change any register. */
  touchAll: () => void;
}

const AppDataContext = createContext<AppData | null>(null);

export function AppDataProvider({ info, registers, children }: { info: AppInfo; registers: RegisterDef[]; children: ReactNode }) {
  const [revisions, setRevisions] = useState<Record<string, number>>({});
  const touch = useCallback((register: string) => setRevisions((r) => ({ ...r, [register]: (r[register] ?? 0) + 1 })), []);
  const touchAll = useCallback(
    () => setRevisions((r) => Object.fromEntries(registers.map((d) => [d.name, (r[d.name] ?? 0) + 1]))),
    [registers],
  );
  const value = useMemo<AppData>(() => {
    const byName = new Map(registers.map((r) => [r.name as string, r]));
    const role = info.installation.role;
    return {
      info,
      registers,
      findRegister: (name) => byName.get(name),
      canWrite: (def, record) =>
        !info.readOnly &&
        role !== 'review' &&
        (!def.officeOnly || role === 'office') &&
        (!record || role !== 'department' || info.installation.departments.includes(record.department)) &&
        !record?.meta.conflict &&
        !record?.context,
      revision: (register) => revisions[register] ?? 0,
      touch,
      touchAll,
    };
  }, [info, registers, revisions, touch, touchAll]);
  return <AppDataContext.Provider value={value}>{children}</AppDataContext.Provider>;
}

export function useAppData(): AppData {
  const ctx = useContext(AppDataContext);
  if (!ctx) throw new Error('useAppData outside AppDataProvider');
  return ctx;
}
