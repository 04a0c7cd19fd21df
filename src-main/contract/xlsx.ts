import { z } from 'zod';
import { fileHandleSchema } from './files';
import type { Localized } from './localized';
import { listQuerySchema, registerNameSchema } from './records';

/** A person's choice of field per sheet column (column letter -> field key, or null: not imported). */
export const columnMappingSchema = z.record(z.string().regex(/^[A-Za-z]{1,3}$/), z.string().min(1).max(64).nullable());
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/**
 * A person's choice of option for values of a choice column that name none (column letter -> the cell's text ->
 * the option's value, 'true'/'false' for a yes/no column): the office's 研究机构 read as 科研机构.
 */
export const valueMappingSchema = z.record(
  z.string().regex(/^[A-Za-z]{1,3}$/),
  z.record(z.string().min(1).max(1000), z.string().min(1).max(64)),
);
export type ValueMapping = z.infer<typeof valueMappingSchema>;

/** `file`: the workbook the person picked. */
export const xlsxImportInputSchema = z
  .object({
    register: registerNameSchema,
    file: fileHandleSchema,
    mapping: columnMappingSchema.optional(),
    valueMapping: valueMappingSchema.optional(),
  })
  .strict();
/** The rows an import refuses, as a workbook to fix and import again, written to `target`. */
export const xlsxRefusedRowsInputSchema = xlsxImportInputSchema.extend({ target: fileHandleSchema }).strict();
/** Each workbook the app writes goes to `target`, a save target the person chose. */
export const xlsxTemplateInputSchema = z.object({ register: registerNameSchema, target: fileHandleSchema }).strict();
export const xlsxExportInputSchema = listQuerySchema
  .pick({ register: true, search: true, filters: true, sort: true, ids: true })
  .extend({ target: fileHandleSchema })
  .strict();
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

/**
 * A choice column's values that name no option (or that the person mapped), each with the option it is read as (none
 * yet: `option` absent), and the options to choose from.
 */
export interface ColumnValues {
  column: string;
  header: string;
  field: string;
  label: Localized;
  values: { text: string; option?: string }[];
  options: { value: string; label: Localized }[];
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
  /** Rows saved (or to be saved) with a warning: a record that looks already entered (RegisterDef.sameAs). */
  rowsNoted: RefusedRow[];
  columns: MappedColumn[];
  /** Headers that match no field: their columns are not read. */
  unknownColumns: { column: string; header: string }[];
  /** Choice columns with values that name no option, or that were mapped by hand: the wizard's value step. */
  columnValues: ColumnValues[];
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
    rows: z
      .array(z.array(z.union([z.string().max(32767), z.number().finite(), z.null()])).max(100))
      .min(1)
      .max(20_000),
    widths: z.array(z.number().int().min(1).max(255)).max(100),
    /** Columns whose numbers are shares (0.5 = 50%), shown as percentages. */
    percentColumns: z.array(z.number().int().min(0).max(99)).max(100).optional(),
  })
  .strict();
export type XlsxTable = Omit<z.infer<typeof xlsxTableInputSchema>, 'target'>;
