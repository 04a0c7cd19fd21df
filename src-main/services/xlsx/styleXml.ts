import * as XLSX from 'xlsx';

export interface SheetStyle {
  headerRows: number;
  /** Cell refs of text that starts like a formula. */
  quoted: string[];
  validations: { sqref: string; source: string }[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function replaceOnce(xml: string, pattern: RegExp, replace: (...m: string[]) => string, what: string): string {
  if (!pattern.test(xml)) throw new Error(`xlsx writer output changed: no ${what}`);
  return xml.replace(pattern, replace);
}

/** Adds a bold font and two cell formats (bold header; text with a quote prefix); returns their indexes. */
function addStyles(xml: string): { xml: string; bold: number; quoted: number } {
  let fontCount = 0;
  let xfCount = 0;
  let out = replaceOnce(xml, /<fonts count="(\d+)">([\s\S]*?)<\/fonts>/, (_m, count, fonts) => {
    fontCount = Number(count);
    return `<fonts count="${fontCount + 1}">${fonts}<font><b/><sz val="12"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>`;
  }, 'fonts');
  out = replaceOnce(out, /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/, (_m, count, xfs) => {
    xfCount = Number(count);
    return `<cellXfs count="${xfCount + 2}">${xfs}`
      + `<xf numFmtId="0" fontId="${fontCount}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`
      + '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/></cellXfs>';
  }, 'cell formats');
  return { xml: out, bold: xfCount, quoted: xfCount + 1 };
}

function styleSheet(xml: string, style: SheetStyle, xf: { bold: number; quoted: number }): string {
  const quoted = new Set(style.quoted);
  let out = xml.replace(/<c r="([A-Z]+)(\d+)"( s="\d+")?/g, (m, col: string, row: string) => {
    if (Number(row) <= style.headerRows) return `<c r="${col}${row}" s="${xf.bold}"`;
    return quoted.has(col + row) ? `<c r="${col}${row}" s="${xf.quoted}"` : m;
  });
  if (style.headerRows) {
    const pane = `<pane ySplit="${style.headerRows}" topLeftCell="A${style.headerRows + 1}" activePane="bottomLeft" state="frozen"/>`;
    out = replaceOnce(out, /<sheetView ([^>]*?)\/>/, (_m, attrs) => `<sheetView ${attrs}>${pane}</sheetView>`, 'sheet view');
  }
  if (style.validations.length) {
    const items = style.validations
      .map((v) => `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${v.sqref}"><formula1>${escapeXml(v.source)}</formula1></dataValidation>`)
      .join('');
    out = replaceOnce(out, /<\/sheetData>/, () => `</sheetData><dataValidations count="${style.validations.length}">${items}</dataValidations>`, 'sheet data');
  }
  return out;
}

/** Rewrites the styles and sheets of a workbook SheetJS wrote (sheet N is xl/worksheets/sheetN.xml). */
export function styleWorkbook(bytes: Buffer, sheets: SheetStyle[]): Buffer {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const entry = (path: string) => {
    const found = XLSX.CFB.find(zip, `/${path}`);
    if (!found?.content) throw new Error(`xlsx writer output changed: no ${path}`);
    return found;
  };
  const text = (path: string) => Buffer.from(entry(path).content as Uint8Array).toString('utf8');
  const styles = addStyles(text('xl/styles.xml'));
  entry('xl/styles.xml').content = Buffer.from(styles.xml, 'utf8');
  sheets.forEach((style, i) => {
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    entry(path).content = Buffer.from(styleSheet(text(path), style, styles), 'utf8');
  });
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array);
}
