import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { AppError, type AppInfo, type InstallationDto } from '../contract';
import { writeLockHeld, type LockWait } from '../db/busy';
import { openDatabase } from '../db/openDatabase';
import { systemClock, type Clock } from '../ports/clock';
import { createHandlers } from '../rpc/handlers';
import { createDispatch, type Dispatch } from '../rpc/dispatch';
import { appVersion } from '../services/appVersion';
import { backupBeforeMigration } from '../services/backup/autoBackup';
import { ChangeWriter } from '../services/changeWriter';
import { createContext, type ServiceContext } from '../services/context';
import { databaseFile } from '../services/dataDir';
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
}

export async function openApp(options: OpenAppOptions): Promise<WaibanApp> {
  const { dataDir } = options;
  const file = databaseFile(dataDir);
  let fresh = false;
  if (!existsSync(file)) {
    if (!options.init) {
      throw new AppError('DATA_DIR_MISSING', {
        zh: `数据文件夹 ${dataDir} 中没有外办台账数据库。请先运行 waiban init，或用 --data-dir 指定正确的文件夹。`,
        en: `No Waiban database in ${dataDir}. Run \`waiban init\` first, or point --data-dir at the right folder.`,
      });
    }
    // Passport numbers and the installation's key live here: the folder and the database are the user's alone.
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    closeSync(openSync(file, 'wx', 0o600));
    fresh = true;
  }
  const clock = options.clock ?? systemClock;
  await backupBeforeMigration(dataDir, clock.now(), options.nativeBinding);
  // Opening writes (the application id, migrations): a caller that can say it waits is told now, and waits long.
  const waitToOpen = !fresh && options.lockWait !== undefined && writeLockHeld(file, options.nativeBinding);
  if (waitToOpen) options.lockWait!.onWait();
  const opened = await openDatabase(file, { nativeBinding: options.nativeBinding, fresh, busyTimeoutMs: waitToOpen ? options.lockWait!.ms : undefined });
  try {
    let self: InstallationDto | undefined = await loadSelf(opened.db);
    let created = false;
    if (!self) {
      if (!options.init) {
        throw new AppError('DATA_DIR_MISSING', {
          zh: '数据库尚未初始化。请先运行 waiban init。',
          en: 'The database has not been initialised. Run `waiban init` first.',
        });
      }
      self = await createSelf(opened.db, dataDir, options.init === 'default' ? defaultSetup : options.init, new Date(clock.now()));
      created = true;
    }
    const ctx = createContext({ sqlite: opened.sqlite, db: opened.db, dataDir, clock, self, nativeBinding: options.nativeBinding, lockWait: options.lockWait });
    if (options.systemKey) useSystemKey(ctx, options.systemKey);
    const writer = new ChangeWriter(ctx);
    ensureRecordLinks(ctx);
    loadDefaults(ctx, writer, created);
    if (created) keepDefaultsHome(ctx);
    ensureOfficeRoster(ctx);
    const info = (): AppInfo => ({ version: appVersion, installation: ctx.self, dataDir, readOnly: ctx.self.role === 'review' });
    const dispatch = createDispatch(createHandlers(ctx, writer, info), options.onInternalError);
    return { dispatch, close: () => opened.close(), dataDir, ctx, writer, created };
  } catch (err) {
    opened.close();
    throw err;
  }
}
