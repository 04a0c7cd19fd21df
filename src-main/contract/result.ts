import type { Localized } from './localized';

/** Stable error codes: callers (UI, CLI, tests) branch on these, never on message text. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'UNKNOWN_CHANNEL',
  'UNKNOWN_REGISTER',
  'READ_ONLY',
  'FORBIDDEN',
  'IN_USE',
  'TRANSITION',
  'CONFLICT',
  'DB_NEWER_VERSION',
  'DB_NOT_WAIBAN',
  'DB_LOCKED',
  /** The database file is there but empty or damaged (its pages fail SQLite's check): nothing is written to it. */
  'DB_DAMAGED',
  'DATA_DIR_MISSING',
  'FILE_TOO_LARGE',
  'BAD_SIGNATURE',
  'BAD_BUNDLE',
  /** A backup file that is damaged, truncated, from a newer version or not a backup: nothing was restored from it. */
  'BAD_BACKUP',
  'NEEDS_CONFIRMATION',
  'FINGERPRINT_MISMATCH',
  /** The private key is protected by a passphrase not given yet in this session: unlock, then retry. */
  'KEY_LOCKED',
  'WRONG_PASSPHRASE',
  /**
   * This installation's own changes came back from the office under numbers it holds other changes under: it was
   * restored from an older copy and wrote before importing. The way out is to enrol it again (sync.reEnrol).
   */
  'FORKED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of a submitted record, named so a form can show it beside the field. */
export interface FieldIssue {
  field: string;
  message: Localized;
  /**
   * Set on a warning the office may knowingly override (spending beyond an allocation): saving again with
   * this code in `confirm` goes ahead and records the confirmation on the record.
   */
  warning?: string;
}

export interface AppErrorBody {
  code: ErrorCode;
  message: Localized;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Thrown inside services; dispatch turns it into the error envelope. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly localized: Localized,
    readonly issues?: FieldIssue[],
  ) {
    super(localized.en);
    this.name = 'AppError';
  }

  toBody(): AppErrorBody {
    return { code: this.code, message: this.localized, ...(this.issues ? { issues: this.issues } : {}) };
  }
}
