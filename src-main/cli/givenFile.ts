import { statSync } from 'node:fs';
import { AppError } from '../contract';

/** A file named on the command line, checked before it is read, so a folder or a typo is named as such. */
export function givenFile(path: string): string {
  const info = statSync(path, { throwIfNoEntry: false });
  if (!info) throw new AppError('NOT_FOUND', { zh: `找不到文件：${path}`, en: `No such file: ${path}` });
  if (!info.isFile())
    throw new AppError('VALIDATION', { zh: `${path} 是文件夹，这里需要一个文件。`, en: `${path} is a folder; a file is needed here.` });
  return path;
}
