import { z } from 'zod';
import type { Localized } from './localized';
import { listQuerySchema, registerNameSchema } from './records';

/** Most records one bulk action names by id: the rows a person can tick, or every record a list matches. */
export const maxBulkRecords = 100_000;

/**
 * An action on many records of one register, each record a change of its own through the one gate: the records
 * ticked in the list (`ids`), or every live record its search and filters match (`matching`).
 */
export const bulkActionInputSchema = z
  .object({
    register: registerNameSchema,
    action: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('delete') }).strict(),
      /** The office moves records to another department (their owner). */
      z.object({ kind: z.literal('assignDepartment'), department: z.string().min(1).max(40) }).strict(),
    ]),
    ids: z.array(z.string().uuid()).min(1).max(maxBulkRecords).optional(),
    matching: listQuerySchema.pick({ search: true, filters: true, ids: true }).strict().optional(),
  })
  .strict()
  .refine((i) => (i.ids === undefined) !== (i.matching === undefined), {
    message: 'name the records by ids or by matching, one of the two',
  });
export type BulkActionInput = z.infer<typeof bulkActionInputSchema>;

/** A record the action did not change, and why (the gate's own words). */
export interface BulkRefusal {
  id: string;
  title: string;
  message: Localized;
}

/** What a bulk action did, record by record: nothing refused is counted as done. */
export interface BulkReport {
  total: number;
  /** Changed, each by a change of its own. */
  done: string[];
  /** Already as asked (the department already theirs): nothing written. */
  unchanged: string[];
  refused: BulkRefusal[];
}
