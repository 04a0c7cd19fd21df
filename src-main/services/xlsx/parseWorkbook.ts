import { createHash } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { AppError, type AppErrorBody } from '../../contract';
import type { RawCell } from '../../core/xlsx/readSheet';
import { startWorker } from '../workerThread';

/** A sheet as read: its rows, and the formula cells whose file holds no value for them (see formulaCells). */
export interface ParsedSheet {
  rows: RawCell[][];
  /** 0-based row and column, as in `rows`, where the cell reads empty. */
  formulasWithoutValue: { row: number; column: number }[];
}

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

/** The worker runs parseWorker.ts; the Electron build writes it beside main.cjs as xlsxParseWorker.cjs. */
function startParseWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: Math.min(64, heapMb / 4) };
  return startWorker(import.meta.url ? new URL('./parseWorker.ts', import.meta.url) : undefined, 'xlsxParseWorker.cjs', { resourceLimits });
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
 * A worker that finished a parse, kept for the next one by its heap limit: starting a worker and compiling SheetJS in
 * it costs more than parsing a 10k-row ledger, and a dry run is followed by the write of the same file. Kept a short
 * while only, for what an idle worker holds of the last workbook is freed only when it exits.
 */
const idle = new Map<number, { worker: Worker; retire: () => void }>();
const keepIdleMs = 30_000;
/**
 * A worker that read a bigger sheet is not kept: its heap still holds that workbook's hundreds of MB (a 100k-row
 * sheet) while this thread writes the rows, and starting a worker is little beside reading such a file. Counted in
 * rows, not file bytes: how well a sheet compresses depends on the program that wrote it (this app's own exports
 * are a third the size SheetJS wrote), what the heap holds does not.
 */
const keepAfterRows = 30_000;

function takeWorker(heapMb: number): Worker {
  const kept = idle.get(heapMb);
  if (!kept) return startParseWorker(heapMb);
  idle.delete(heapMb);
  kept.retire();
  kept.worker.ref();
  return kept.worker;
}

function keepWorker(heapMb: number, worker: Worker): void {
  if (idle.has(heapMb)) {
    void worker.terminate();
    return;
  }
  const drop = () => {
    if (idle.get(heapMb)?.worker === worker) idle.delete(heapMb);
    void worker.terminate();
  };
  // Unref'd, so a kept worker never holds the CLI or a test run open.
  const timer = setTimeout(drop, keepIdleMs).unref();
  worker.on('error', drop).on('exit', drop).unref();
  idle.set(heapMb, {
    worker,
    retire: () => {
      clearTimeout(timer);
      worker.off('error', drop).off('exit', drop);
    },
  });
}

/**
 * The last sheet read, by its bytes and limits: the import wizard reads the same file for its preview, again for each
 * change to the mapping, and for the write, and the parse is most of each step. Kept only for sheets a worker is kept
 * after, and a couple of minutes, the time a person takes to read a preview's report. Frozen, for every caller shares it.
 */
let lastParse: { key: string; sheet: ParsedSheet; timer: NodeJS.Timeout } | undefined;
const keepParsedMs = 120_000;

function keepParsed(key: string, sheet: ParsedSheet): void {
  if (lastParse) clearTimeout(lastParse.timer);
  for (const row of sheet.rows) Object.freeze(row);
  Object.freeze(sheet.rows);
  Object.freeze(sheet.formulasWithoutValue);
  lastParse = { key, sheet: Object.freeze(sheet), timer: setTimeout(() => (lastParse = undefined), keepParsedMs).unref() };
}

/**
 * The first sheet of a workbook as rows of cell values, parsed in a worker thread with a wall-clock and a heap
 * limit: a hostile or pathological workbook is stopped with a message instead of freezing or crashing the app.
 * A worker that answered is kept for the next parse; one stopped or failed is never reused. The same bytes read again
 * soon after give the same (frozen) rows without a parse.
 */
export function parseWorkbook(bytes: Uint8Array, limits: ParseLimits = parseLimits): Promise<ParsedSheet> {
  const key = `${createHash('sha256').update(bytes).digest('hex')} ${limits.timeMs} ${limits.heapMb}`;
  if (lastParse?.key === key) return Promise.resolve(lastParse.sheet);
  return new Promise((resolve, reject) => {
    const worker = takeWorker(limits.heapMb);
    let settled = false;
    const settle = (reuse: boolean, done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reuse) keepWorker(limits.heapMb, worker);
      else void worker.terminate();
      done();
    };
    const onMessage = (answer: ParsedSheet | { error: AppErrorBody }) => {
      if (!('rows' in answer))
        return settle(true, () => reject(new AppError(answer.error.code, answer.error.message, answer.error.issues)));
      const small = answer.rows.length <= keepAfterRows;
      if (small) keepParsed(key, answer);
      settle(small, () => resolve(answer));
    };
    const onError = (err: NodeJS.ErrnoException) =>
      settle(false, () => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooBig(limits) : err));
    const onExit = (code: number) => settle(false, () => reject(new Error(`xlsx parse worker exited with code ${code}`)));
    const timer = setTimeout(() => settle(false, () => reject(tooSlow(limits))), limits.timeMs);
    worker.once('message', onMessage).once('error', onError).once('exit', onExit);
    worker.postMessage(bytes);
  });
}
