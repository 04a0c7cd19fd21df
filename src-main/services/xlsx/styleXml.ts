export const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The first id of a workbook's own number formats; lower ids are Excel's built-in ones. */
const firstCustomFormat = 164;

/**
 * The cell formats of a workbook, made as the sheets ask for them: 0 plain, 1 a bold header, 2 text with a quote
 * prefix (typed in again, it stays text), then one per number format (dates, amounts) in the order first used.
 */
export class CellStyles {
  static readonly plain = 0;
  static readonly bold = 1;
  static readonly quoted = 2;
  private readonly formats = new Map<string, number>();

  /** The cell format showing numbers in `format` ("yyyy-mm-dd", "#,##0.00"). */
  number(format: string): number {
    let xf = this.formats.get(format);
    if (xf === undefined) this.formats.set(format, (xf = 3 + this.formats.size));
    return xf;
  }

  xml(): string {
    const formats = [...this.formats.keys()];
    const numFmts = formats.map((code, i) => `<numFmt numFmtId="${firstCustomFormat + i}" formatCode="${escapeXml(code)}"/>`).join('');
    const xfs = [
      '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
      '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
      '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" quotePrefix="1"/>',
      ...formats.map(
        (_, i) => `<xf numFmtId="${firstCustomFormat + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
      ),
    ];
    const font = (bold: boolean) =>
      `<font>${bold ? '<b/>' : ''}<sz val="12"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : '') +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
