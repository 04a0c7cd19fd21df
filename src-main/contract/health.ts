import { z } from 'zod';
import { fileHandleSchema } from './files';
import type { Localized } from './localized';

/** A file of the data folder other accounts on this computer can read, and the command that fixes it. */
export interface PermissionWarning {
  path: string;
  /** Its mode, octal (644). */
  mode: string;
  fix: string;
  message: Localized;
}

/** What the app found about its data folder on open: the page check, and files others can read. */
export interface DataHealth {
  /** The database failed SQLite's page check: it is open read-only, every write is refused with DB_DAMAGED. */
  damaged: boolean;
  /** The full integrity_check ran (the last session ended without closing), not the quick one. */
  fullCheck: boolean;
  /** The first lines of SQLite's report when damaged. */
  report: string[];
  permissions: PermissionWarning[];
}

/** How a rebuild from the change log went: what was read back, what was not, where the damaged file was kept. */
export interface RebuildReport {
  /** Rows copied per table that is not a register (installation, trust roster, change log…). */
  copied: Record<string, number>;
  /** Rows that could not be read per table, or -1 where part of a table could not be reached at all. */
  unreadable: Record<string, number>;
  /** Changes replayed from the log, and the records they rebuilt per register. */
  changes: number;
  records: Record<string, number>;
  /** The backup taken of the damaged database first, or why none could be. */
  backup: { file: string } | { failed: Localized };
  /** The damaged database, renamed beside the new one (never deleted). */
  keptAs: string;
}

export const repairSaveCopyInputSchema = z.object({ target: fileHandleSchema }).strict();
export const repairRebuildInputSchema = z.object({ confirmed: z.literal(true) }).strict();
