import { existsSync, statSync } from 'node:fs';
import type { PermissionWarning } from '../contract';
import { databaseFile, keyFile } from './dataDir';

const octal = (mode: number): string => (mode & 0o777).toString(8).padStart(3, '0');

/**
 * Files of the data folder that other accounts on this computer can read: the database holds passport numbers, the key
 * file signs for the installation. POSIX only: Windows keeps the folder in the user's profile, under its own ACLs.
 */
export function permissionWarnings(dataDir: string, platform: NodeJS.Platform = process.platform): PermissionWarning[] {
  if (platform === 'win32' || !existsSync(dataDir)) return [];
  const warnings: PermissionWarning[] = [];
  const folderMode = statSync(dataDir).mode & 0o777;
  if (folderMode !== 0o700) {
    warnings.push({
      path: dataDir,
      mode: octal(folderMode),
      fix: `chmod 700 '${dataDir}'`,
      message: {
        zh: `数据文件夹 ${dataDir} 的权限是 ${octal(folderMode)}，本机其他账户可以进入；请运行 chmod 700 '${dataDir}'。`,
        en: `The data folder ${dataDir} has mode ${octal(folderMode)}: other accounts on this computer can enter it. Run chmod 700 '${dataDir}'.`,
      },
    });
  }
  for (const [file, what] of [
    [databaseFile(dataDir), { zh: '数据库（含护照号码）', en: 'database (it holds passport numbers)' }],
    [keyFile(dataDir), { zh: '本机私钥文件', en: 'private key file' }],
  ] as const) {
    if (!existsSync(file)) continue;
    const mode = statSync(file).mode & 0o777;
    if ((mode & 0o044) === 0) continue;
    warnings.push({
      path: file,
      mode: octal(mode),
      fix: `chmod 600 '${file}'`,
      message: {
        zh: `${what.zh} ${file} 的权限是 ${octal(mode)}，本机其他账户可以读取；请运行 chmod 600 '${file}'。`,
        en: `The ${what.en} ${file} has mode ${octal(mode)}: other accounts on this computer can read it. Run chmod 600 '${file}'.`,
      },
    });
  }
  return warnings;
}
