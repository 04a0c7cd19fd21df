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
  if (err instanceof AppError) {
    const fields = err.issues?.map((i) => pick(i.message, locale)).join('; ');
    process.stderr.write(`waiban: ${pick(err.localized, locale)}${fields && err.issues!.length > 1 ? ` (${fields})` : ''}\n`);
    return 1;
  }
  if (err instanceof UsageError) {
    process.stderr.write(`waiban: ${err.message}\nRun \`waiban help\` for usage.\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`waiban: ${locale === 'zh' ? '意外错误' : 'unexpected error'}: ${message.split('\n')[0]}\n`);
  return 1;
}
