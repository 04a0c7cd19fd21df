import { z } from 'zod';
import { filterValueSchema } from './listFilters';

/** A search and filters kept under a name, to apply again with one click. */
export const savedFilterSchema = z
  .object({
    name: z.string().trim().min(1).max(60),
    search: z.string().max(200).optional(),
    filters: z.record(z.string().max(60), filterValueSchema),
  })
  .strict();
export type SavedFilter = z.infer<typeof savedFilterSchema>;

/** How one person keeps a register's list: the columns chosen, in order, their widths, the saved filters. */
export const listPreferencesSchema = z
  .object({
    columns: z.array(z.string().max(60)).max(200).optional(),
    /** Pixels, for the columns the person has resized; the others are sized to their content. */
    widths: z.record(z.string().max(60), z.number().int().min(40).max(2000)).optional(),
    saved: z.array(savedFilterSchema).max(50).optional(),
  })
  .strict();
export type ListPreferences = z.infer<typeof listPreferencesSchema>;
