import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../contract';
import type { WaibanApp } from '../services/app';
import { exportRegister } from '../services/xlsx/exportRegister';
import { registerTemplate } from '../services/xlsx/template';
import { parseFilters } from './filters';
import { say, UsageError } from './output';

export interface XlsxOptions {
  register?: string;
  out?: string;
  search?: string;
  filter?: string[];
  force?: boolean;
}

/**
 * Writes the file beside its destination first, then moves it into place, so a failed export never leaves half a
 * workbook under the name asked for. Without --force the move is a hard link, which fails if the name is taken.
 */
function writeFileSafely(out: string, bytes: Buffer, force: boolean): void {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  writeFileSync(temp, bytes);
  try {
    if (force) return renameSync(temp, out);
    linkSync(temp, out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    throw new AppError('CONFLICT', { zh: `文件已存在：${out}（加 --force 覆盖）`, en: `${out} already exists (add --force to overwrite it)` });
  } finally {
    rmSync(temp, { force: true });
  }
}

/** `waiban xlsx template|export`: the template needs no data folder, the export reads it. */
export async function runXlsx(sub: string | undefined, o: XlsxOptions, withApp: (work: (app: WaibanApp) => void) => Promise<void>): Promise<void> {
  if (sub !== 'template' && sub !== 'export') throw new UsageError(`xlsx takes template, export or import${sub ? `, not "${sub}"` : ''}`);
  if (!o.register) throw new UsageError('--register NAME is required');
  if (!o.out) throw new UsageError('--out FILE is required');
  const { register, out } = o;
  if (sub === 'template') {
    writeFileSafely(out, registerTemplate(register), !!o.force);
  } else {
    await withApp((app) => writeFileSafely(out, exportRegister(app.ctx, { register, search: o.search, filters: parseFilters(o.filter) }), !!o.force));
  }
  say({ zh: `已写入 ${out}`, en: `Wrote ${out}` });
}
