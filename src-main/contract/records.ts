import { z } from 'zod';
import { filterValueSchema } from './listFilters';
import type { Localized } from './localized';
import type { RuleFinding, RuleFindingSummary } from './rules';

/** One value in a table row: anything but a table. */
export type CellValue = string | number | boolean | string[] | FileRef | null;
export type TableRow = Record<string, CellValue>;
export type FieldValue = CellValue | TableRow[];

export interface FileRef {
  sha256: string;
  name: string;
  size: number;
}

export interface RecordMeta {
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  /** Hybrid logical clock of the change that produced this state. */
  version: string;
  /** The change id the editor saw; a save names it as its parent. */
  head: string;
  deleted: boolean;
  /** Concurrent heads exist (resolved in the sync work). */
  conflict: boolean;
}

export interface RecordDto {
  id: string;
  department: string;
  values: Record<string, FieldValue>;
  /** Titles of referenced records, keyed by field, so lists need no second round trip. */
  refTitles?: Record<string, string>;
  /** Set when a record in force is near or past its expiry date (e.g. the 90-day badge). */
  expiry?: { kind: 'expiresSoon' | 'lapsed'; days: number };
  meta: RecordMeta;
  /** Titles of records referred to from table rows (members' names), by id. */
  rowRefTitles?: Record<string, string>;
  /** Fields whose values are shown masked (not revealed in this response). */
  masked?: string[];
  /** For a record with a checklist: each status it may move to next and what blocks that move. */
  nextSteps?: NextStep[];
  /** For a record the foreign-affairs rules check: its findings on its page, their count in lists. */
  ruleFindings?: RuleFinding[];
  /** Held on this laptop only as another's record, to show and refer to (its owner named); never edited here. */
  context?: { owner: string };
  ruleFindingSummary?: RuleFindingSummary;
}

export interface NextStep {
  status: string;
  blockers: ChecklistBlocker[];
  /** The blocking rule findings the move would meet, as the gate judges them (none when it would pass). */
  ruleBlockers?: RuleFinding[];
  /** Only the office makes this move (an approval); this installation cannot. */
  officeOnly?: boolean;
}

export interface ChecklistBlocker {
  title: string;
  titleEn: string | null;
  reason: 'pending' | 'rejected' | 'evidenceMissing';
}

const cellValue: z.ZodType<CellValue> = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string().max(255), size: z.number().int().nonnegative() }).strict(),
  z.null(),
]);

/** Tables are bounded: a delegation has tens of members, not thousands. */
export const maxTableRows = 500;

const fieldValue: z.ZodType<FieldValue> = z.union([cellValue, z.array(z.record(z.string().max(60), cellValue)).max(maxTableRows)]);

export const registerNameSchema = z.string().min(1).max(40);

export const listQuerySchema = z
  .object({
    register: registerNameSchema,
    search: z.string().max(200).optional(),
    /** By filter key; several values match any of them. */
    filters: z.record(z.string(), filterValueSchema).optional(),
    sort: z
      .object({ field: z.string(), direction: z.enum(['asc', 'desc']) })
      .strict()
      .optional(),
    /** Opaque keyset cursor returned by the previous page. */
    after: z.string().max(2000).optional(),
    limit: z.number().int().min(1).max(500).optional(),
    includeDeleted: z.boolean().optional(),
    onlyDeleted: z.boolean().optional(),
    /** Only these records: the list behind a target's figure, whose count is the figure. */
    ids: z.array(z.string().uuid()).max(20000).optional(),
  })
  .strict();
export type ListQuery = z.infer<typeof listQuerySchema>;

export interface ListPage {
  rows: RecordDto[];
  /** Present when more rows follow. */
  next?: string;
  total: number;
}

export const putRecordSchema = z
  .object({
    register: registerNameSchema,
    /** Absent for a new record. */
    id: z.string().uuid().optional(),
    /** The change the editor saw (RecordMeta.head); required when editing. */
    baseHead: z.string().uuid().optional(),
    department: z.string().max(40).optional(),
    values: z.record(z.string(), fieldValue),
    /** Warning codes the user has seen and accepts (NEEDS_CONFIRMATION). */
    confirm: z.array(z.string().max(60)).max(20).optional(),
  })
  .strict();
export type PutRecordInput = z.infer<typeof putRecordSchema>;

export const recordRefSchema = z.object({ register: registerNameSchema, id: z.string().uuid() }).strict();
export type RecordRef = z.infer<typeof recordRefSchema>;

/**
 * Puts back the values a record had after one of its earlier changes, as a new change made now (history keeps
 * every version); `baseHead` is the version the user was looking at, as for an edit.
 */
export const restoreVersionSchema = recordRefSchema
  .extend({
    changeId: z.string().uuid(),
    baseHead: z.string().uuid().optional(),
    confirm: z.array(z.string().max(60)).max(20).optional(),
  })
  .strict();
export type RestoreVersionInput = z.infer<typeof restoreVersionSchema>;

/** Values being entered, to find records they may repeat (RegisterDef.sameAs); `id` is the record edited, if any. */
export const sameRecordsSchema = z
  .object({ register: registerNameSchema, id: z.string().uuid().optional(), values: z.record(z.string(), fieldValue) })
  .strict();

/** `reveal` shows masked fields in full and is logged in the record's history. */
export const getRecordSchema = recordRefSchema.extend({ reveal: z.boolean().optional() }).strict();
export type GetRecordInput = z.infer<typeof getRecordSchema>;

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

export interface HistoryEntry {
  changeId: string;
  op: 'put' | 'delete' | 'restore' | 'create' | 'reveal';
  at: string;
  author: string;
  authorName: string;
  department: string;
  hlc: string;
  changes: FieldChange[];
}

export interface RegisterStats {
  register: string;
  label: Localized;
  live: number;
  deleted: number;
}
