import { damagedError, isDamage } from '../db/damage';
import { AppError, pick, type Locale, type Localized } from '../contract';

/** The CLI speaks Chinese when the terminal's locale is Chinese, English otherwise. */
export const cliLocale = (env: NodeJS.ProcessEnv = process.env): Locale =>
  /^zh/i.test(env.WAIBAN_LANG ?? env.LC_ALL ?? env.LC_MESSAGES ?? env.LANG ?? '') ? 'zh' : 'en';

export class UsageError extends Error {}

export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

export const say = (text: Localized): void => {
  process.stdout.write(`${pick(text, cliLocale())}\n`);
};

/** One line on stderr, no stack trace: what went wrong and, where it helps, the field. */
export function reportFailure(err: unknown): number {
  const locale = cliLocale();
  if (isDamage(err)) err = damagedError();
  if (err instanceof AppError) {
    const fields = err.issues?.map((i) => pick(i.message, locale)).join('; ');
    process.stderr.write(`waiban: ${pick(err.localized, locale)}${fields && err.issues!.length > 1 ? ` (${fields})` : ''}\n`);
    return 1;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`waiban: ${err.message}\nRun \`waiban help\` for usage.\n`);
    return 2;
  }
  const fileProblem = fileFailure(err);
  if (fileProblem) {
    process.stderr.write(`waiban: ${pick(fileProblem, locale)}\n`);
    return 1;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`waiban: ${locale === 'zh' ? '意外错误' : 'unexpected error'}: ${message.split('\n')[0]}\n`);
  return 1;
}

const fileFailures: Record<string, (path: string) => Localized> = {
  ENOENT: (p) => ({
    zh: `找不到 ${p}：该文件或其所在的文件夹不存在。`,
    en: `${p} was not found: the file or the folder it should be in does not exist.`,
  }),
  ENOTDIR: (p) => ({ zh: `${p} 的路径中有一段不是文件夹。`, en: `Part of the path ${p} is not a folder.` }),
  EISDIR: (p) => ({ zh: `${p} 是文件夹，这里需要一个文件。`, en: `${p} is a folder; a file is needed here.` }),
  EACCES: (p) => ({ zh: `没有权限读写 ${p}。`, en: `No permission to read or write ${p}.` }),
  EPERM: (p) => ({ zh: `没有权限读写 ${p}。`, en: `No permission to read or write ${p}.` }),
  ENOSPC: (p) => ({ zh: `磁盘空间不足，无法写入 ${p}。`, en: `The disk is full; ${p} could not be written.` }),
  EROFS: (p) => ({ zh: `${p} 位于只读的磁盘上。`, en: `${p} is on a read-only disk.` }),
};

/**
 * A file the command was pointed at that cannot be used, said in the user's words. The path named is the one the
 * user gave where the failure names a temporary sibling (`.out.123.tmp`, `out.123.part`) written beside it.
 */
function fileFailure(err: unknown): Localized | null {
  if (!(err instanceof Error) || !('code' in err) || typeof err.code !== 'string') return null;
  const describe = fileFailures[err.code];
  const path = (err as NodeJS.ErrnoException).path;
  if (!describe || !path) return null;
  return describe(path.replace(/\/\.([^/]+)\.\d+\.tmp$/, '/$1').replace(/\.\d+\.part$/, ''));
}
