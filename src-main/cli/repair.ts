import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { AppError, pick, type DataHealth, type Localized, type RebuildReport } from '../contract';
import { findRegister } from '../core/registers';
import { systemClock } from '../ports/clock';
import { noDatabase } from '../app/openApp';
import { appVersion } from '../services/appVersion';
import { writeBackup } from '../services/backup/writeBackup';
import { openElsewhere } from '../services/cleanStop';
import { databaseFile } from '../services/dataDir';
import { dataHealth } from '../services/repair/repairChannels';
import { backupFirst, beforeRebuildNote, buildFromDamaged, damagedName, swapRebuilt } from '../services/repair/rebuild';
import { backupFolderOfDamaged, checkDatabaseFile } from '../services/repair/fileCheck';
import { soundDatabase } from '../services/repair/soundDatabase';
import { progressOnStderr } from './backup';
import { cliLocale, printJson, say, UsageError } from './output';

export interface RepairOptions {
  yes?: boolean;
  json?: boolean;
}

function sayHealth(dataDir: string, health: DataHealth): void {
  if (health.damaged) {
    say({
      zh: `数据库 ${databaseFile(dataDir)} 已损坏（SQLite 完整性检查未通过）：\n  ${health.report.join('\n  ')}\n可用 waiban repair rebuild 从变更日志重建（先备份，损坏的文件保留在旁边），或用 waiban backup restore 恢复备份。`,
      en: `The database ${databaseFile(dataDir)} is damaged (it fails SQLite's integrity check):\n  ${health.report.join('\n  ')}\nRebuild it from the change log with \`waiban repair rebuild\` (a backup is tried first; the damaged file is kept beside it), or restore a backup with \`waiban backup restore\`.`,
    });
  } else {
    say({
      zh: `数据库 ${databaseFile(dataDir)} 完好（SQLite 完整性检查通过）。`,
      en: `The database ${databaseFile(dataDir)} is sound (it passes SQLite's integrity check).`,
    });
  }
  for (const w of health.permissions) say(w.message);
}

async function confirmRebuild(dataDir: string, yes: boolean | undefined): Promise<void> {
  say({
    zh: `将为 ${dataDir} 新建数据库：复制损坏数据库中仍能读取的各表，再按变更日志重建全部台账；损坏的文件改名保留在旁边，不会删除。`,
    en: `This makes a new database for ${dataDir}: the tables of the damaged one that can still be read are copied, then every register is rebuilt from the change log. The damaged file is renamed and kept beside it, never deleted.`,
  });
  if (yes) return;
  if (!process.stdin.isTTY) {
    throw new AppError('NEEDS_CONFIRMATION', {
      zh: '重建会替换数据库：请在终端运行并确认，或加 --yes。',
      en: 'A rebuild replaces the database: run it on a terminal and confirm, or add --yes.',
    });
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await rl.question(cliLocale() === 'zh' ? '输入 yes 确认重建：' : 'Type yes to rebuild: ');
    if (!/^(y|yes|是)$/i.test(answer.trim()))
      throw new AppError('NEEDS_CONFIRMATION', { zh: '未确认，未做任何改动。', en: 'Not confirmed; nothing was changed.' });
  } finally {
    rl.close();
  }
}

function sayRebuilt(dataDir: string, r: RebuildReport): void {
  const zh = cliLocale() === 'zh';
  const records = Object.entries(r.records)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${pick(findRegister(name)?.label ?? { zh: name, en: name }, cliLocale())} ${n}`)
    .join(zh ? '，' : ', ');
  const lost = Object.entries(r.unreadable)
    .map(([table, n]) => `${table} ${n}`)
    .join(', ');
  const lines: Localized[] = [
    {
      zh: `已重建 ${databaseFile(dataDir)}：按变更日志重放 ${r.changes} 条变更；${records || '无记录'}。`,
      en: `Rebuilt ${databaseFile(dataDir)}: ${r.changes} changes replayed from the change log; ${records || 'no records'}.`,
    },
    lost
      ? { zh: `以下表中有读不出的行或片段，已略过：${lost}。`, en: `Rows or stretches that could not be read were left out of: ${lost}.` }
      : { zh: '其余各表全部读出。', en: 'Every other table was read in full.' },
    'file' in r.backup ? { zh: `重建前已备份：${r.backup.file}`, en: `Backed up first: ${r.backup.file}` } : r.backup.failed,
    { zh: `损坏的数据库保留为 ${r.keptAs}。`, en: `The damaged database is kept as ${r.keptAs}.` },
  ];
  for (const line of lines) say(line);
}

/** `waiban repair check | rebuild`: neither opens the app, so a database too damaged to migrate can still be mended. */
export async function runRepair(sub: string | undefined, o: RepairOptions, dataDir: string): Promise<number> {
  if (sub !== 'check' && sub !== 'rebuild') throw new UsageError('repair takes check or rebuild');
  if (!existsSync(databaseFile(dataDir))) throw noDatabase(dataDir);
  const health = dataHealth(dataDir, checkDatabaseFile(dataDir));
  if (sub === 'check') {
    if (o.json) printJson(health);
    else sayHealth(dataDir, health);
    return health.damaged ? 1 : 0;
  }
  if (!health.damaged) throw soundDatabase();
  if (openElsewhere(dataDir)) {
    throw new AppError('DB_LOCKED', {
      zh: '外办台账或另一个命令正在使用这个数据文件夹：请先关闭它们再重建。',
      en: 'The Waiban app or another command has this data folder open: close them before rebuilding.',
    });
  }
  await confirmRebuild(dataDir, o.yes);
  const now = systemClock.now();
  const progress = progressOnStderr();
  const backup = await backupFirst(() =>
    writeBackup(
      { dataDir, folder: backupFolderOfDamaged(dataDir), kind: 'before-restore', note: beforeRebuildNote, appVersion, now },
      progress.report,
    ),
  );
  const built = await buildFromDamaged({ dataDir, clock: systemClock, onProgress: progress.report });
  progress.finish();
  const report: RebuildReport = { ...built, backup, keptAs: damagedName(now) };
  swapRebuilt(dataDir, report.keptAs);
  if (o.json) printJson(report);
  else sayRebuilt(dataDir, report);
  return 0;
}
