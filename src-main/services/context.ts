import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { InstallationDto, RegisterDef } from '../contract';
import { AppError } from '../contract';
import { findRegister, registers } from '../core/registers';
import type { LockWait } from '../db/busy';
import { ChangeLog } from '../db/changeLog';
import { RegisterStore } from '../db/registerStore';
import type { Database } from '../db/schema';
import type { Clock } from '../ports/clock';

/** What every service works on: one open database, this installation, and the clock. */
export interface ServiceContext {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  dataDir: string;
  clock: Clock;
  self: InstallationDto;
  changes: ChangeLog;
  stores: Map<string, RegisterStore>;
  /** better-sqlite3's binary for Electron's ABI, for the other connections a backup or restore opens. */
  nativeBinding?: string;
  /** Set by a caller that can tell its user it waits for another process's write (the CLI). */
  lockWait?: LockWait;
}

export function createContext(base: Omit<ServiceContext, 'changes' | 'stores'>): ServiceContext {
  return {
    ...base,
    changes: new ChangeLog(base.sqlite),
    stores: new Map(registers.map((def) => [def.name, new RegisterStore(base.sqlite, def)])),
  };
}

export function registerOf(name: string): RegisterDef {
  const def = findRegister(name);
  if (!def) {
    throw new AppError('UNKNOWN_REGISTER', {
      zh: `没有名为“${name}”的台账。可用：${registers.map((r) => r.name).join('、')}`,
      en: `No register named "${name}". Available: ${registers.map((r) => r.name).join(', ')}`,
    });
  }
  return def;
}

export const storeOf = (ctx: ServiceContext, name: string): RegisterStore => {
  registerOf(name);
  return ctx.stores.get(name)!;
};
