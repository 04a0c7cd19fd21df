import { AppError } from '../../contract';

/** A rebuild asked of a database whose pages pass the check: it is left as it is. */
export const soundDatabase = (): AppError =>
  new AppError('VALIDATION', {
    zh: '数据库完好（SQLite 检查通过），无需重建；未做任何改动。',
    en: "The database is sound (it passes SQLite's check): there is nothing to rebuild, and nothing was changed.",
  });
