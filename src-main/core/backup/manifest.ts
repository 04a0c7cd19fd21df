import { z } from 'zod';
import { backupKinds, roles } from '../../contract';

/**
 * What a backup (one `.waiban-backup` file, a zip) says of itself in `backup.json`: when and why it was taken, whose
 * data it holds, and the size and SHA-256 of every other entry, so a damaged or truncated copy is recognised before
 * anything is restored from it.
 */
export const backupFormatVersion = 1;

export const backupManifestName = 'backup.json';
/** The database snapshot, a whole SQLite file. */
export const snapshotName = 'waiban.sqlite';
/** The private key, present only encrypted with a passphrase (PKCS#8, as `waiban keys protect` keeps it). */
export const backupKeyName = 'keys/installation.key';
export const documentName = (sha256: string): string => `files/${sha256}`;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const entry = z.object({ size: count, sha256 }).strict();

export const backupManifestSchema = z
  .object({
    format: z.literal(backupFormatVersion),
    appVersion: z.string().max(40),
    created: z.string().datetime(),
    kind: z.enum(backupKinds),
    note: z.string().max(500).optional(),
    installation: z
      .object({
        id: uuid,
        name: z.string().max(200),
        role: z.enum(roles),
        departments: z.array(z.string().max(40)).max(200),
        fingerprint: z.string().max(80),
      })
      .strict(),
    database: entry.extend({ migrations: z.array(z.string().max(100)).max(1000) }).strict(),
    /** Live records per register in the snapshot. */
    records: z.record(z.string().max(60), count),
    documents: z.array(entry).max(10_000_000),
    key: entry.nullable(),
  })
  .strict();

export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Every entry a backup holds besides its manifest, with the size and hash the manifest promises. */
export const listedEntries = (m: BackupManifest): { name: string; size: number; sha256: string }[] => [
  { name: snapshotName, size: m.database.size, sha256: m.database.sha256 },
  ...m.documents.map((d) => ({ name: documentName(d.sha256), ...d })),
  ...(m.key ? [{ name: backupKeyName, ...m.key }] : []),
];
