import type { SheetSpec } from '../../core/xlsx/sheet';
import { SharedStrings } from './sharedStrings';
import { sheetXml } from './sheetXml';
import { CellStyles, escapeXml } from './styleXml';
import { ZipParts } from './zipParts';

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relsNs = 'http://schemas.openxmlformats.org/package/2006/relationships';

function contentTypes(sheets: number): string {
  const overrides = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  return (
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    `${overrides.join('')}` +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    '</Types>'
  );
}

function workbookXml(names: string[]): string {
  const sheets = names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  return `${declaration}<workbook xmlns="${mainNs}" xmlns:r="${relationships}"><bookViews><workbookView/></bookViews><sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(sheets: number): string {
  const links = Array.from(
    { length: sheets },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${relationships}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const styles = `<Relationship Id="rId${sheets + 1}" Type="${relationships}/styles" Target="styles.xml"/>`;
  const strings = `<Relationship Id="rId${sheets + 2}" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${declaration}<Relationships xmlns="${relsNs}">${links.join('')}${styles}${strings}</Relationships>`;
}

const packageRels = `${declaration}<Relationships xmlns="${relsNs}"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

/**
 * Writes sheets to .xlsx bytes: the XML written here, each sheet's rows read and deflated as they come, so an
 * export of 100k records holds its compressed bytes and its distinct texts, never the whole workbook (SheetJS's
 * writer builds every cell as an object, then the whole XML, several hundred MB for such a sheet).
 * Sheet N is xl/worksheets/sheetN.xml.
 */
export function workbookBytes(sheets: SheetSpec[]): Buffer {
  const zip = new ZipParts();
  const parts = { styles: new CellStyles(), strings: new SharedStrings() };
  zip.add('[Content_Types].xml', [contentTypes(sheets.length)]);
  zip.add('_rels/.rels', [packageRels]);
  zip.add('xl/workbook.xml', [workbookXml(sheets.map((s) => s.name))]);
  zip.add('xl/_rels/workbook.xml.rels', [workbookRels(sheets.length)]);
  sheets.forEach((spec, i) => zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(spec, parts)));
  zip.add('xl/styles.xml', [parts.styles.xml()]);
  zip.add('xl/sharedStrings.xml', parts.strings.xml());
  return zip.bytes();
}
