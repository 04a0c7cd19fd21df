import { parentPort } from 'node:worker_threads';
import { AppError } from '../../contract';
import { isZip, readLimits, readSheet } from '../../core/xlsx/readSheet';
import { zipEntries } from '../../core/xlsx/zipSize';
import { applyFormulaCells, firstSheetPart, formulaCells, type FormulaCell } from './formulaCells';
import { checkInflatedSize, inflatePart } from './inflateCap';
import type { ParsedSheet } from './parseWorkbook';

/** workbook.xml and its relationships are a few KB; a larger one is no workbook an office keeps. */
const indexPartBytes = 4 * 2 ** 20;

/** The first sheet's formula cells SheetJS would misread, found while each part is inflated for the size check. */
function checkParts(bytes: Uint8Array): FormulaCell[] {
  if (!isZip(bytes)) return [];
  const entries = zipEntries(bytes) ?? [];
  const text = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? inflatePart(bytes, entry, indexPartBytes)?.toString('utf8') ?? '' : '';
  };
  const first = firstSheetPart(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  let cells: FormulaCell[] = [];
  checkInflatedSize(bytes, readLimits.inflatedBytes, (name, data) => {
    if (name === first) cells = formulaCells(data);
  });
  return cells;
}

/**
 * The worker side of parseWorkbook: reads a workbook's first sheet and posts its rows back, or the refusal; then waits
 * for the next workbook (parseWorkbook keeps a worker that answered).
 * SheetJS runs here, never on the thread that answers the UI, so a pathological file costs this thread only.
 */
parentPort?.on('message', (bytes: Uint8Array) => {
  try {
    const formulas = checkParts(bytes);
    const rows = readSheet(bytes);
    const answer: ParsedSheet = { rows, formulasWithoutValue: applyFormulaCells(rows, formulas) };
    parentPort!.postMessage(answer);
  } catch (err) {
    if (err instanceof AppError) parentPort!.postMessage({ error: err.toBody() });
    else throw err;
  }
});
