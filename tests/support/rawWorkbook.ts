import { ZipParts } from '../../src-main/services/xlsx/zipParts';

/**
 * A workbook of one sheet whose <sheetData> XML is given as written, pieces and all: for files no spreadsheet program
 * writes by choice (a formula with no saved value, a sheet that inflates to hundreds of MB).
 */
export function rawWorkbook(sheetData: Iterable<string>): Buffer {
  const zip = new ZipParts();
  const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const pkg = 'http://schemas.openxmlformats.org/package/2006/relationships';
  zip.add('[Content_Types].xml', [
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/data.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ]);
  zip.add('_rels/.rels', [
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ]);
  zip.add('xl/workbook.xml', [
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="台账" sheetId="1" r:id="rId7"/></sheets></workbook>`,
  ]);
  zip.add('xl/_rels/workbook.xml.rels', [
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${pkg}"><Relationship Id="rId7" Type="${rel}/worksheet" Target="worksheets/data.xml"/></Relationships>`,
  ]);
  zip.add(
    'xl/worksheets/data.xml',
    (function* () {
      yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData>`;
      yield* sheetData;
      yield '</sheetData></worksheet>';
    })(),
  );
  return zip.bytes();
}

/** An inline text cell. */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
