import { AppError } from '../contract';

export const isBusy = (err: unknown): boolean =>
  err instanceof Error && 'code' in err && /^SQLITE_(BUSY|LOCKED)/.test(String((err as { code: unknown }).code));

/** Another process holds the database (a second window, a CLI command, a backup tool). */
export const lockedError = (): AppError =>
  new AppError('DB_LOCKED', {
    zh: '数据库正被另一个程序使用。请关闭其他外办台账窗口或命令后重试。',
    en: 'The database is in use by another program. Close other Waiban windows or commands and try again.',
  });
