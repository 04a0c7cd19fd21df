import { parentPort } from 'node:worker_threads';
import { AppError } from '../../contract';
import { isZip, readLimits, readSheet, sheetTooLarge } from '../../core/xlsx/readSheet';
import { zipEntries } from '../../core/xlsx/zipSize';
import { applyFormulaCells, firstSheetPart, formulaCells, type FormulaCell } from './formulaCells';
import { checkInflatedSize, inflatePart } from './inflateCap';
import { checkSheetSize, checkSheetText } from './sheetSize';
import type { ParsedSheet } from './parseWorkbook';

/** workbook.xml and its relationships are a few KB; a larger one is no workbook an office keeps. */
const indexPartBytes = 4 * 2 ** 20;

/**
 * Every part inflated with its output capped, and the first sheet checked for size (sheetSize) before SheetJS reads
 * it; gives the sheet's formula cells SheetJS would misread.
 */
function checkParts(bytes: Uint8Array): FormulaCell[] {
  if (!isZip(bytes)) return [];
  const entries = zipEntries(bytes) ?? [];
  const partText = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    return entry ? (inflatePart(bytes, entry, indexPartBytes)?.toString('utf8') ?? '') : '';
  };
  const first = firstSheetPart(partText('xl/workbook.xml'), partText('xl/_rels/workbook.xml.rels'));
  // The sheet's own size, as declared, refuses it before anything is inflated; a part that lies is stopped at the cap.
  const sheetText = ['xl/sharedStrings.xml', first];
  const declared = entries.filter((e) => sheetText.includes(e.name)).reduce((sum, e) => sum + e.declaredSize, 0);
  checkSheetText(declared, readLimits);
  const refusal = { bytes: readLimits.sheetXmlBytes, refusal: () => sheetTooLarge(null, readLimits.sheetXmlBytes) };
  let cells: FormulaCell[] = [];
  const text = { sheet: 0, sharedStrings: 0 };
  checkInflatedSize(
    bytes,
    readLimits.inflatedBytes,
    (name, data) => {
      if (name === 'xl/sharedStrings.xml') text.sharedStrings = data.length;
      if (name !== first) return;
      checkSheetSize(data, readLimits);
      text.sheet = data.length;
      cells = formulaCells(data);
    },
    (name) => (sheetText.includes(name) ? refusal : undefined),
  );
  checkSheetText(text.sheet + text.sharedStrings, readLimits);
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
