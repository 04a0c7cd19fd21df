import { parentPort } from 'node:worker_threads';
import { AppError } from '../../contract';
import { readLimits, readSheet } from '../../core/xlsx/readSheet';
import { checkInflatedSize } from './inflateCap';

/**
 * The worker side of parseWorkbook: reads a workbook's first sheet and posts its rows back, or the refusal; then waits
 * for the next workbook (parseWorkbook keeps a worker that answered).
 * SheetJS runs here, never on the thread that answers the UI, so a pathological file costs this thread only.
 */
parentPort?.on('message', (bytes: Uint8Array) => {
  try {
    checkInflatedSize(bytes, readLimits.inflatedBytes);
    parentPort!.postMessage({ rows: readSheet(bytes) });
  } catch (err) {
    if (err instanceof AppError) parentPort!.postMessage({ error: err.toBody() });
    else throw err;
  }
});
