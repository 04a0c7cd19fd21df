import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { AppError, type AppInfo, type DataHealth, type InstallationDto } from '../contract';
import { writeLockHeld, type LockWait } from '../db/busy';
import { openDatabase, unreadable } from '../db/openDatabase';
import { systemClock, type Clock } from '../ports/clock';
import { createHandlers } from '../rpc/handlers';
import { createDispatch, type Dispatch } from '../rpc/dispatch';
import { appVersion } from '../services/appVersion';
import { backupBeforeMigration } from '../services/backup/autoBackup';
import { ChangeWriter } from '../services/changeWriter';
import { createContext, type ServiceContext } from '../services/context';
import { markClosed, markOpen, uncleanStops } from '../services/cleanStop';
import { databaseFile } from '../services/dataDir';
import { permissionWarnings } from '../services/filePermissions';
import { checkDatabaseFile } from '../services/repair/fileCheck';
import { dataHealth } from '../services/repair/repairChannels';
import { keepDefaultsHome } from '../services/bundle/localDefaults';
import { loadDefaults } from '../services/defaults';
import { createSelf, defaultSetup, loadSelf, type InstallationSetup } from '../services/installation';
import { useSystemKey } from '../services/keyProtection';
import { ensureRecordLinks } from '../services/recordLinks';
import { ensureOfficeRoster } from '../services/trust/roster';

export interface OpenAppOptions {
  dataDir: string;
  nativeBinding?: string;
  clock?: Clock;
  /**
   * Create the data folder, database and installation when missing (the desktop app and `waiban init`).
   * Without it a missing database is an error, so a mistyped --data-dir never starts an empty office.
   */
  init?: InstallationSetup | 'default';
  onInternalError?: (err: unknown) => void;
  /** How a caller that can say it is waiting waits for another process's write (db/busy.ts). */
  lockWait?: LockWait;
  /** The private key the operating system keeps for the desktop app (services/keySealing.ts), opened. */
  systemKey?: string;
}

export interface WaibanApp {
  dispatch: Dispatch;
  close(): void;
  dataDir: string;
  ctx: ServiceContext;
  writer: ChangeWriter;
  /** True when this call created the installation. */
  created: boolean;
  /** The page check on open and the folder's permissions; a damaged database is open read-only. */
  health: DataHealth;
}

export const noDatabase = (dataDir: string): AppError =>
  new AppError('DATA_DIR_MISSING', {
    zh: `数据文件夹 ${dataDir} 中没有外办台账数据库。请先运行 waiban init，或用 --data-dir 指定正确的文件夹。`,
    en: `No Waiban database in ${dataDir}. Run \`waiban init\` first, or point --data-dir at the right folder.`,
  });

export async function openApp(options: OpenAppOptions): Promise<WaibanApp> {
  const { dataDir } = options;
  const file = databaseFile(dataDir);
  let fresh = false;
  if (!existsSync(file)) {
    if (!options.init) throw noDatabase(dataDir);
    // Passport numbers and the installation's key live here: the folder and the database are the user's alone.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'wx', 0o600));
    fresh = true;
  }
  const clock = options.clock ?? systemClock;
  try {
    await backupBeforeMigration(dataDir, clock.now(), options.nativeBinding);
  } catch (err) {
    // The backup checks what it copies: a damaged database with a migration to run fails it, and is said to be damaged.
    const check = checkDatabaseFile(dataDir, options.nativeBinding);
    throw check.damaged ? unreadable(file, check.report) : err;
  }
  const unclean = uncleanStops(dataDir);
  // Opening writes (the application id, migrations): a caller that can say it waits is told now, and waits long.
  const waitToOpen = !fresh && options.lockWait !== undefined && writeLockHeld(file, options.nativeBinding);
  if (waitToOpen) options.lockWait!.onWait();
  const opened = await openDatabase(file, {
    nativeBinding: options.nativeBinding,
    fresh,
    fullCheck: unclean.length > 0,
    busyTimeoutMs: waitToOpen ? options.lockWait!.ms : undefined,
  });
  markOpen(dataDir, unclean);
  const close = () => {
    opened.close();
    markClosed(dataDir);
  };
  const damaged = opened.check.damaged;
  try {
    let self: InstallationDto | undefined = await loadSelf(opened.db);
    let created = false;
    if (!self) {
      if (!options.init || damaged) {
        throw new AppError('DATA_DIR_MISSING', {
          zh: '数据库尚未初始化。请先运行 waiban init。',
          en: 'The database has not been initialised. Run `waiban init` first.',
        });
      }
      self = await createSelf(opened.db, dataDir, options.init === 'default' ? defaultSetup : options.init, new Date(clock.now()));
      created = true;
    }
    const ctx = createContext({
      sqlite: opened.sqlite,
      db: opened.db,
      dataDir,
      clock,
      self,
      nativeBinding: options.nativeBinding,
      lockWait: options.lockWait,
    });
    if (options.systemKey) useSystemKey(ctx, options.systemKey);
    const writer = new ChangeWriter(ctx);
    // What a sound database is brought up to on open; a damaged one is read as it is.
    if (!damaged) {
      ensureRecordLinks(ctx);
      loadDefaults(ctx, writer, created);
      if (created) keepDefaultsHome(ctx);
      ensureOfficeRoster(ctx);
    }
    const health = dataHealth(dataDir, opened.check);
    const info = (): AppInfo => ({
      version: appVersion,
      installation: ctx.self,
      dataDir,
      readOnly: ctx.self.role === 'review' || damaged,
      health: { ...health, permissions: permissionWarnings(dataDir) },
    });
    const dispatch = createDispatch(createHandlers(ctx, writer, info), options.onInternalError);
    return { dispatch, close, dataDir, ctx, writer, created, health };
  } catch (err) {
    close();
    throw err;
  }
}
