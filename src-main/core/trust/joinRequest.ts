import { z } from 'zod';
import { roles } from '../../contract';
import { bundleRefusal } from '../bundle/refusal';
import { publicKeyLine } from './roster';

/**
 * A join request: what a new laptop asks the office to trust — its id, name, role, departments and public
 * key — signed with that key, which proves the requester holds the private key it names.
 */
export const joinRequestFormat = 1;

export const joinRequestSchema = z
  .object({
    format: z.literal(joinRequestFormat),
    id: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    name: z.string().min(1).max(200),
    role: z.enum(roles),
    departments: z.array(z.string().min(1).max(40)).max(200),
    publicKey: publicKeyLine,
    created: z.string().datetime(),
    /**
     * A computer enrolled again after its identity forked (restored from an older copy, it wrote before importing):
     * the identity it replaces, whose key also signs the request.
     */
    replaces: z
      .string()
      .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
      .optional(),
  })
  .strict();

export type JoinRequest = z.infer<typeof joinRequestSchema>;

export function readJoinRequestDocument(value: unknown): JoinRequest {
  const parsed = joinRequestSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw bundleRefusal(`入网申请格式不对：${where}：${issue.message}`, `The join request is malformed at ${where}: ${issue.message}`);
  }
  return parsed.data;
}
