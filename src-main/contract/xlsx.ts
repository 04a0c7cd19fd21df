import { z } from 'zod';
import type { Localized } from './localized';
import { listQuerySchema, registerNameSchema } from './records';

/** Largest spreadsheet an import reads (the same cap as a document through files.put). */
export const maxSheetBytes = 20 * 1024 * 1024;

/** Workbook bytes on the wire: base64, capped before anything decodes it. */
const sheetBase64 = z.string().min(1).max(Math.ceil((maxSheetBytes * 4) / 3) + 4);

/** A person's choice of field per sheet column (column letter -> field key, or null: not imported). */
export const columnMappingSchema = z.record(z.string().regex(/^[A-Za-z]{1,3}$/), z.string().min(1).max(64).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export const xlsxImportInputSchema = z.object({ register: registerNameSchema, base64: sheetBase64, mapping: columnMappingSchema.optional() }).strict();
export const xlsxTemplateInputSchema = z.object({ register: registerNameSchema }).strict();
export const xlsxExportInputSchema = listQuerySchema.pick({ register: true, search: true, filters: true, sort: true }).strict();
export const xlsxBudgetInputSchema = z.object({ fiscalYear: z.number().int().min(2000).max(2100) }).strict();

/** A workbook to save: its bytes and the name it is offered under. */
export interface XlsxFile {
  name: string;
  base64: string;
}

export interface RefusedRow {
  /** The spreadsheet's row number, as the office sees it (1 is the first header row). */
  row: number;
  /** Column letter ("C") and the header over it; empty when the reason is about the whole row. */
  column: string;
  header: string;
  value: string;
  reason: Localized;
}

/** Which sheet column was read into which field. */
export interface MappedColumn {
  column: string;
  header: string;
  /** The field key ("id" for the record id column). */
  field: string;
  label: Localized;
}

/** A field a sheet column can be mapped onto ("id" is the record id). */
export interface FieldChoice {
  field: string;
  label: Localized;
}

export interface SheetImportReport {
  register: string;
  /** Rows that are (in a dry run: would be) created, updated, or left as they were because nothing changed. */
  rowsOk: number;
  created: number;
  updated: number;
  unchanged: number;
  rowsRefused: RefusedRow[];
  columns: MappedColumn[];
  /** Headers that match no field: their columns are not read. */
  unknownColumns: { column: string; header: string }[];
  /** The fields a column may be mapped onto instead, for the preview's choice. */
  fieldChoices: FieldChoice[];
  /** False for a dry run: nothing was written. */
  written: boolean;
}
