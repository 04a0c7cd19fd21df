import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type AppErrorBody } from '../../contract';
import type { RawCell } from '../../core/xlsx/readSheet';

export interface ParseLimits {
  /** Wall-clock time the parse may take. */
  timeMs: number;
  /** The worker's JavaScript heap. */
  heapMb: number;
}

/**
 * SheetJS needs ~10 s and ~1 GB for the largest sheet an import accepts (100k rows) on the build machine; these
 * leave room for a slower laptop and stop a file that would take the app down.
 */
export const parseLimits: ParseLimits = { timeMs: 60_000, heapMb: 1536 };

/** tsx's ESM register API: require.resolve would give its CommonJS build, which cannot register ESM hooks here. */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const exports = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return join(dirname(manifest), exports.exports['./esm/api']!.import.default);
}

/**
 * The worker runs from this folder's parseWorker.ts under tsx (CLI, web host, tests), or from the file the Electron
 * build writes beside main.cjs, where `import.meta` is empty.
 */
function startWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb / 4) };
  const here = import.meta.url;
  if (!here) return new Worker(join(__dirname, 'xlsxParseWorker.cjs'), { resourceLimits });
  const tsx = pathToFileURL(tsxEsmApi(here)).href;
  const entry = new URL('./parseWorker.ts', here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

const tooSlow = (limits: ParseLimits) =>
  new AppError('FILE_TOO_LARGE', {
    zh: `读取该表格超过 ${limits.timeMs / 1000} 秒，已停止。文件可能过大或已损坏，请分批导入或另存为 .xlsx 后再试。`,
    en: `Reading the spreadsheet took longer than ${limits.timeMs / 1000} s and was stopped. The file may be too large or damaged: import it in parts, or save it as .xlsx and try again.`,
  });

const tooBig = (limits: ParseLimits) =>
  new AppError('FILE_TOO_LARGE', {
    zh: `读取该表格需要超过 ${limits.heapMb} MB 内存，已停止。请分批导入。`,
    en: `Reading the spreadsheet needed more than ${limits.heapMb} MB of memory and was stopped. Import it in parts.`,
  });

/**
 * The first sheet of a workbook as rows of cell values, parsed in a worker thread with a wall-clock and a heap
 * limit: a hostile or pathological workbook is stopped with a message instead of freezing or crashing the app.
 */
export function parseWorkbook(bytes: Uint8Array, limits: ParseLimits = parseLimits): Promise<RawCell[][]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(limits.heapMb);
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done();
    };
    const timer = setTimeout(() => settle(() => reject(tooSlow(limits))), limits.timeMs);
    worker.once('message', (answer: { rows: RawCell[][] } | { error: AppErrorBody }) =>
      settle(() => ('rows' in answer ? resolve(answer.rows) : reject(new AppError(answer.error.code, answer.error.message, answer.error.issues)))));
    worker.once('error', (err: NodeJS.ErrnoException) =>
      settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooBig(limits) : err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`xlsx parse worker exited with code ${code}`))));
    worker.postMessage(bytes);
  });
}
