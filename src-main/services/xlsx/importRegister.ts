import {
  AppError,
  type ColumnMapping,
  type FieldValue,
  type SheetImportReport,
  type Localized,
  type RegisterDef,
  type ValueMapping,
} from '../../contract';
import { cellValue, type NameLookups } from '../../core/xlsx/cellValues';
import { choiceColumns } from '../../core/xlsx/valueMapping';
import { isMaskedText } from '../../core/mask';
import { idHeader } from '../../core/xlsx/columns';
import { adjustMapping, fieldChoices, letterOfHeader, mappingByHeader } from '../../core/xlsx/columnMapping';
import { foldText, mapHeaders } from '../../core/xlsx/headers';
import { keyColumn, naturalKeyOf, naturalKeys } from '../../core/xlsx/naturalKeys';
import type { RawCell } from '../../core/xlsx/readSheet';
import { columnLetter } from '../../core/xlsx/sheet';
import type { ChangeWriter } from '../changeWriter';
import { registerOf, storeOf, type ServiceContext } from '../context';
import { assertMayWrite } from '../permissions';
import { saveRecord } from '../recordCommands';
import { sameRecordsFinder, sameRecordsNote } from '../sameRecords';
import { liveDepartmentCodes } from '../departmentNames';
import type { LiveRecord } from '../referenceChecks';
import { parseWorkbook, type ParseLimits } from './parseWorkbook';
import { sameValue } from '../../core/sameValue';

export interface ImportInput {
  register: string;
  bytes: Uint8Array;
  dryRun: boolean;
  onProgress?: (done: number, total: number) => void;
  /** A person's changes to the mapping the headers propose, by column letter. */
  mapping?: ColumnMapping;
  /** The same by header text (the CLI's --map), turned into column letters once the sheet is read. */
  mappingByHeader?: Record<string, string | null>;
  /** A person's option for values of a choice column that name none, by column letter. */
  valueMapping?: ValueMapping;
  /** The same by header text (the CLI's --map-value "类型:研究机构=researchInstitute"). */
  valueMappingByHeader?: Record<string, Record<string, string>>;
  /** The parse's time and memory limits; tests lower them. */
  limits?: ParseLimits;
  /** Before a write, with the number of rows read: the window and the command line back up first when there are many. */
  beforeWrite?: (rows: number) => Promise<void>;
}

export type RowsInput = Omit<ImportInput, 'bytes' | 'limits' | 'mappingByHeader' | 'valueMappingByHeader' | 'beforeWrite'> & {
  rows: RawCell[][];
  /** Formula cells the file holds no value for (0-based): refused where their column is read, never read as empty. */
  formulasWithoutValue?: { row: number; column: number }[];
};

const noFormulaValue: Localized = {
  zh: '此单元格是公式，文件中没有保存其计算结果（常见于程序生成的表格）。请在 Excel、WPS 或 LibreOffice 中打开并保存后再导入。',
  en: 'This cell is a formula and the file holds no value for it (as programs that write spreadsheets often leave it). Open the file in Excel, WPS or LibreOffice, save it, and import it again.',
};

/** Record ids have no fixed shape (defaults use readable ones), but an id cell is never free text. */
const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

const cellText = (cell: RawCell | undefined): string => (cell === null || cell === undefined ? '' : String(cell));

/** `writtenHere`: whether this import has written (and so made live) a record a row may name. */
function nameLookups(ctx: ServiceContext, writtenHere: LiveRecord): NameLookups & { isLive: LiveRecord } {
  const titles = new Map<string, Map<string, string[]>>();
  const titlesOf = (register: string) => {
    let byTitle = titles.get(register);
    if (!byTitle) {
      const def = registerOf(register);
      byTitle = new Map();
      const rows = ctx.sqlite.prepare(`SELECT "id", "${def.titleField}" AS "title" FROM "${def.name}" WHERE "deleted" = 0`).all() as {
        id: string;
        title: string | null;
      }[];
      for (const { id, title } of rows) {
        const key = foldText(title ?? '');
        byTitle.set(key, [...(byTitle.get(key) ?? []), id]);
      }
      titles.set(register, byTitle);
    }
    return byTitle;
  };
  // Live ids per register, read once; an import deletes nothing, and what it writes it reports.
  const ids = new Map<string, Set<string>>();
  const isLive = (register: string, id: string) => {
    let live = ids.get(register);
    if (!live)
      ids.set(
        register,
        (live = new Set(
          ctx.sqlite
            .prepare(`SELECT "id" FROM "${registerOf(register).name}" WHERE "deleted" = 0`)
            .pluck()
            .all() as string[],
        )),
      );
    return live.has(id) || writtenHere(register, id);
  };
  const departments = ctx.sqlite.prepare('SELECT "code", "nameZh", "nameEn" FROM "department" WHERE "deleted" = 0').all() as {
    code: string;
    nameZh: string;
    nameEn: string | null;
  }[];
  const departmentCodes = new Map<string, string[]>();
  for (const d of departments) {
    for (const name of new Set([d.code, d.nameZh, d.nameEn ?? ''].map(foldText)))
      departmentCodes.set(name, [...(departmentCodes.get(name) ?? []), d.code]);
  }
  return {
    records: (register, text) => (isLive(register, text) ? [text] : (titlesOf(register).get(foldText(text)) ?? [])),
    departments: (text) => departmentCodes.get(foldText(text)) ?? [],
    isLive,
  };
}

/** Live records of the register by natural key, to find the record a row without an id stands for. */
function naturalIndex(ctx: ServiceContext, def: RegisterDef): Map<string, string> | null {
  const fields = naturalKeys[def.name];
  if (!fields) return null;
  const rows = ctx.sqlite
    .prepare(`SELECT "id", ${fields.map((f) => `"${keyColumn(f)}"`).join(', ')} FROM "${def.name}" WHERE "deleted" = 0`)
    .all() as Record<string, FieldValue>[];
  const index = new Map<string, string>();
  for (const row of rows) {
    const key = naturalKeyOf(fields, row);
    if (key) index.set(key, row.id as string);
  }
  return index;
}

/** The sheet column under a label (zh in row 1, or en in row 2 when the sheet has both header rows), or -1. */
function columnOfHeader(rows: RawCell[][], headerRows: number, label: Localized): number {
  const wanted = new Set([foldText(label.zh), foldText(label.en)]);
  const width = Math.max(rows[0]?.length ?? 0, rows[1]?.length ?? 0);
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < headerRows; r++) if (wanted.has(foldText(cellText(rows[r]?.[c])))) return c;
  }
  return -1;
}

/** Parses the workbook off this thread (see parseWorkbook), then imports its first sheet's rows. */
export async function importRegister(ctx: ServiceContext, writer: ChangeWriter, input: ImportInput): Promise<SheetImportReport> {
  return (await importSheet(ctx, writer, input)).report;
}

/** importRegister, with the rows it read: what the refused rows' workbook is written from. */
export async function importSheet(
  ctx: ServiceContext,
  writer: ChangeWriter,
  input: ImportInput,
): Promise<{ report: SheetImportReport; rows: RawCell[][]; headerRows: number }> {
  // One refusal for the whole file where no row could be written (a review installation, an office register on a
  // department laptop), rather than the same reason on every row.
  assertMayWrite(ctx.self, registerOf(input.register), []);
  const { rows, formulasWithoutValue } = await parseWorkbook(input.bytes, input.limits);
  if (!input.dryRun) await input.beforeWrite?.(rows.length);
  const mapping = { ...(input.mappingByHeader ? mappingByHeader(rows, input.mappingByHeader) : {}), ...input.mapping };
  const valueMapping: ValueMapping = { ...input.valueMapping };
  for (const [header, values] of Object.entries(input.valueMappingByHeader ?? {})) {
    const letter = letterOfHeader(rows, header);
    valueMapping[letter] = { ...valueMapping[letter], ...values };
  }
  let headerRows = 1;
  const report = importRows(
    ctx,
    writer,
    { register: input.register, rows, formulasWithoutValue, dryRun: input.dryRun, onProgress: input.onProgress, mapping, valueMapping },
    (n) => (headerRows = n),
  );
  return { report, rows, headerRows };
}

/**
 * Imports a sheet's rows into a register. Every row goes through the same save as the form
 * (validation, reference checks, rules, permissions), all in one transaction: a refused row is reported and left
 * out, the valid rows are written together or not at all, and a dry run rolls the whole transaction back.
 * A row updates the record its id column names, else the record with the same natural key, else creates one;
 * a row that changes nothing is left alone, so importing the same file twice adds nothing.
 */
export function importRows(
  ctx: ServiceContext,
  writer: ChangeWriter,
  input: RowsInput,
  onHeaderRows?: (n: number) => void,
): SheetImportReport {
  const def = registerOf(input.register);
  const { rows } = input;
  const proposed = mapHeaders(def, rows);
  const mapping = input.mapping ? adjustMapping(def, rows, proposed, input.mapping) : proposed;
  onHeaderRows?.(mapping.headerRows);
  const choices = choiceColumns(def, mapping.columns, input.valueMapping ?? {});
  const withoutValue = new Set((input.formulasWithoutValue ?? []).map((f) => `${f.row}:${f.column}`));
  const headerOf = (index: number) => cellText(rows[0]?.[index]);
  const report: SheetImportReport = {
    register: def.name,
    rowsOk: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    rowsRefused: [],
    rowsNoted: [],
    columns: [...mapping.columns.entries()].map(([index, column]) => ({
      column: columnLetter(index),
      header: headerOf(index),
      field: column.key,
      label: column.field?.label ?? idHeader,
    })),
    unknownColumns: mapping.unknown.map((u) => ({ column: columnLetter(u.column), header: u.header })),
    columnValues: [],
    fieldChoices: fieldChoices(def),
    written: false,
  };
  if (mapping.columns.size === 0) {
    throw new AppError('VALIDATION', {
      zh: `表头中没有「${def.label.zh}」的任何字段，请检查所选台账和表头行。`,
      en: `No header names a field of ${def.label.en}; check the register chosen and the header row.`,
    });
  }
  /** Records this import created, updated or found unchanged. */
  const written = new Set<string>();
  const names = nameLookups(ctx, (register, id) => register === def.name && written.has(id));
  // Read once for every row, unless the rows are departments themselves.
  const departments = def.name === 'department' ? undefined : liveDepartmentCodes(ctx);
  // What the register holds is read on the first row, inside the import's transaction: read before it, a record
  // another process wrote while this one waited for the lock would be missed.
  let heldIndex: Map<string, string> | null | undefined;
  const naturalIndexHere = () => (heldIndex === undefined ? (heldIndex = naturalIndex(ctx, def)) : heldIndex);
  const keyFields = naturalKeys[def.name] ?? [];
  // Records that look like one another (a partner's name and country), read once as the first row needs them.
  let heldSame: ReturnType<typeof sameRecordsFinder> | undefined;
  const sameHere = () => (heldSame ??= sameRecordsFinder(ctx, def));
  const store = storeOf(ctx, def.name);
  // Every id the table holds, deleted records' too, read once: most ids in a sheet from another installation name no
  // record here, and are not looked up one by one.
  let storedIds: Set<string> | undefined;
  const storedRow = (recordId: string | undefined) => {
    if (!recordId) return undefined;
    storedIds ??= new Set(ctx.sqlite.prepare(`SELECT "id" FROM "${def.name}"`).pluck().all() as string[]);
    return storedIds.has(recordId) || written.has(recordId) ? store.get(recordId) : undefined;
  };
  const dataRows = rows.slice(mapping.headerRows);
  // Currency fields first, so an amount is read with its currency's decimals.
  const currencyKeys = new Set(def.fields.map((f) => f.currencyField));
  const order = [...mapping.columns.entries()].sort(([, a], [, b]) => Number(currencyKeys.has(b.key)) - Number(currencyKeys.has(a.key)));
  // Where a refusal of a field points: its own column (a reference's title column, not its id column).
  const columnOfField = new Map(order.filter(([, c]) => c.field && c.encoding !== 'refId').map(([index, c]) => [c.key, index]));

  // Warnings the office confirmed on a record (an overspend) are derived, so no field an import sets; a row that
  // carries them (an export does) confirms the same warnings again, as the form's confirmation would.
  const confirmedField = def.fields.find((f) => f.key === 'confirmedWarnings');
  const confirmedColumn = confirmedField ? columnOfHeader(rows, mapping.headerRows, confirmedField.label) : -1;

  const importRow = (cells: RawCell[], rowNumber: number) => {
    let refused = false;
    const refuse = (columnIndex: number | undefined, reason: Localized) => {
      refused = true;
      report.rowsRefused.push({
        row: rowNumber,
        column: columnIndex === undefined ? '' : columnLetter(columnIndex),
        header: columnIndex === undefined ? '' : headerOf(columnIndex),
        value: columnIndex === undefined ? '' : cellText(cells[columnIndex]),
        reason,
      });
    };
    // A plain object, keyed by field keys only: one without a prototype is a dictionary to V8, and copying it into
    // the record's values was a tenth of the import.
    const values: Record<string, FieldValue> = {};
    let id: string | undefined;
    // A reference's id column wins over its title column where it names a live record here.
    const refIds = new Map<string, string>();
    for (const [columnIndex, column] of order) {
      if (column.encoding !== 'refId') continue;
      const text = cellText(cells[columnIndex]).trim();
      if (text && names.records(column.field!.ref!, text)[0] === text) refIds.set(column.key, text);
    }
    for (const [columnIndex, column] of order) {
      const cell = cells[columnIndex] ?? null;
      if (withoutValue.size && withoutValue.has(`${rowNumber - 1}:${columnIndex}`)) {
        refuse(columnIndex, noFormulaValue);
        continue;
      }
      if (column.encoding === 'refId') continue;
      const refId = refIds.get(column.key);
      if (refId !== undefined) {
        values[column.key] = refId;
        continue;
      }
      if (!column.field) {
        const text = cellText(cell).trim();
        if (text && !idPattern.test(text)) refuse(columnIndex, { zh: '不是记录编号', en: 'Not a record id' });
        else if (text) id = text;
        continue;
      }
      const converted = cellValue(column.field, cell, values, names, choices.lookup(columnIndex));
      if ('reason' in converted) {
        refuse(columnIndex, converted.reason);
        if (converted.unmatched !== undefined) choices.unmatched(columnIndex, converted.unmatched);
      }
      // An export masks passport numbers: reading the mask back means "not given", so a record keeps its
      // number and a new one has none, rather than the row being refused or a mask being stored.
      else if (!(column.field.masked && isMaskedText(converted.value))) values[column.key] = converted.value;
    }
    if (refused) return;
    const index = naturalIndexHere();
    const key = index ? naturalKeyOf(keyFields, values) : null;
    let existing = storedRow(id);
    if (!id) id = key ? index?.get(key) : undefined;
    else if (key && !existing) {
      // An id from another installation's export names no record here; the natural key may still (a default
      // record, such as a checklist template, has its own id in every installation), unless another row of
      // this sheet is that record: rows with ids of their own are different records.
      const match = index?.get(key);
      if (match && !written.has(match)) id = match;
    }
    if (id && existing?.id !== id) existing = storedRow(id);
    if (existing && !existing.deleted) {
      const stored = store.values(existing);
      if (Object.keys(values).every((k) => sameValue(values[k], stored[k]))) {
        written.add(id!);
        report.unchanged++;
        report.rowsOk++;
        return;
      }
    }
    try {
      const confirmed =
        confirmedField && confirmedColumn >= 0 ? cellValue(confirmedField, cells[confirmedColumn] ?? null, values, names) : null;
      const confirm = confirmed && 'value' in confirmed && Array.isArray(confirmed.value) ? (confirmed.value as string[]) : undefined;
      const saved = saveRecord(
        ctx,
        writer,
        { register: def.name, id, values: { ...values }, ...(confirm ? { confirm } : {}) },
        {
          inCallerTransaction: true,
          existing: existing ?? null,
          departments,
          isLive: names.isLive,
        },
      );
      if (key) index?.set(key, saved);
      written.add(saved);
      const same = existing ? [] : sameHere().find(values, saved);
      if (!existing) sameHere().add(values, saved);
      if (same.length)
        report.rowsNoted.push({
          row: rowNumber,
          column: '',
          header: '',
          value: String(values[def.titleField] ?? ''),
          reason: sameRecordsNote(def, same),
        });
      report[existing ? 'updated' : 'created']++;
      report.rowsOk++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      const issues = err.issues?.length ? err.issues : [{ field: '', message: err.localized }];
      for (const issue of issues) refuse(columnOfField.get(issue.field.split('.')[0]!), issue.message);
    }
  };

  // Where records carry confirmed warnings (an allocation overspent), rows are saved as the records were: in
  // the order they were created (UUIDv7 ids sort by time), confirmed ones last, for a confirmation was given when
  // that record tipped the balance over, and the records before it needed none, whatever the sheet's order.
  const idColumn = [...mapping.columns].find(([, c]) => !c.field)?.[0];
  const rank = (i: number) =>
    [Number(cellText(dataRows[i]![confirmedColumn]) !== ''), idColumn === undefined ? '' : cellText(dataRows[i]![idColumn])] as const;
  const confirmedLast = [...dataRows.keys()];
  if (confirmedColumn >= 0) {
    confirmedLast.sort((a, b) => {
      const [ca, ia] = rank(a);
      const [cb, ib] = rank(b);
      return ca - cb || (ia < ib ? -1 : ia > ib ? 1 : a - b);
    });
  }
  const importAll = () => {
    input.onProgress?.(0, dataRows.length);
    confirmedLast.forEach((i, done) => {
      const cells = dataRows[i]!;
      if (cells.every((c) => c === null || cellText(c).trim() === '')) return;
      importRow(cells, mapping.headerRows + i + 1);
      if (input.onProgress && done % 1000 === 999) input.onProgress(done + 1, dataRows.length);
    });
    input.onProgress?.(dataRows.length, dataRows.length);
  };
  if (input.dryRun) writer.rehearse(importAll);
  else writer.batch(importAll);
  report.written = !input.dryRun;
  report.columnValues = choices.report((index) => headerOf(index));
  return report;
}
