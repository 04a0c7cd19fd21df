import { z } from 'zod';
import { fileHandleSchema, type FileHandle } from './files';
import type { InstallationDto } from './installation';
import { registerNameSchema, type FieldValue } from './records';

/** Where an export goes: the office, one department's laptops, or leadership's read-only review copy. */
export const destinationSchema = z.union([
  z.literal('office'),
  z.literal('review'),
  z.string().regex(/^department:[A-Za-z0-9_-]{1,32}(\+[A-Za-z0-9_-]{1,32}){0,15}$/),
]);
export type Destination = z.infer<typeof destinationSchema>;

/** `target`: where the bundle is written, a save target the person chose. */
export const syncExportInputSchema = z.object({ to: destinationSchema, full: z.boolean().optional(), target: fileHandleSchema }).strict();
/** `file`: the bundle the person picked. */
export const syncImportInputSchema = z.object({ file: fileHandleSchema }).strict();

export interface ExportedBundle {
  /** The target, as written. */
  file: FileHandle;
  sequence: number;
  segments: number;
  changes: number;
  files: number;
}

/** What an import did (or, previewed, would do): the same report the command line prints. */
export interface SyncImportReport {
  exporter: string;
  signer: string;
  sequence: number;
  created: string;
  newChanges: number;
  perRegister: Record<string, number>;
  recordsTouched: number;
  conflicts: { register: string; recordId: string }[];
  gaps: { author: string; missing: number[]; awaitingParents: number }[];
  clockWarnings: number;
  preview: boolean;
}

export interface KnownInstallation extends InstallationDto {
  status: string;
  /** The newest bundle imported from it, if any. */
  lastBundle: { sequence: number; importedAt: string; newChanges: number } | null;
}

export interface SyncStatus {
  self: InstallationDto;
  installations: KnownInstallation[];
  /** Destinations this installation may export to. */
  destinations: Destination[];
  /** The newest bundle this installation took in: what a review copy's data is as of. */
  lastImport: { exporter: string; created: string; importedAt: string } | null;
  conflicts: number;
}

export const conflictRefSchema = z.object({ register: registerNameSchema, id: z.string().min(1).max(100) }).strict();

export const conflictResolveSchema = z
  .object({
    register: registerNameSchema,
    id: z.string().min(1).max(100),
    pick: z.string().min(1).max(100).optional(),
    values: z.record(z.string(), z.unknown()).optional(),
  })
  .strict()
  .refine((r) => (r.pick === undefined) !== (r.values === undefined), { message: 'give either pick or values' });

export interface ConflictSummary {
  register: string;
  id: string;
  title: string;
  department: string;
  /** Number of versions in conflict (the shown one and the kept ones). */
  versions: number;
}

export interface ConflictVersion {
  changeId: string;
  op: 'put' | 'delete';
  /** null for a deletion. */
  values: Record<string, FieldValue> | null;
  department: string;
  author: { id: string; name: string };
  /** When it was made, by the author's clock (ISO). */
  at: string;
  /** The version the lists show until someone resolves (highest clock, then change id). */
  shown: boolean;
}

export interface ConflictDetail {
  register: string;
  id: string;
  title: string;
  versions: ConflictVersion[];
  /** Field keys whose values differ between the versions. */
  differing: string[];
}
