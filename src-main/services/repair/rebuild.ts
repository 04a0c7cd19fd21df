import BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, openSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type OnProgress, type RebuildReport } from '../../contract';
import { registers } from '../../core/registers';
import { openDatabase } from '../../db/openDatabase';
import type { Clock } from '../../ports/clock';
import { createContext } from '../context';
import { databaseFile } from '../dataDir';
import { findingsCheckedOnKey } from '../findingsRefresh';
import { loadSelf } from '../installation';
import { replayLog } from './replayLog';
import { salvageTables } from './salvage';

/** Where a rebuild makes the new database, inside the data folder so the swap is a rename. */
export const rebuiltFile = (dataDir: string): string => join(dataDir, `.rebuild-${process.pid}.sqlite`);

/** The name the damaged database is kept under beside the new one. */
export const damagedName = (now: number): string => `waiban.sqlite.damaged-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;

/** A backup of the damaged database before the rebuild, or why none could be taken (its check refuses damaged pages). */
export async function backupFirst(take: () => Promise<{ file: string }>): Promise<RebuildReport['backup']> {
  try {
    return { file: (await take()).file };
  } catch (err) {
    // An error from the backup thread carries its stack: the first line says what went wrong.
    const line = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(/^(Error: )+/, '');
    const why = err instanceof AppError ? err.localized : { zh: line, en: line };
    return {
      failed: {
        zh: `无法先备份损坏的数据库（${why.zh}）；损坏的文件仍会原样保留在数据文件夹中。`,
        en: `The damaged database could not be backed up first (${why.en}); the damaged file is still kept as it is in the data folder.`,
      },
    };
  }
}

/** The note a backup taken before a rebuild carries. */
export const beforeRebuildNote = 'before rebuild from the change log';

export interface RebuildOptions {
  dataDir: string;
  clock: Clock;
  nativeBinding?: string;
  onProgress?: OnProgress;
}

const noInstallation = () =>
  new AppError('DB_DAMAGED', {
    zh: '损坏的数据库中读不出本机安装信息，无法据变更日志重建。请在“备份与恢复”中（或用 waiban backup restore）恢复最近的备份；损坏的文件未做任何改动。',
    en: "This installation's own row cannot be read from the damaged database, so it cannot be rebuilt from the change log. Restore the latest backup (Backup & restore, or `waiban backup restore`); the damaged file was left untouched.",
  });

/**
 * Makes a new database (rebuiltFile) from a damaged one, which is only read: the migrations, every other table's
 * readable rows (salvage.ts), then the registers replayed from the change log (replayLog.ts). The damaged file is
 * swapped out afterwards by swapRebuilt(), once nothing has it open.
 */
export async function buildFromDamaged(o: RebuildOptions): Promise<Omit<RebuildReport, 'backup' | 'keptAs'>> {
  const file = rebuiltFile(o.dataDir);
  rmSync(file, { force: true });
  rmSync(`${file}-wal`, { force: true });
  rmSync(`${file}-shm`, { force: true });
  closeSync(openSync(file, 'wx', 0o600));
  const source = new BetterSqlite3(databaseFile(o.dataDir), { readonly: true, fileMustExist: true, nativeBinding: o.nativeBinding });
  let built: Awaited<ReturnType<typeof openDatabase>> | undefined;
  try {
    built = await openDatabase(file, { fresh: true, nativeBinding: o.nativeBinding });
    const target = built.sqlite;
    target.pragma('foreign_keys = OFF');
    const { copied, unreadable } = salvageTables(source, target, (done, total) => o.onProgress?.({ stage: 'read', done, total }));
    target.pragma('foreign_keys = ON');
    const self = await loadSelf(built.db);
    if (!self) throw noInstallation();
    const ctx = createContext({ sqlite: target, db: built.db, dataDir: o.dataDir, clock: o.clock, self, nativeBinding: o.nativeBinding });
    const changes = target
      .transaction(() => {
        const n = replayLog(ctx, (done, total) => o.onProgress?.({ stage: 'write', done, total }));
        // The findings the lists show are worked out again from the rebuilt records on the first read.
        target.prepare('DELETE FROM "meta" WHERE "key" = ?').run(findingsCheckedOnKey);
        return n;
      })
      .immediate();
    const records = Object.fromEntries(
      registers.map((def) => [def.name, target.prepare(`SELECT count(*) FROM "${def.name}" WHERE "deleted" = 0`).pluck().get() as number]),
    );
    return { copied, unreadable, changes, records };
  } catch (err) {
    built?.close();
    built = undefined;
    rmSync(file, { force: true });
    throw err;
  } finally {
    built?.close();
    source.close();
  }
}

/**
 * Puts the rebuilt database in place of the damaged one, which is kept beside it under `keptAs` (never deleted), its
 * -wal and -shm with it. Runs when no connection of this process has either open.
 */
export function swapRebuilt(dataDir: string, keptAs: string): void {
  const live = databaseFile(dataDir);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(live + suffix)) renameSync(live + suffix, join(dataDir, keptAs + suffix));
  }
  renameSync(rebuiltFile(dataDir), live);
}
