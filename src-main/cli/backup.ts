import BetterSqlite3 from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { resolve } from 'node:path';
import { AppError, pick, type BackupInfo, type BackupSettings, type WorkProgress } from '../contract';
import { findRegister } from '../core/registers';
import type { WaibanApp } from '../app/openApp';
import { appVersion } from '../services/appVersion';
import { setBackupPassphrase } from '../services/backup/backupKey';
import { backupFolderOf, defaultBackupSettings, readBackupSettings, setBackupSettings } from '../services/backup/backupSettings';
import { backupsIn, backupStatus, createBackup, listBackups } from '../services/backup/backups';
import { damagedBackup, describeBackup } from '../services/backup/readBackup';
import { restoreFiles } from '../services/backup/restoreFiles';
import { describeDatabase } from '../services/backup/snapshot';
import { verifyBackup } from '../services/backup/verifyBackup';
import { databaseFile } from '../services/dataDir';
import { cliLocale, printJson, say, UsageError } from './output';
import { newPassphrase } from './passphrase';

export interface BackupOptions {
  note?: string;
  dir?: string;
  json?: boolean;
  yes?: boolean;
  folder?: string;
  'keep-daily'?: string;
  'keep-weekly'?: string;
  'keep-monthly'?: string;
  'import-threshold'?: string;
}

type WithApp = <T>(work: (app: WaibanApp) => Promise<T> | T) => Promise<T>;

/** Progress on a terminal's stderr once the work has taken over a second; scripts see none. */
export function progressOnStderr(): { report: (p: WorkProgress) => void; finish: () => void } {
  const started = Date.now();
  let shown = false;
  const zh = cliLocale() === 'zh';
  const words = {
    snapshot: zh ? '复制数据库' : 'copying the database',
    read: zh ? '读取' : 'reading',
    write: zh ? '写入' : 'writing',
    check: zh ? '核对' : 'checking',
  };
  return {
    report(p) {
      if (!process.stderr.isTTY || Date.now() - started < 1000) return;
      shown = true;
      const share = p.total ? ` ${Math.floor((100 * p.done) / p.total)}%` : '';
      process.stderr.write(`\r${words[p.stage]}${share}        `);
    },
    finish: () => shown && process.stderr.write('\n'),
  };
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;

/** The registers with records, by their labels: what a backup holds, in a line. */
function recordsLine(records: Record<string, number> | undefined): string {
  const zh = cliLocale() === 'zh';
  const parts = Object.entries(records ?? {})
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${pick(findRegister(name)?.label ?? { zh: name, en: name }, cliLocale())} ${n}`);
  return parts.join(zh ? '，' : ', ') || (zh ? '无记录' : 'no records');
}

function sayBackup(b: BackupInfo): void {
  if (b.state === 'damaged') {
    say({
      zh: `${b.file}  ${mb(b.bytes)}  已损坏或不完整：${b.problem!.zh}`,
      en: `${b.file}  ${mb(b.bytes)}  damaged or incomplete: ${b.problem!.en}`,
    });
    return;
  }
  const who = b.installation!;
  say({
    zh: `${b.file}  ${b.created}  ${mb(b.bytes)}  ${who.name}（${who.role}）${b.withKey ? '  含加密私钥' : '  不含私钥'}${b.note ? `  备注：${b.note}` : ''}\n    ${recordsLine(b.records)}；文件 ${b.documents} 个`,
    en: `${b.file}  ${b.created}  ${mb(b.bytes)}  ${who.name} (${who.role})${b.withKey ? '  key included, encrypted' : '  no key'}${b.note ? `  note: ${b.note}` : ''}\n    ${recordsLine(b.records)}; ${b.documents} documents`,
  });
}

const count = (value: string | undefined, option: string): number | undefined => {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${option} takes a whole number, not "${value}"`);
  return n;
};

/** The backup folder a data folder's settings name, read without opening (and so migrating) the database. */
function folderOf(dataDir: string): string {
  const file = databaseFile(dataDir);
  if (!existsSync(file)) return backupFolderOf(dataDir, defaultBackupSettings);
  try {
    const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    try {
      return backupFolderOf(dataDir, readBackupSettings(db));
    } finally {
      db.close();
    }
  } catch {
    return backupFolderOf(dataDir, defaultBackupSettings);
  }
}

/** Asks on the terminal before replacing data, saying what is replaced by what; --yes in scripts. */
async function confirmRestore(dataDir: string, backup: BackupInfo, yes: boolean | undefined): Promise<void> {
  let here: ReturnType<typeof describeDatabase> | undefined;
  try {
    here = existsSync(databaseFile(dataDir)) ? describeDatabase(databaseFile(dataDir), { checkIntegrity: false }) : undefined;
  } catch {
    here = undefined;
  }
  const b = backup.installation!;
  const exists = existsSync(databaseFile(dataDir));
  const replaced = here
    ? {
        zh: `${here.installation.name}（${here.installation.role}）：${recordsLine(here.records)}`,
        en: `${here.installation.name} (${here.installation.role}): ${recordsLine(here.records)}`,
      }
    : exists
      ? { zh: '一个无法读取的数据库', en: 'a database that cannot be read' }
      : { zh: '（空，无数据）', en: '(empty: no data)' };
  say({
    zh: `将用备份 ${backup.file}（${backup.created}，${b.name}（${b.role}）：${recordsLine(backup.records)}）\n替换数据文件夹 ${dataDir} 中的 ${replaced.zh}。${exists ? '\n被替换的数据会先另行备份。' : ''}`,
    en: `This replaces ${replaced.en} in ${dataDir}\nwith the backup ${backup.file} (${backup.created}, ${b.name} (${b.role}): ${recordsLine(backup.records)}).${exists ? '\nThe data replaced is backed up first.' : ''}`,
  });
  if (yes) return;
  if (!process.stdin.isTTY) {
    throw new AppError('NEEDS_CONFIRMATION', {
      zh: '恢复会替换数据：请在终端运行并确认，或加 --yes。',
      en: 'A restore replaces data: run it on a terminal and confirm, or add --yes.',
    });
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(cliLocale() === 'zh' ? '输入 yes 确认恢复：' : 'Type yes to restore: ');
    if (!/^(y|yes|是)$/i.test(answer.trim()))
      throw new AppError('NEEDS_CONFIRMATION', { zh: '未确认，未做任何改动。', en: 'Not confirmed; nothing was changed.' });
  } finally {
    rl.close();
  }
}

/**
 * `waiban backup create | list | verify | restore | settings | passphrase`. List (with --dir) and verify need no data
 * folder; restore does not open the one it replaces (that would migrate it first), and may create it.
 */
export async function runBackup(
  sub: string | undefined,
  positionals: string[],
  o: BackupOptions,
  dataDir: string,
  withApp: WithApp,
): Promise<void> {
  switch (sub) {
    case 'create':
      return withApp(async (app) => {
        const progress = progressOnStderr();
        const b = await createBackup(app.ctx, { kind: 'manual', note: o.note }, progress.report);
        progress.finish();
        if (o.json) return printJson(b);
        say({ zh: '已备份并核对：', en: 'Backed up and checked:' });
        sayBackup(b);
        if (!b.withKey) {
          say({
            zh: '注意：备份中没有私钥（私钥未加口令保护，也未设备份口令）。凭这份备份恢复后本机无法签名同步，外事办的备份则意味着各院系部须重新登记。用 waiban backup passphrase 设置备份口令。',
            en: 'Note: the backup holds no private key (the key has no passphrase and no backup passphrase is set). Restored from it, this installation cannot sign bundles; for the office, every laptop would have to be enrolled again. Set one with `waiban backup passphrase`.',
          });
        }
      });
    case 'list': {
      const backups = o.dir ? await backupsIn(resolve(o.dir)) : await withApp((app) => listBackups(app.ctx));
      if (o.json) return printJson(backups);
      if (backups.length === 0) say({ zh: '备份文件夹中没有备份。', en: 'No backups in the backup folder.' });
      for (const b of backups) sayBackup(b);
      return;
    }
    case 'verify': {
      if (positionals.length !== 1) throw new UsageError('expected one backup FILE to verify');
      const file = resolve(positionals[0]!);
      if (!existsSync(file)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${file}`, en: `No such file: ${file}` });
      const progress = progressOnStderr();
      const r = await verifyBackup(file, { onProgress: progress.report });
      progress.finish();
      if (o.json) return printJson(r);
      say({
        zh: `备份完好：每个条目与其校验值一致，数据库通过完整性检查${r.database.newerVersion ? '（由更新版本写入，须升级后才能恢复）' : ''}。`,
        en: `The backup is intact: every entry matches its hash, the database passes the integrity check${r.database.newerVersion ? ' (written by a newer version: update before restoring it)' : ''}.`,
      });
      sayBackup(r.backup);
      return;
    }
    case 'restore': {
      if (positionals.length !== 1) throw new UsageError('expected one backup FILE to restore');
      const file = resolve(positionals[0]!);
      if (!existsSync(file)) throw new AppError('NOT_FOUND', { zh: `找不到文件：${file}`, en: `No such file: ${file}` });
      const folder = folderOf(dataDir);
      const backup = await describeBackup(file);
      if (backup.state === 'damaged') throw damagedBackup(file, backup.problem!);
      await confirmRestore(dataDir, backup, o.yes);
      // The whole backup is checked again as it is restored, before anything here changes.
      const progress = progressOnStderr();
      const r = await restoreFiles({ file, dataDir, folder, appVersion, now: Date.now() }, progress.report);
      progress.finish();
      if (o.json) return printJson(r);
      const who = r.restored.installation!;
      say({
        zh: `已恢复：${who.name}（${who.role}），备份于 ${r.restored.created}。${r.keptAs ? `\n被替换的数据已备份为 ${folder}/${r.keptAs}。` : ''}\n此后本机的编号从 ${r.numberingFloor} 之后继续，不会与他处已有的重复。`,
        en: `Restored ${who.name} (${who.role}), backed up ${r.restored.created}.${r.keptAs ? `\nThe data replaced was kept as ${folder}/${r.keptAs}.` : ''}\nThis installation's numbers continue after ${r.numberingFloor}, past any held elsewhere.`,
      });
      if (!r.keyRestored) {
        say({
          zh: '本机没有私钥：备份中不含私钥，因此无法签名导出。外事办须重新登记本机（院系部电脑），或重新登记所有院系部电脑（外事办）。',
          en: 'There is no private key here: the backup held none, so nothing can be signed. The office must enrol this laptop again (a department laptop), or every laptop again (the office).',
        });
      }
      say(
        who.role === 'office'
          ? {
              zh: '下一步：向各院系部和领导审阅导出数据包；各院系部导入后再导出给外事办，带回备份之后的变更（见 README「从备份恢复」）。',
              en: 'Next: export to each department and to review; each laptop imports it and exports to the office, bringing back what changed after the backup (README, "Restoring from a backup").',
            }
          : {
              zh: '下一步：导入外事办的下一个数据包（带回本机在备份之后已发给外事办的变更），再照常导出给外事办（见 README「从备份恢复」）。',
              en: 'Next: import the office\'s next bundle (it brings back this laptop\'s changes the office received after the backup), then export to the office as usual (README, "Restoring from a backup").',
            },
      );
      return;
    }
    case 'settings':
      return withApp(async (app) => {
        const patch: Partial<BackupSettings> = {
          ...(o.folder !== undefined ? { folder: o.folder ? resolve(o.folder) : null } : {}),
          ...(o['keep-daily'] !== undefined ? { keepDaily: count(o['keep-daily'], '--keep-daily') } : {}),
          ...(o['keep-weekly'] !== undefined ? { keepWeekly: count(o['keep-weekly'], '--keep-weekly') } : {}),
          ...(o['keep-monthly'] !== undefined ? { keepMonthly: count(o['keep-monthly'], '--keep-monthly') } : {}),
          ...(o['import-threshold'] !== undefined ? { importThreshold: count(o['import-threshold'], '--import-threshold') } : {}),
        };
        if (Object.keys(patch).length) setBackupSettings(app.ctx, patch);
        const s = await backupStatus(app.ctx);
        if (o.json) return printJson(s);
        const { settings } = s;
        say({
          zh: `备份文件夹：${s.folder}${settings.folder ? '' : '（默认）'}\n保留：最近 ${settings.keepDaily} 天每天一份，${settings.keepWeekly} 周每周一份，${settings.keepMonthly} 个月每月一份（手动备份不自动删除）\n导入超过 ${settings.importThreshold} 条变更前自动备份\n私钥：${s.key === 'protected' ? '以密钥口令加密后放入备份' : s.key === 'backupPassphrase' ? '以备份口令加密后放入备份' : '不放入备份'}\n最近一次备份：${s.last?.created ?? '无'}`,
          en: `Backup folder: ${s.folder}${settings.folder ? '' : ' (default)'}\nKept: the newest of each of the last ${settings.keepDaily} days, ${settings.keepWeekly} weeks and ${settings.keepMonthly} months (backups made by hand are never deleted)\nBacked up before an import of more than ${settings.importThreshold} changes\nPrivate key: ${s.key === 'protected' ? 'in backups, encrypted with the key passphrase' : s.key === 'backupPassphrase' ? 'in backups, encrypted with the backup passphrase' : 'not in backups'}\nLast backup: ${s.last?.created ?? 'none'}`,
        });
      });
    case 'passphrase':
      return withApp(async (app) => {
        const passphrase = await newPassphrase({
          zh: '备份口令（至少 8 个字符，恢复后签名时要用）：',
          en: 'Backup passphrase (at least 8 characters; asked when signing after a restore): ',
        });
        setBackupPassphrase(app.ctx, passphrase);
        say({
          zh: '已设备份口令：此后的备份都带上以它加密的私钥。恢复后签名时须输入这个口令；口令遗失则备份中的私钥无法使用。',
          en: 'Backup passphrase set: backups from now on carry the private key encrypted with it. After a restore, signing asks for this passphrase; a lost passphrase makes the key in the backups useless.',
        });
      });
    default:
      throw new UsageError(
        sub ? `unknown backup command "${sub}"` : 'backup needs a command: create, list, verify, restore, settings or passphrase',
      );
  }
}
