import { z } from 'zod';
import { fileHandleSchema } from './files';
import type { Localized } from './localized';
import { listQuerySchema, registerNameSchema } from './records';

/** A person's choice of field per sheet column (column letter -> field key, or null: not imported). */
export const columnMappingSchema = z.record(z.string().regex(/^[A-Za-z]{1,3}$/), z.string().min(1).max(64).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** `file`: the workbook the person picked. */
export const xlsxImportInputSchema = z.object({ register: registerNameSchema, file: fileHandleSchema, mapping: columnMappingSchema.optional() }).strict();
/** Each workbook the app writes goes to `target`, a save target the person chose. */
export const xlsxTemplateInputSchema = z.object({ register: registerNameSchema, target: fileHandleSchema }).strict();
export const xlsxExportInputSchema = listQuerySchema.pick({ register: true, search: true, filters: true, sort: true }).extend({ target: fileHandleSchema }).strict();
export const xlsxBudgetInputSchema = z.object({ fiscalYear: z.number().int().min(2000).max(2100), target: fileHandleSchema }).strict();

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

/**
 * A table the window shows (the plan's targets, the departments' evaluation), saved as a one-sheet workbook by the
 * app's one spreadsheet writer: the window sends the words it shows, the main process writes the file.
 */
export const xlsxTableInputSchema = z
  .object({
    target: fileHandleSchema,
    name: z.string().min(1).max(100),
    rows: z.array(z.array(z.union([z.string().max(32767), z.number().finite(), z.null()])).max(100)).min(1).max(20_000),
    widths: z.array(z.number().int().min(1).max(255)).max(100),
    /** Columns whose numbers are shares (0.5 = 50%), shown as percentages. */
    percentColumns: z.array(z.number().int().min(0).max(99)).max(100).optional(),
  })
  .strict();
export type XlsxTable = Omit<z.infer<typeof xlsxTableInputSchema>, 'target'>;
