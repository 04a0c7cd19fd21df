import { AppError, type TrustDto } from '../../contract';
import { parseBoundedJson } from '../../core/bundle/boundedJson';
import { defaultBundleLimits } from '../../core/bundle/limits';
import { bundleRefusal } from '../../core/bundle/refusal';
import { requireCommentMatches, rosterComment } from '../../core/bundle/trustedComments';
import { encodePublicKey, keyIdFromHex, minisignKeyIdHex, type MinisignPublicKey } from '../../core/signing/minisignKey';
import { equalBytes } from '../../core/signing/encoding';
import { readRoster, rosterBytes, rosterFormat, type Roster, type RosterEntry } from '../../core/trust/roster';
import type { InstallationTable, OfficePinTable, RosterTable } from '../../db/schema';
import { keyOfEntry } from '../bundle/signers';
import { floorFor } from '../../db/numberingFloor';
import { sha256Hex } from '../bundle/segments';
import type { ServiceContext } from '../context';
import { fingerprint } from '../keys';
import { verifyMinisign } from '../minisign';
import { installationPublicKey, signAsInstallation } from '../signing';

/** A roster with the bytes and office signature it travels as. */
export interface SignedRoster {
  roster: Roster;
  bytes: Buffer;
  signature: string;
}

export interface OfficePin {
  id: string;
  key: MinisignPublicKey;
}

/** The newest roster accepted here, if any. */
export function heldRoster(ctx: ServiceContext): SignedRoster | undefined {
  const row = ctx.sqlite.prepare('SELECT * FROM "roster" ORDER BY "version" DESC LIMIT 1').get() as RosterTable | undefined;
  return row && { roster: readRoster(JSON.parse(row.document.toString('utf8'))), bytes: row.document, signature: row.signature };
}

/** The roster in force, or a refusal saying this installation has none yet. */
export function requireRoster(ctx: ServiceContext): Roster {
  const held = heldRoster(ctx);
  if (!held) {
    throw new AppError('NOT_FOUND', {
      zh: '本机还没有名册：请先导入外事办发来的登记数据包，或用 --pubkey 指定受信的公钥。',
      en: 'No roster is held here yet: import the enrolment bundle from the office first, or give the trusted keys with --pubkey.',
    });
  }
  return held.roster;
}

export function officePin(ctx: ServiceContext): OfficePin | undefined {
  const row = ctx.sqlite.prepare('SELECT * FROM "officePin"').get() as OfficePinTable | undefined;
  return row && { id: row.id, key: { keyId: keyIdFromHex(row.keyId), publicKey: new Uint8Array(row.publicKey) } };
}

export function pinOffice(ctx: ServiceContext, pin: OfficePin): void {
  ctx.sqlite
    .prepare('INSERT INTO "officePin" ("pin", "id", "publicKey", "keyId", "pinnedAt") VALUES (1, ?, ?, ?, ?)')
    .run(pin.id, Buffer.from(pin.key.publicKey), minisignKeyIdHex(pin.key.keyId), new Date(ctx.clock.now()).toISOString());
}

/** The second line of a minisign public key file, as the roster lists keys. */
export const publicKeyLineOf = (key: MinisignPublicKey): string => encodePublicKey(key).split('\n')[1]!;

/**
 * Makes the installation table the roster's materialised form: every other installation as the roster lists
 * it (those it no longer lists are dropped), and this installation's role and departments as the office
 * approved them, in the database and in the running context.
 */
function applyRoster(ctx: ServiceContext, roster: Roster): void {
  const upsert = ctx.sqlite.prepare(
    `INSERT INTO "installation" ("id", "name", "role", "departments", "publicKey", "keyId", "createdAt", "status", "lastGoodSeq")
     VALUES (@id, @name, @role, @departments, @publicKey, @keyId, @createdAt, @status, @lastGoodSeq)
     ON CONFLICT ("id") DO UPDATE SET "name" = excluded."name", "role" = excluded."role", "departments" = excluded."departments",
       "publicKey" = excluded."publicKey", "keyId" = excluded."keyId", "status" = excluded."status", "lastGoodSeq" = excluded."lastGoodSeq"`,
  );
  for (const e of roster.installations) {
    const key = keyOfEntry(e);
    if (e.id === ctx.self.id) {
      ctx.sqlite
        .prepare('UPDATE "installation" SET "role" = ?, "departments" = ? WHERE "id" = ?')
        .run(e.role, JSON.stringify(e.departments), e.id);
      Object.assign(ctx.self, { role: e.role, departments: e.departments });
      continue;
    }
    upsert.run({
      id: e.id,
      name: e.name,
      role: e.role,
      departments: JSON.stringify(e.departments),
      publicKey: Buffer.from(key.publicKey),
      keyId: minisignKeyIdHex(key.keyId),
      createdAt: e.enrolledAt,
      status: e.status,
      lastGoodSeq: e.lastGoodSeq,
    });
  }
  const listed = JSON.stringify(roster.installations.map((e) => e.id));
  ctx.sqlite.prepare(`DELETE FROM "installation" WHERE "isSelf" = 0 AND "id" NOT IN (SELECT "value" FROM json_each(?))`).run(listed);
}

/** Stores a roster already verified (or just signed here) and brings the installation table to it. */
export function storeRoster(ctx: ServiceContext, signed: SignedRoster): void {
  ctx.sqlite
    .prepare('INSERT INTO "roster" ("version", "document", "signature", "receivedAt") VALUES (?, ?, ?, ?)')
    .run(signed.roster.version, signed.bytes, signed.signature, new Date(ctx.clock.now()).toISOString());
  applyRoster(ctx, signed.roster);
}

/**
 * Office: signs the next roster version with the office key, stores and applies it. An office restored from a backup
 * numbers its rosters past those its lost copy may have sent (core/bundle/restart.ts).
 */
export function publishRoster(ctx: ServiceContext, installations: RosterEntry[]): SignedRoster {
  const version = Math.max(heldRoster(ctx)?.roster.version ?? 0, floorFor(ctx.sqlite, ctx.self.id)) + 1;
  const roster: Roster = {
    format: rosterFormat,
    office: ctx.self.id,
    version,
    issued: new Date(ctx.clock.now()).toISOString(),
    installations,
  };
  const bytes = Buffer.from(rosterBytes(roster), 'utf8');
  const signature = signAsInstallation(ctx, bytes, rosterComment({ office: roster.office, version, sha256: sha256Hex(bytes) }));
  const signed = { roster, bytes, signature };
  ctx.sqlite.transaction(() => storeRoster(ctx, signed))();
  return signed;
}

/**
 * An office restored from a backup holds the roster as it was then; its laptops may hold a later version its lost
 * copy signed, and refuse an older one as a rollback. Before its first export it signs the roster it holds again,
 * under a version above the numbering floor. Installations enrolled after the backup are not in it: they ask to join
 * again; revocations made after the backup are made again (README, "Restoring the office").
 */
export function reissueRosterAfterRestore(ctx: ServiceContext): void {
  const held = heldRoster(ctx);
  if (ctx.self.role !== 'office' || !held || held.roster.version > floorFor(ctx.sqlite, ctx.self.id)) return;
  publishRoster(ctx, held.roster.installations);
}

/**
 * The office is its own root of trust: on first opening (and in a database from before the roster) it pins
 * its own key and signs roster version 1 from the installations it holds, so keys registered by hand earlier
 * stay trusted.
 */
export function ensureOfficeRoster(ctx: ServiceContext): void {
  if (ctx.self.role !== 'office' || heldRoster(ctx)) return;
  ctx.sqlite.transaction(() => {
    pinOffice(ctx, { id: ctx.self.id, key: installationPublicKey(ctx) });
    const rows = ctx.sqlite
      .prepare('SELECT * FROM "installation" ORDER BY "isSelf" DESC, "createdAt", "id"')
      .all() as (InstallationTable & { status: 'active' | 'revoked'; lastGoodSeq: number | null })[];
    publishRoster(
      ctx,
      rows.map((r) => ({
        id: r.id,
        name: r.name,
        role: r.role,
        departments: JSON.parse(r.departments) as string[],
        publicKey: publicKeyLineOf({ keyId: keyIdFromHex(r.keyId), publicKey: new Uint8Array(r.publicKey) }),
        status: r.status,
        lastGoodSeq: r.lastGoodSeq,
        enrolledAt: r.createdAt,
      })),
    );
  })();
}

/**
 * Checks a roster that arrived against the pinned office key: signed by that key, its trusted comment naming
 * this very document, issued by the pinned office, which it lists with the same key (at enrolment the office
 * is known by its key alone). Returns it when it is
 * newer than the one held, nothing when it is the one held; a lower version is a rollback and is refused.
 */
export function checkIncomingRoster(
  ctx: ServiceContext,
  pin: { id?: string; key: MinisignPublicKey },
  bytes: Buffer,
  signature: string,
): SignedRoster | undefined {
  try {
    const comment = verifyMinisign(bytes, signature, pin.key);
    const roster = readRoster(parseBoundedJson(bytes.toString('utf8'), defaultBundleLimits, 'roster.json'));
    requireCommentMatches(comment, rosterComment({ office: roster.office, version: roster.version, sha256: sha256Hex(bytes) }), {
      zh: '名册签名',
      en: 'the roster signature',
    });
    const officeEntry = roster.installations.find((e) => e.id === roster.office)!;
    const officeKey = keyOfEntry(officeEntry);
    if ((pin.id !== undefined && roster.office !== pin.id) || !equalBytes(officeKey.publicKey, pin.key.publicKey)) {
      throw bundleRefusal(
        '名册出自另一个外事办（与本机固定的外事办不同）。',
        'The roster comes from another office than the one pinned here.',
      );
    }
    const held = heldRoster(ctx);
    if (held && roster.version < held.roster.version) {
      throw bundleRefusal(
        `数据包带的名册是第 ${roster.version} 版，比本机已有的第 ${held.roster.version} 版旧：名册不能回退（可能是旧数据包被重放），未做任何改动。请外事办重新导出。`,
        `The bundle carries roster version ${roster.version}, older than version ${held.roster.version} held here: a roster cannot go back (an old bundle replayed?); nothing changed. Ask the office for a new export.`,
      );
    }
    if (held && roster.version === held.roster.version) {
      if (!held.bytes.equals(bytes))
        throw bundleRefusal(
          `同为第 ${roster.version} 版，名册内容却不同，不予接受。`,
          `Two different rosters under version ${roster.version}; refused.`,
        );
      return undefined;
    }
    return { roster, bytes, signature };
  } catch (err) {
    throw prefixed(err, { zh: '名册不可信', en: 'The roster is not trusted' });
  }
}

const prefixed = (err: unknown, what: { zh: string; en: string }): unknown =>
  err instanceof AppError ? new AppError(err.code, { zh: `${what.zh}：${err.localized.zh}`, en: `${what.en}: ${err.localized.en}` }) : err;

/** What `keys show` and the Sync page say about trust here. */
export function trustSummary(ctx: ServiceContext): TrustDto {
  const pin = officePin(ctx);
  const held = heldRoster(ctx);
  return {
    self: ctx.self,
    officeId: pin?.id ?? null,
    officeFingerprint: pin ? fingerprint(Buffer.from(pin.key.publicKey)) : null,
    rosterVersion: held?.roster.version ?? null,
    rosterIssued: held?.roster.issued ?? null,
    installations: (held?.roster.installations ?? []).map((e) => ({
      id: e.id,
      name: e.name,
      role: e.role,
      departments: e.departments,
      status: e.status,
      lastGoodSeq: e.lastGoodSeq,
      enrolledAt: e.enrolledAt,
      fingerprint: fingerprint(Buffer.from(keyOfEntry(e).publicKey)),
    })),
  };
}
