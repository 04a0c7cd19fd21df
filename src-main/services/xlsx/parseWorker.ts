import zlib from 'node:zlib';
import { parentPort } from 'node:worker_threads';
import * as XLSX from 'xlsx';
import { AppError } from '../../contract';
import { readLimits, readSheet } from '../../core/xlsx/readSheet';
import { checkInflatedSize } from './inflateCap';

/**
 * The worker side of parseWorkbook: reads a workbook's first sheet and posts its rows back, or the refusal; then waits
 * for the next workbook (parseWorkbook keeps a worker that answered).
 * SheetJS runs here, never on the thread that answers the UI, so a pathological file costs this thread only.
 */
// SheetJS inflates a workbook's parts in JavaScript unless given Node's zlib: a twentieth of a parse. The parts are
// inflated with a cap first (checkInflatedSize), so the uncapped native inflate sees only what passed it.
XLSX.CFB.utils.use_zlib(zlib);

parentPort?.on('message', (bytes: Uint8Array) => {
  try {
    checkInflatedSize(bytes, readLimits.inflatedBytes);
    parentPort!.postMessage({ rows: readSheet(bytes) });
  } catch (err) {
    if (err instanceof AppError) parentPort!.postMessage({ error: err.toBody() });
    else throw err;
  }
});
