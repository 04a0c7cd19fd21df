import { z } from 'zod';
import type { FieldValue, RegisterDef, TableRow } from '../../contract';
import { maskText } from '../mask';
import { bundleRefusal } from './refusal';

/**
 * The records a department's records refer to that are not the department's own (another school's teacher on a
 * joint trip, the office's agreement a programme names), as an office bundle carries them in `context.json`: enough
 * to show them and to check references against them, never to edit them.
 */
export const contextFormat = 1;

export interface ContextRecord {
  register: string;
  id: string;
  /** The department that owns it: the laptop shows it with its owner and a lock. */
  owner: string;
  title: string;
  values: Record<string, FieldValue>;
}

const contextRecordSchema = z
  .object({
    register: z.string().min(1).max(40),
    id: z.string().min(1).max(200),
    owner: z.string().min(1).max(40),
    title: z.string().max(1000),
    values: z.record(z.string(), z.unknown()),
  })
  .strict();

const contextSchema = z.object({ format: z.literal(contextFormat), records: z.array(contextRecordSchema).max(1_000_000) }).strict();

/** The context document as schema-checked data, or a refusal saying where it is wrong. */
export function readContextDocument(value: unknown): ContextRecord[] {
  const parsed = contextSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw bundleRefusal(
      `参考记录（context.json）格式不对：${where}：${issue.message}`,
      `The context records (context.json) are malformed at ${where}: ${issue.message}`,
    );
  }
  return parsed.data.records as ContextRecord[];
}

/** What of another department's person travels: who they are and what a trip's rules read; the number masked, no scans. */
const personFields = new Set([
  'name',
  'nameOriginal',
  'category',
  'department',
  'position',
  'leadership',
  'nationality',
  'passportType',
  'passportExpiry',
  'passportNumber',
]);

/**
 * A record's values as they travel as context: documents left out (their bytes do not travel either), masked
 * fields masked, and of a person only what a record naming them needs.
 */
export function cutForContext(def: RegisterDef, values: Record<string, FieldValue>): Record<string, FieldValue> {
  const out: Record<string, FieldValue> = {};
  for (const f of def.fields) {
    if (def.name === 'person' && !personFields.has(f.key)) continue;
    const v = values[f.key] ?? null;
    if (f.type === 'file') continue;
    if (f.masked && typeof v === 'string') out[f.key] = maskText(v);
    else if (f.type === 'table' && Array.isArray(v)) {
      const files = (f.columns ?? []).filter((c) => c.type === 'file').map((c) => c.key);
      out[f.key] = files.length
        ? (v as TableRow[]).map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => !files.includes(k))))
        : v;
    } else out[f.key] = v;
  }
  return out;
}
