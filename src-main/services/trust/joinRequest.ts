import { existsSync, renameSync, rmSync } from 'node:fs';
import { AppError, type JoinRequestDto } from '../../contract';
import { parseBoundedJson } from '../../core/bundle/boundedJson';
import { joinRequestName, joinRequestSignatureName } from '../../core/bundle/entryNames';
import { defaultBundleLimits } from '../../core/bundle/limits';
import { bundleRefusal } from '../../core/bundle/refusal';
import { joinRequestComment, requireCommentMatches } from '../../core/bundle/trustedComments';
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

/**
 * Writes this laptop's join request: its id, name, role, departments and public key, signed with its own key.
 * An office, or a laptop already enrolled, has nothing to ask for — unless the roster in force no longer lists it:
 * the office restored a backup from before its enrolment, and asks it to join again.
 */
export async function writeJoinRequest(ctx: ServiceContext, out: string): Promise<JoinRequestDto> {
  if (ctx.self.role === 'office') {
    throw new AppError('VALIDATION', { zh: '外事办工作站本身是信任的根，不需要入网申请。', en: 'The office workstation is the root of trust; it needs no join request.' });
  }
  if (officePin(ctx) && heldRoster(ctx)?.roster.installations.some((e) => e.id === ctx.self.id)) {
    throw new AppError('VALIDATION', { zh: '本机已登记（已固定外事办密钥），无需再申请。', en: 'This installation is already enrolled (the office key is pinned); no join request is needed.' });
  }
  if (existsSync(out)) throw new AppError('VALIDATION', { zh: `文件已存在：${out}，未覆盖。`, en: `${out} already exists; it was not overwritten.` });
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
  const temp = `${out}.${process.pid}.part`;
  try {
    await writeZip([{ path: joinRequestName, bytes }, { path: joinRequestSignatureName, bytes: Buffer.from(signature, 'utf8') }], temp);
    renameSync(temp, out);
  } finally {
    rmSync(temp, { force: true });
  }
  return toDto(request);
}

const toDto = (r: JoinRequest): JoinRequestDto => ({
  id: r.id,
  name: r.name,
  role: r.role,
  departments: r.departments,
  created: r.created,
  fingerprint: fingerprint(Buffer.from(keyOfEntry(r).publicKey)),
});

/**
 * Reads a join request through the same zip caps as a bundle and checks that the key it names signed it, with
 * a trusted comment naming this very request: a request altered on the way no longer verifies.
 */
export async function readJoinRequest(file: string): Promise<{ request: JoinRequest; dto: JoinRequestDto }> {
  const zip = await openCheckedZip(file, defaultBundleLimits);
  try {
    const stray = zip.names.find((n) => n !== joinRequestName && n !== joinRequestSignatureName);
    if (stray) throw bundleRefusal(`入网申请中有不应有的条目“${stray}”。`, `The join request holds an entry it should not ("${stray}").`);
    const bytes = await readSmall(zip, joinRequestName, defaultBundleLimits);
    const signature = (await readSmall(zip, joinRequestSignatureName, defaultBundleLimits)).toString('utf8');
    const request = readJoinRequestDocument(parseBoundedJson(bytes.toString('utf8'), defaultBundleLimits, joinRequestName));
    try {
      const comment = verifyMinisign(bytes, signature, keyOfEntry(request));
      requireCommentMatches(comment, joinRequestComment({ id: request.id, sha256: sha256Hex(bytes) }), { zh: '入网申请签名', en: 'the join request signature' });
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      throw bundleRefusal(`入网申请未经其所列密钥有效签名（已被改动？）：${err.localized.zh}`, `The join request is not validly signed by the key it names (altered?): ${err.localized.en}`);
    }
    return { request, dto: toDto(request) };
  } finally {
    zip.close();
  }
}
