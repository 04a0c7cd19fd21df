import { escapeXml } from './styleXml';
import { pieceChars } from './zipParts';

/** Characters XML cannot hold, and text that readers would take for such an escape: both written as _xHHHH_. */
const unwritable = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)/g;
const stringXml = (s: string) =>
  escapeXml(s).replace(unwritable, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);

/** A workbook's table of texts: each distinct text once, numbered as the sheets first use it. */
export class SharedStrings {
  private readonly numbers = new Map<string, number>();
  private uses = 0;

  index(text: string): number {
    this.uses++;
    let n = this.numbers.get(text);
    if (n === undefined) this.numbers.set(text, (n = this.numbers.size));
    return n;
  }

  *xml(): Generator<string> {
    let piece =
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.uses}" uniqueCount="${this.numbers.size}">`;
    for (const text of this.numbers.keys()) {
      // Spaces at either end are kept only when marked so; SheetJS reads the mark on every text more slowly.
      const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
      piece += `<si><t${space}>${stringXml(text)}</t></si>`;
      if (piece.length >= pieceChars) {
        yield piece;
        piece = '';
      }
    }
    yield `${piece}</sst>`;
  }
}
