import { sheetTooLarge, tooManyCells, tooManyRows, type ReadLimits } from '../../core/xlsx/readSheet';

/** How often `<tag` opens an element (`<tag>`, `<tag ...>`, `<tag/>`) in XML bytes, stopping past `stop`. */
function countTags(xml: Buffer, tag: string, stop: number): number {
  const open = `<${tag}`;
  let n = 0;
  for (let at = xml.indexOf(open); at >= 0 && n <= stop; at = xml.indexOf(open, at + open.length)) {
    const next = xml[at + open.length];
    if (next === 0x3e || next === 0x20 || next === 0x2f) n++;
  }
  return n;
}

/**
 * The sheet's XML (and its shared strings) checked before SheetJS reads it, from the bytes inflated for the size
 * check: a sheet of more text, rows or cells than an import takes is refused here, with a message, instead of being
 * built into hundreds of MB of cells first (a 1.8 MB file of 313 MB of XML took the parse past 3 GB).
 */
export function checkSheetSize(sheetXml: Buffer, limits: ReadLimits): void {
  checkSheetText(sheetXml.length, limits);
  // Two header rows at most, as readSheet counts them.
  if (countTags(sheetXml, 'row', limits.rows + 2) > limits.rows + 2) throw tooManyRows(limits.rows);
  if (countTags(sheetXml, 'c', limits.cells) > limits.cells) throw tooManyCells(limits.cells);
}

/** The sheet's XML with its shared strings' against the cap (the parts come in any order, so checked again at the end). */
export function checkSheetText(bytes: number, limits: ReadLimits): void {
  if (bytes > limits.sheetXmlBytes) throw sheetTooLarge(bytes, limits.sheetXmlBytes);
}
