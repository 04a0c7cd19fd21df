import { z } from 'zod';

/**
 * A file the person picked to read, or a target they chose to write, as the window knows it: an opaque id the
 * transport issued, the file's own name (never a folder) and its size. The renderer never holds a path, and
 * never ships a file's bytes through a channel: the transport that issued the id maps it to a path for the call.
 */
export interface FileHandle {
  id: string;
  name: string;
  size: number;
}

/** 128 random bits, hex: unguessable, so a handle cannot be forged, only used by the window it was given to. */
export const fileHandleIdPattern = /^[0-9a-f]{32}$/;

export const fileHandleSchema = z
  .object({ id: z.string().regex(fileHandleIdPattern), name: z.string().min(1).max(255), size: z.number().int().nonnegative() })
  .strict();

/** What a file is for: it decides the dialog's title and filters, and the cap an upload meets. */
export const fileKinds = ['bundle', 'sheet', 'document'] as const;
export type FileKind = (typeof fileKinds)[number];
export const isFileKind = (kind: unknown): kind is FileKind => typeof kind === 'string' && (fileKinds as readonly string[]).includes(kind);

/** Whether a channel reads the file a handle names (a picked file) or writes it (a chosen target). */
export type FileAccess = 'read' | 'write';
