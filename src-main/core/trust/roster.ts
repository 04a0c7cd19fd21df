import { z } from 'zod';
import { roles } from '../../contract';
import { bundleRefusal } from '../bundle/refusal';

/**
 * The roster (docs/bundles.md, Trust): every installation the office trusts, with the key its bundles must
 * be signed with, signed by the office key. Its version only goes up, so an older roster — one that still
 * trusts a key revoked since — is recognised and refused.
 */
export const rosterFormat = 1;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
/** The second line of a minisign public key file: base64 of "Ed" || key id || key, 42 bytes. */
export const publicKeyLine = z.string().regex(/^RW[A-Za-z0-9+/]{54}$/);

export const rosterEntrySchema = z
  .object({
    id: uuid,
    name: z.string().min(1).max(200),
    role: z.enum(roles),
    departments: z.array(z.string().min(1).max(40)).max(200),
    publicKey: publicKeyLine,
    status: z.enum(['active', 'revoked']),
    /** For a revoked installation, the last of its segments still trusted; null while active. */
    lastGoodSeq: count.nullable(),
    /** And that segment's SHA-256: only the chain ending in it stays trusted (absent in rosters from before it was kept). */
    lastGoodSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable()
      .optional(),
    enrolledAt: z.string().datetime(),
  })
  .strict();

export const rosterSchema = z
  .object({
    format: z.literal(rosterFormat),
    office: uuid,
    version: count.min(1),
    issued: z.string().datetime(),
    installations: z.array(rosterEntrySchema).max(10_000),
  })
  .strict();

export type Roster = z.infer<typeof rosterSchema>;
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** The roster as schema-checked data, or a refusal saying which field is wrong. */
export function readRoster(value: unknown): Roster {
  const parsed = rosterSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || '(root)';
    throw bundleRefusal(
      `名册（roster.json）格式不对：${where}：${issue.message}`,
      `The roster (roster.json) is malformed at ${where}: ${issue.message}`,
    );
  }
  const roster = parsed.data;
  const ids = new Set(roster.installations.map((i) => i.id));
  if (ids.size !== roster.installations.length) throw bundleRefusal('名册中有重复的安装。', 'The roster lists an installation twice.');
  const office = roster.installations.find((i) => i.id === roster.office);
  if (office?.role !== 'office' || office.status !== 'active') {
    throw bundleRefusal('名册未把外事办列为有效的办公室安装。', 'The roster does not list its office as an active office installation.');
  }
  return roster;
}

/** The roster's bytes as signed and stored: pretty JSON, so people can read what they trust. */
export const rosterBytes = (roster: Roster): string => `${JSON.stringify(roster, null, 2)}\n`;
