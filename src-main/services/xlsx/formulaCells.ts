import type { RawCell } from '../../core/xlsx/readSheet';

/** A formula cell whose saved value SheetJS cannot give: none saved, or a text saved without its type. */
export interface FormulaCell {
  /** 0-based, as the rows an import reads. */
  row: number;
  column: number;
  /** The saved value as written in the file, or null when the file holds none (a program wrote the formula only). */
  text: string | null;
}

const number = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : entities[e]!,
  );

/** "AB12" -> its 0-based row and column. */
function position(ref: string): { row: number; column: number } | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(ref);
  if (!m) return null;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/**
 * The formula cells of a worksheet's XML that SheetJS would misread: a cached value without a type attribute is
 * taken as a number (`<v>伦敦</v>` became NaN, `<v>2x</v>` became 2), and a formula with no cached value at all
 * becomes an empty cell. Found by searching the bytes for formulas, which are few, so a large sheet costs little.
 */
export function formulaCells(xml: Buffer): FormulaCell[] {
  const found: FormulaCell[] = [];
  for (let at = xml.indexOf('<f'); at >= 0; at = xml.indexOf('<f', at + 2)) {
    const next = xml[at + 2];
    if (next !== 0x3e && next !== 0x20 && next !== 0x2f) continue; // <f>, <f ...>, <f/>: not <filterColumn> and the like
    const start = xml.lastIndexOf('<c ', at);
    const end = xml.indexOf('</c>', at);
    if (start < 0 || end < 0) continue;
    const cell = xml.toString('utf8', start, end);
    const head = cell.slice(0, cell.indexOf('>'));
    const ref = / r="([A-Z]+\d+)"/.exec(head)?.[1];
    const type = / t="(\w+)"/.exec(head)?.[1];
    const where = ref ? position(ref) : null;
    if (!where) continue;
    const cached = /<v>([\s\S]*?)<\/v>/.exec(cell)?.[1];
    if (cached === undefined || (cached === '' && type !== 'str')) found.push({ ...where, text: null });
    else if ((type === undefined || type === 'n') && !number.test(cached)) found.push({ ...where, text: unescapeXml(cached) });
  }
  return found;
}

/** The first worksheet's part in a workbook's zip, from workbook.xml and its relationships. */
export function firstSheetPart(workbookXml: string, relsXml: string): string | null {
  const id = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbookXml)?.[1] ?? /<sheet\b[^>]*\bid="([^"]+)"/.exec(workbookXml)?.[1];
  if (!id) return null;
  const rel = new RegExp(`<Relationship\\b[^>]*\\bId="${id.replace(/[^\w]/g, '')}"[^>]*>`).exec(relsXml)?.[0];
  const target = rel && /\bTarget="([^"]+)"/.exec(rel)?.[1];
  if (!target) return null;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Puts each formula's saved text where SheetJS read a number, and says which cells have no saved value. */
export function applyFormulaCells(rows: RawCell[][], cells: FormulaCell[]): { row: number; column: number }[] {
  const missing: { row: number; column: number }[] = [];
  for (const cell of cells) {
    if (cell.text === null) missing.push({ row: cell.row, column: cell.column });
    else if (rows[cell.row]) rows[cell.row]![cell.column] = cell.text;
  }
  return missing;
}
