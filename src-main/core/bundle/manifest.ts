import { z } from 'zod';
import { bundleRefusal } from './refusal';

export const bundleFormatVersion = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** prev of an author's first segment: there is nothing before it to hash. */
export const noPreviousSegment = '0'.repeat(64);

export const manifestSchema = z
  .object({
    format: z.literal(bundleFormatVersion),
    exporter: uuid,
    sequence: count.min(1),
    created: z.string().datetime(),
    entries: z.array(z.object({ path: z.string(), size: count, sha256 }).strict()),
    segments: z.array(z.object({ author: uuid, seq: count.min(1), prev: sha256, sha256, count: count.min(1) }).strict()),
  })
  .strict();

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = Manifest['entries'][number];
export type SegmentInfo = Manifest['segments'][number];

/** The manifest as schema-checked data, or a refusal saying which field is wrong. */
export function readManifest(value: unknown): Manifest {
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw bundleRefusal(
      `清单（manifest.json）格式不对：${where}：${issue.message}`,
      `The manifest (manifest.json) is malformed at ${where}: ${issue.message}`,
    );
  }
  return parsed.data;
}
