import { existsSync, renameSync, rmSync } from 'node:fs';
import { AppError, type JoinRequestDto } from '../../contract';
import { parseBoundedJson } from '../../core/bundle/boundedJson';
import { joinRequestName, joinRequestPredecessorSignatureName, joinRequestSignatureName } from '../../core/bundle/entryNames';
import { defaultBundleLimits } from '../../core/bundle/limits';
import { bundleRefusal } from '../../core/bundle/refusal';
import { joinRequestComment, replacementComment, requireCommentMatches } from '../../core/bundle/trustedComments';
import { joinRequestFormat, readJoinRequestDocument, type JoinRequest } from '../../core/trust/joinRequest';
import { sha256Hex } from '../bundle/segments';
import { readSmall } from '../bundle/verifyBundle';
import { openCheckedZip } from '../bundle/zipReader';
import { writeZip } from '../bundle/zipWriter';
import type { ServiceContext } from '../context';
import { fingerprint } from '../keys';
import { verifyMinisign } from '../minisign';
import { installationPublicKey, signAsInstallation } from '../signing';
import { keyOfEntry } from '../bundle/signers';
import { heldRoster, officePin, publicKeyLineOf } from './roster';
import { pendingReplacementRequest } from './reEnrolment';
import type { Roster } from '../../core/trust/roster';

/**
 * Writes this laptop's join request: its id, name, role, departments and public key, signed with its own key.
 * An office, or a laptop already enrolled, has nothing to ask for — unless the roster in force no longer lists it:
 * the office restored a backup from before its enrolment, and asks it to join again.
 */
export async function writeJoinRequest(ctx: ServiceContext, out: string): Promise<JoinRequestDto> {
  if (ctx.self.role === 'office') {
    throw new AppError('VALIDATION', {
      zh: '外事办工作站本身是信任的根，不需要入网申请。',
      en: 'The office workstation is the root of trust; it needs no join request.',
    });
  }
  if (officePin(ctx) && heldRoster(ctx)?.roster.installations.some((e) => e.id === ctx.self.id)) {
    throw new AppError('VALIDATION', {
      zh: '本机已登记（已固定外事办密钥），无需再申请。',
      en: 'This installation is already enrolled (the office key is pinned); no join request is needed.',
    });
  }
  if (existsSync(out))
    throw new AppError('VALIDATION', { zh: `文件已存在：${out}，未覆盖。`, en: `${out} already exists; it was not overwritten.` });
  // A computer enrolled again after its identity forked sends the replacement request it made then.
  const pending = pendingReplacementRequest(ctx);
  if (pending) {
    await writeJoinRequestFile(out, pending);
    return toDto(readJoinRequestDocument(JSON.parse(pending.bytes.toString('utf8'))), heldRoster(ctx)?.roster);
  }
  const request: JoinRequest = {
    format: joinRequestFormat,
    id: ctx.self.id,
    name: ctx.self.name,
    role: ctx.self.role,
    departments: ctx.self.departments,
    publicKey: publicKeyLineOf(installationPublicKey(ctx)),
    created: new Date(ctx.clock.now()).toISOString(),
  };
  const bytes = Buffer.from(`${JSON.stringify(request, null, 2)}\n`, 'utf8');
  const signature = signAsInstallation(ctx, bytes, joinRequestComment({ id: request.id, sha256: sha256Hex(bytes) }));
  await writeJoinRequestFile(out, { bytes, signature });
  return toDto(request);
}

/** A join request as it travels: the request, its own key's signature and, for a replacement, the replaced identity's. */
export interface SignedJoinRequest {
  bytes: Buffer;
  signature: string;
  previousSignature?: string;
}

/** Writes a join request's zip beside the target, then renames it into place. */
export async function writeJoinRequestFile(out: string, r: SignedJoinRequest): Promise<void> {
  const temp = `${out}.${process.pid}.part`;
  try {
    await writeZip(
      [
        { path: joinRequestName, bytes: r.bytes },
        { path: joinRequestSignatureName, bytes: Buffer.from(r.signature, 'utf8') },
        ...(r.previousSignature === undefined
          ? []
          : [{ path: joinRequestPredecessorSignatureName, bytes: Buffer.from(r.previousSignature, 'utf8') }]),
      ],
      temp,
    );
    renameSync(temp, out);
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The request as people read it; the identity it replaces as the given roster lists it. */
export const toDto = (r: JoinRequest, roster?: Roster): JoinRequestDto => {
  const dto: JoinRequestDto = {
    id: r.id,
    name: r.name,
    role: r.role,
    departments: r.departments,
    created: r.created,
    fingerprint: fingerprint(Buffer.from(keyOfEntry(r).publicKey)),
  };
  if (r.replaces === undefined) return dto;
  const previous = roster?.installations.find((e) => e.id === r.replaces);
  return {
    ...dto,
    replaces: {
      id: r.replaces,
      name: previous?.name ?? null,
      fingerprint: previous ? fingerprint(Buffer.from(keyOfEntry(previous).publicKey)) : null,
      departments: previous?.departments ?? [],
      status: previous?.status ?? null,
    },
  };
};

/**
 * Reads a join request through the same zip caps as a bundle and checks that the key it names signed it, with
 * a trusted comment naming this very request: a request altered on the way no longer verifies.
 */
export async function readJoinRequest(
  file: string,
  roster?: Roster,
): Promise<{ request: JoinRequest; dto: JoinRequestDto; bytes: Buffer; previousSignature?: string }> {
  const zip = await openCheckedZip(file, defaultBundleLimits);
  try {
    const stray = zip.names.find(
      (n) => n !== joinRequestName && n !== joinRequestSignatureName && n !== joinRequestPredecessorSignatureName,
    );
    if (stray) throw bundleRefusal(`入网申请中有不应有的条目“${stray}”。`, `The join request holds an entry it should not ("${stray}").`);
    const bytes = await readSmall(zip, joinRequestName, defaultBundleLimits);
    const signature = (await readSmall(zip, joinRequestSignatureName, defaultBundleLimits)).toString('utf8');
    const request = readJoinRequestDocument(parseBoundedJson(bytes.toString('utf8'), defaultBundleLimits, joinRequestName));
    try {
      const comment = verifyMinisign(bytes, signature, keyOfEntry(request));
      requireCommentMatches(comment, joinRequestComment({ id: request.id, sha256: sha256Hex(bytes) }), {
        zh: '入网申请签名',
        en: 'the join request signature',
      });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      throw bundleRefusal(
        `入网申请未经其所列密钥有效签名（已被改动？）：${err.localized.zh}`,
        `The join request is not validly signed by the key it names (altered?): ${err.localized.en}`,
      );
    }
    const previousSignature = zip.names.includes(joinRequestPredecessorSignatureName)
      ? (await readSmall(zip, joinRequestPredecessorSignatureName, defaultBundleLimits)).toString('utf8')
      : undefined;
    if ((previousSignature === undefined) !== (request.replaces === undefined)) {
      throw bundleRefusal(
        '替代申请须同时带有被替代安装的签名（或都不带），这份申请不完整。',
        "A replacement request must carry the replaced identity's signature, and only it may; this request is incomplete.",
      );
    }
    return { request, dto: toDto(request, roster), bytes, previousSignature };
  } finally {
    zip.close();
  }
}

/**
 * Office: checks that the identity a replacement request names signed this very request with the key the roster lists
 * for it. Only the holder of that key can ask to replace it: another laptop's key cannot take over its identity.
 */
export function verifyReplacement(
  r: { request: JoinRequest; bytes: Buffer; previousSignature?: string },
  previous: { publicKey: string; name: string },
): void {
  try {
    const comment = verifyMinisign(r.bytes, r.previousSignature!, keyOfEntry(previous));
    requireCommentMatches(comment, replacementComment({ previous: r.request.replaces!, id: r.request.id, sha256: sha256Hex(r.bytes) }), {
      zh: '替代申请签名',
      en: 'the replacement signature',
    });
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw bundleRefusal(
      `这份替代申请未经“${previous.name}”的密钥签名：只有原安装本身才能申请由新身份接替，未做任何改动。（${err.localized.zh}）`,
      `This replacement request is not signed with the key of "${previous.name}": only that installation itself can ask to be replaced; nothing changed. (${err.localized.en})`,
    );
  }
}
