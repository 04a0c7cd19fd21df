import { existsSync } from 'node:fs';
import { AppError, type Destination, type JoinRequestDto } from '../../contract';
import { equalBytes } from '../../core/signing/encoding';
import { departmentDestination } from '../bundle/destinations';
import { exportBundle, type ExportReport } from '../bundle/exportBundle';
import { keyOfEntry } from '../bundle/signers';
import type { ServiceContext } from '../context';
import { liveDepartmentCodes } from '../departmentNames';
import { confirmFingerprint, type TrustDecision } from './confirm';
import { readJoinRequest, verifyReplacement } from './joinRequest';
import { heldRoster, publishRoster, requireRoster } from './roster';
import type { RosterEntry } from '../../core/trust/roster';

export interface EnrolReport {
  request: JoinRequestDto;
  /** What the roster lists it for: the departments asked for, or those the office approved instead. */
  departments: string[];
  rosterVersion: number;
  /** False when the installation was already in the roster with this key: only the bundle was written again. */
  added: boolean;
  /** A replacement request's forked identity, retired at its last good segment. */
  retired: { id: string; name: string; lastGoodSeq: number } | null;
  bundle: ExportReport;
}

/**
 * An installation retired in a new roster version: what the office already holds of it stays trusted (its last good
 * segment is the last one received, named by its hash); anything it signs later is refused.
 */
function retiredEntry(ctx: ServiceContext, e: RosterEntry): RosterEntry {
  const lastGoodSeq = (ctx.sqlite.prepare('SELECT "seq" FROM "bundleAck" WHERE "author" = ?').pluck().get(e.id) as number | undefined) ?? 0;
  // The segment itself, not only its number: a later segment signed with the same key under an old number is not it.
  const lastGoodSha256 =
    (ctx.sqlite.prepare('SELECT "sha256" FROM "receivedSegment" WHERE "author" = ? AND "seq" = ?').pluck().get(e.id, lastGoodSeq) as
      string | undefined) ?? null;
  return { ...e, status: 'revoked', lastGoodSeq, lastGoodSha256 };
}

function requireOffice(ctx: ServiceContext): void {
  if (ctx.self.role !== 'office') {
    throw new AppError('FORBIDDEN', { zh: '只有外事办工作站能管理名册。', en: 'Only the office workstation keeps the roster.' });
  }
}

/**
 * Office: approves a join request once a person has confirmed its key fingerprint, adding the installation
 * to a new roster version for the departments it asked for or those the office sets instead (a liaison who picked
 * the wrong one), and writes the enrolment bundle (the roster, the office key to pin, and what the
 * office sends that installation: a department's stream, or everything for review). Asking again for an installation already
 * enrolled with the same key writes the bundle again without a new roster version.
 */
export async function enrol(
  ctx: ServiceContext,
  requestFile: string,
  decision: TrustDecision | undefined,
  out: string,
  approvedDepartments?: string[],
  confirmReplaces?: string,
): Promise<EnrolReport> {
  requireOffice(ctx);
  if (existsSync(out))
    throw new AppError('VALIDATION', { zh: `文件已存在：${out}，未覆盖。`, en: `${out} already exists; it was not overwritten.` });
  const read = await readJoinRequest(requestFile, heldRoster(ctx)?.roster);
  const { request, dto } = read;
  const refuse = (zh: string, en: string) => new AppError('VALIDATION', { zh: `${zh}，未做任何改动。`, en: `${en}; nothing changed.` });
  // A replacement already approved (the same id with the same key) only has its enrolment bundle written again.
  const listed = requireRoster(ctx).installations;
  const approvedBefore =
    listed.some((e) => e.id === request.id && equalBytes(keyOfEntry(e).publicKey, keyOfEntry(request).publicKey)) &&
    listed.some((e) => e.id === request.replaces && e.status === 'revoked');
  const previous = request.replaces === undefined || approvedBefore ? undefined : replaced(ctx, read, refuse);
  if (request.role === 'office') throw refuse('入网申请不能申请外事办角色', 'A join request cannot ask for the office role');
  if (request.role === 'review' && approvedDepartments?.length)
    throw refuse('审阅安装不属于任何部门', 'A review installation belongs to no department');
  // A replacement gets the departments the office grants now, by default those of the identity it replaces: never
  // more than the office says, whatever the request asks for.
  const asked =
    request.role === 'department' ? [...new Set(approvedDepartments ?? previous?.departments ?? request.departments)] : request.departments;
  if (request.role === 'department' && asked.length === 0)
    throw refuse('院系部安装须指定所属部门', 'A department installation needs its department(s)');
  const unknown = asked.filter((d) => !liveDepartmentCodes(ctx).has(d));
  if (unknown.length)
    throw refuse(
      `部门代码 ${unknown.join('、')} 不在部门名录中`,
      `Department code(s) ${unknown.join(', ')} are not in the department register`,
    );
  const roster = requireRoster(ctx);
  const key = keyOfEntry(request);
  const same = roster.installations.find((e) => e.id === request.id);
  if (same && (same.status !== 'active' || !equalBytes(keyOfEntry(same).publicKey, key.publicKey))) {
    throw refuse(
      same.status !== 'active'
        ? `安装“${same.name}”已被吊销，不能再次登记（请在该机新建数据文件夹后重新申请）`
        : `名册中已有安装 ${same.id}，但密钥不同`,
      same.status !== 'active'
        ? `Installation "${same.name}" was revoked and cannot be enrolled again (start a new data folder on it and ask again)`
        : `The roster already lists installation ${same.id}, with another key`,
    );
  }
  const sharing = roster.installations.find((e) => e.id !== request.id && equalBytes(keyOfEntry(e).publicKey, key.publicKey));
  if (sharing)
    throw refuse(
      `这把密钥已属于名册中的“${sharing.name}”（克隆的安装？）`,
      `This key already belongs to "${sharing.name}" in the roster (a cloned installation?)`,
    );
  await confirmFingerprint(dto.fingerprint, decision, { zh: `“${request.name}”`, en: `"${request.name}"` });
  if (previous && !same && confirmReplaces !== previous.id && !(decision && 'yes' in decision)) {
    throw new AppError('NEEDS_CONFIRMATION', {
      zh: `这份申请来自一台替代已分叉安装“${previous.name}”（${previous.id}，指纹 ${dto.replaces!.fingerprint}，部门 ${previous.departments.join('、')}）的电脑：批准将吊销原身份（已收到的数据保留），请用 --replaces ${previous.id} 确认。未做任何改动。`,
      en: `This request comes from a computer replacing the forked installation "${previous.name}" (${previous.id}, fingerprint ${dto.replaces!.fingerprint}, departments ${previous.departments.join(', ')}): approving it retires the old identity (what was received stays); confirm with --replaces ${previous.id}. Nothing changed.`,
    });
  }
  const retired = previous && !same ? retiredEntry(ctx, previous) : undefined;
  if (!same) {
    publishRoster(ctx, [
      ...roster.installations.map((e) => (e.id === retired?.id ? retired : e)),
      {
        id: request.id,
        name: request.name,
        role: request.role,
        departments: asked,
        publicKey: request.publicKey,
        status: 'active',
        lastGoodSeq: null,
        enrolledAt: new Date(ctx.clock.now()).toISOString(),
      },
    ]);
  }
  // What the new installation starts from is what the office would send it anyway: a department laptop its
  // department's stream (never another department's records, which it would refuse whole), a review
  // installation everything, relayed segments included.
  const departments = same ? same.departments : asked;
  const to: Destination = request.role === 'review' ? 'review' : departmentDestination(departments);
  const bundle = await exportBundle(ctx, { out, to, full: true, officeKey: true });
  return {
    request: dto,
    departments,
    rosterVersion: heldRoster(ctx)!.roster.version,
    added: !same,
    retired: retired ? { id: retired.id, name: retired.name, lastGoodSeq: retired.lastGoodSeq ?? 0 } : null,
    bundle,
  };
}

/**
 * The identity a replacement request replaces, checked: a department installation of the roster, still active (a
 * revoked one is enrolled again only as a new computer, compared in person), of the request's role, and the signer of
 * this very request with its own key.
 */
function replaced(
  ctx: ServiceContext,
  read: Awaited<ReturnType<typeof readJoinRequest>>,
  refuse: (zh: string, en: string) => AppError,
): RosterEntry {
  const { request } = read;
  const previous = requireRoster(ctx).installations.find((e) => e.id === request.replaces);
  if (!previous)
    throw refuse(
      `申请替代的安装 ${request.replaces} 不在名册中`,
      `The installation the request replaces (${request.replaces}) is not in the roster`,
    );
  if (previous.role !== 'department' || request.role !== 'department') {
    throw refuse(
      `只有院系部的安装可以由替代申请接替（“${previous.name}”是 ${previous.role}）`,
      `Only a department installation can be replaced this way ("${previous.name}" is ${previous.role})`,
    );
  }
  if (previous.status !== 'active') {
    throw refuse(
      `“${previous.name}”已被吊销，不能由替代申请接替（请在该电脑的新数据文件夹上重新申请，当面核对指纹）`,
      `"${previous.name}" was revoked and cannot be replaced by a replacement request (ask to join from a new data folder on that computer, its fingerprint compared in person)`,
    );
  }
  verifyReplacement(read, previous);
  return previous;
}

/**
 * Office: a new roster version marking the installation revoked. What the office already holds of it stays
 * trusted (its last good segment is the last one received); anything it signs later is refused everywhere
 * the new roster arrives.
 */
export function revoke(ctx: ServiceContext, id: string): { name: string; lastGoodSeq: number; rosterVersion: number } {
  requireOffice(ctx);
  const roster = requireRoster(ctx);
  const target = roster.installations.find((e) => e.id === id);
  if (!target) throw new AppError('NOT_FOUND', { zh: `名册中没有安装 ${id}。`, en: `No installation ${id} in the roster.` });
  if (target.id === ctx.self.id)
    throw new AppError('VALIDATION', { zh: '外事办不能吊销自己的密钥。', en: 'The office cannot revoke its own key.' });
  if (target.status === 'revoked') {
    throw new AppError('VALIDATION', {
      zh: `“${target.name}”已被吊销，未做改动。`,
      en: `"${target.name}" is already revoked; nothing changed.`,
    });
  }
  const retired = retiredEntry(ctx, target);
  const signed = publishRoster(
    ctx,
    roster.installations.map((e) => (e.id === id ? retired : e)),
  );
  return { name: target.name, lastGoodSeq: retired.lastGoodSeq ?? 0, rosterVersion: signed.roster.version };
}
