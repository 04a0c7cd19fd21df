import { linkSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../contract';
import type { WaibanApp } from '../app/openApp';
import { exportBudget } from '../services/xlsx/exportBudget';
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
  year?: string;
}

/**
 * Writes the file beside its destination first, then moves it into place, so a failed export never leaves half a
 * workbook under the name asked for. Without --force the move is a hard link, which fails if the name is taken.
 */
export function writeFileSafely(out: string, bytes: Buffer, force: boolean): void {
  const temp = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  writeFileSync(temp, bytes);
  try {
    if (force) return renameSync(temp, out);
    linkSync(temp, out);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    throw new AppError('CONFLICT', {
      zh: `文件已存在：${out}（加 --force 覆盖）`,
      en: `${out} already exists (add --force to overwrite it)`,
    });
  } finally {
    rmSync(temp, { force: true });
  }
}

/** `waiban xlsx template|export|export-budget`: the template needs no data folder, the exports read it. */
export async function runXlsx(
  sub: string | undefined,
  o: XlsxOptions,
  withApp: (work: (app: WaibanApp) => void) => Promise<void>,
): Promise<void> {
  if (sub !== 'template' && sub !== 'export' && sub !== 'export-budget') {
    throw new UsageError(`xlsx takes template, export, export-budget or import${sub ? `, not "${sub}"` : ''}`);
  }
  if (!o.out) throw new UsageError('--out FILE is required');
  const { out } = o;
  const force = !!o.force;
  if (sub === 'export-budget') {
    const year = Number(o.year);
    if (!(Number.isInteger(year) && year >= 2000 && year <= 2100))
      throw new UsageError(`--year takes a year such as 2026${o.year === undefined ? '' : `, not "${o.year}"`}`);
    await withApp((app) => writeFileSafely(out, exportBudget(app.ctx, year), force));
  } else {
    if (!o.register) throw new UsageError('--register NAME is required');
    const { register } = o;
    if (sub === 'template') writeFileSafely(out, registerTemplate(register), force);
    else
      await withApp((app) =>
        writeFileSafely(out, exportRegister(app.ctx, { register, search: o.search, filters: parseFilters(o.filter) }), force),
      );
  }
  say({ zh: `已写入 ${out}`, en: `Wrote ${out}` });
}
