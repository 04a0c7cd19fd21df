import { createPrivateKey } from 'node:crypto';
import { chmodSync, existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import { AppError, type JoinRequestDto, type ReEnrolmentDto, type ReplacedInstallationDto } from '../../contract';
import { joinRequestComment, replacementComment } from '../../core/bundle/trustedComments';
import { minisignKeyIdHex } from '../../core/signing/minisignKey';
import { joinRequestFormat, type JoinRequest } from '../../core/trust/joinRequest';
import { backupKeyFile } from '../backup/backupKey';
import { sha256Hex } from '../bundle/segments';
import type { ServiceContext } from '../context';
import { keyFile, sealedKeyFile } from '../dataDir';
import { fingerprint, generateInstallationKeys } from '../keys';
import { forgetSigningKey } from '../keyProtection';
import { signMinisign } from '../minisign';
import { signAsInstallation } from '../signing';
import { keyOfEntry } from '../bundle/signers';
import { toDto, writeJoinRequestFile, type SignedJoinRequest } from './joinRequest';
import { heldRoster, officePin, publicKeyLineOf } from './roster';

/**
 * A laptop whose identity forked — restored from an older copy of its data folder (a disk image, a copied folder,
 * not the app's own restore, which numbers past the fork), it wrote before importing — is refused by the office
 * under its old identity for good: its new changes take numbers the office already holds with other changes. The way
 * out is a new identity for the same data (README, "A forked laptop"): kept here under `meta`, from the request until
 * the office's enrolment bundle for it has been imported and the records the office never received are carried over.
 */
const stateKey = 'reEnrolment';

export interface StoredState {
  previous: ReplacedInstallationDto;
  requestedAt: string;
  state: ReEnrolmentDto['state'];
  request: { bytes: string; signature: string; previousSignature: string };
  carried: number;
  /** Refused records keep their image here, so nothing the laptop held is lost. */
  refused: (ReEnrolmentDto['refused'][number] & { op: 'put' | 'delete'; values: Record<string, unknown> | null })[];
}

export function readState(ctx: ServiceContext): StoredState | undefined {
  const value = ctx.sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(stateKey) as string | undefined;
  return value === undefined ? undefined : (JSON.parse(value) as StoredState);
}

export function writeReEnrolmentState(ctx: ServiceContext, state: StoredState): void {
  ctx.sqlite
    .prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
    .run(stateKey, JSON.stringify(state));
}

/** The re-enrolment waiting for the office's enrolment bundle, if any. */
export function pendingReEnrolment(ctx: ServiceContext): StoredState | undefined {
  const state = readState(ctx);
  return state?.state === 'requested' ? state : undefined;
}

/** The replacement request made when this computer took its new identity, to be sent again as it was. */
export function pendingReplacementRequest(ctx: ServiceContext): SignedJoinRequest | undefined {
  const state = pendingReEnrolment(ctx);
  return (
    state && {
      bytes: Buffer.from(state.request.bytes, 'base64'),
      signature: state.request.signature,
      previousSignature: state.request.previousSignature,
    }
  );
}

/** What the Sync page and `keys show` say about a re-enrolment: none, waiting for the office, or done with its carry-over. */
export function reEnrolmentStatus(ctx: ServiceContext): ReEnrolmentDto | null {
  const s = readState(ctx);
  return s
    ? {
        previous: s.previous,
        requestedAt: s.requestedAt,
        state: s.state,
        carried: s.carried,
        refused: s.refused.map(({ register, recordId, title, reason }) => ({ register, recordId, title, reason })),
      }
    : null;
}

const refuse = (zh: string, en: string) => new AppError('VALIDATION', { zh: `${zh}未做任何改动。`, en: `${en} Nothing changed.` });

/**
 * Laptop: gives this computer a new identity (a new key pair and installation id) for the data it holds, and writes
 * the join request the office approves as a replacement: signed by the new key, and by the old one, so that only the
 * computer holding the old identity's key can ask to replace it. The old key is put aside (renamed, never deleted).
 * From now on this computer writes as the new identity; its bundles are taken once the office has enrolled it. Asked
 * again before the office's answer, it writes the same request again.
 */
export async function reEnrol(ctx: ServiceContext, out: string): Promise<JoinRequestDto> {
  if (existsSync(out)) throw refuse(`文件已存在：${out}，未覆盖；`, `${out} already exists; it was not overwritten.`);
  const roster = heldRoster(ctx)?.roster;
  const waiting = pendingReplacementRequest(ctx);
  if (waiting) {
    await writeJoinRequestFile(out, waiting);
    return toDto(JSON.parse(waiting.bytes.toString('utf8')) as JoinRequest, roster);
  }
  if (ctx.self.role !== 'department') {
    throw refuse(
      '只有院系部的电脑需要重新登记：外事办是信任的根，审阅电脑不写入数据。',
      'Only a department computer is enrolled again this way: the office is the root of trust and a review computer writes nothing.',
    );
  }
  const mine = roster?.installations.find((e) => e.id === ctx.self.id);
  if (!officePin(ctx) || !mine) {
    throw refuse(
      '本机不在外事办的名册中：请用“生成入网申请”（waiban join-request）申请登记。',
      "The office's roster does not list this computer: send a join request (`waiban join-request`) instead.",
    );
  }
  if (mine.status !== 'active') {
    throw refuse(
      '本机的身份已被外事办吊销：请在新的数据文件夹上重新申请登记（其指纹须当面核对）。',
      "The office has revoked this computer's identity: ask to join again from a new data folder (its fingerprint compared in person).",
    );
  }
  const previous: ReplacedInstallationDto = {
    id: mine.id,
    name: mine.name,
    fingerprint: fingerprint(Buffer.from(keyOfEntry(mine).publicKey)),
    departments: mine.departments,
    status: mine.status,
  };
  const keys = generateInstallationKeys();
  const id = uuidv7();
  const request: JoinRequest = {
    format: joinRequestFormat,
    id,
    name: ctx.self.name,
    role: ctx.self.role,
    departments: mine.departments,
    publicKey: publicKeyLineOf({ keyId: keys.keyId, publicKey: keys.publicKey }),
    created: new Date(ctx.clock.now()).toISOString(),
    replaces: mine.id,
  };
  const bytes = Buffer.from(`${JSON.stringify(request, null, 2)}\n`, 'utf8');
  const sha256 = sha256Hex(bytes);
  // The old key first: locked, it asks for its passphrase, and nothing has changed yet.
  const previousSignature = signAsInstallation(ctx, bytes, replacementComment({ previous: mine.id, id, sha256 }));
  const signature = signMinisign(
    bytes,
    { keyId: keys.keyId, privateKey: createPrivateKey(keys.privateKeyPem) },
    joinRequestComment({ id, sha256 }),
  );
  const signed = { bytes, signature, previousSignature };
  await writeJoinRequestFile(out, signed);
  takeNewIdentity(ctx, { id, keys, previous, requestedAt: request.created, request: signed });
  return toDto(request, roster);
}

/**
 * The switch itself: the new key written beside the old one, then one transaction making the new identity this
 * installation's (the old one stays in the table as the roster lists it), then the old key files put aside and the
 * new key renamed into place.
 */
function takeNewIdentity(
  ctx: ServiceContext,
  o: {
    id: string;
    keys: ReturnType<typeof generateInstallationKeys>;
    previous: ReplacedInstallationDto;
    requestedAt: string;
    request: { bytes: Buffer; signature: string; previousSignature: string };
  },
): void {
  const file = keyFile(ctx.dataDir);
  const fresh = `${file}.${process.pid}.new`;
  rmSync(fresh, { force: true });
  writeFileSync(fresh, o.keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
  chmodSync(fresh, 0o600);
  const keyId = minisignKeyIdHex(o.keys.keyId);
  const createdAt = o.requestedAt;
  ctx.sqlite.transaction(() => {
    ctx.sqlite.prepare('UPDATE "installation" SET "isSelf" = 0 WHERE "id" = ?').run(o.previous.id);
    ctx.sqlite
      .prepare(
        'INSERT INTO "installation" ("id", "name", "role", "departments", "publicKey", "keyId", "createdAt", "isSelf") VALUES (?, ?, ?, ?, ?, ?, ?, 1)',
      )
      .run(o.id, ctx.self.name, ctx.self.role, JSON.stringify(ctx.self.departments), o.keys.publicKey, keyId, createdAt);
    writeReEnrolmentState(ctx, {
      previous: o.previous,
      requestedAt: o.requestedAt,
      state: 'requested',
      request: {
        bytes: o.request.bytes.toString('base64'),
        signature: o.request.signature,
        previousSignature: o.request.previousSignature,
      },
      carried: 0,
      refused: [],
    });
  })();
  const stamp = new Date(ctx.clock.now()).toISOString().replace(/[:.]/g, '-');
  for (const old of [file, sealedKeyFile(ctx.dataDir), backupKeyFile(ctx.dataDir)]) {
    if (existsSync(old)) renameSync(old, `${old}.replaced-${stamp}`);
  }
  renameSync(fresh, file);
  forgetSigningKey(ctx);
  Object.assign(ctx.self, { id: o.id, keyId, fingerprint: fingerprint(o.keys.publicKey), createdAt });
}
