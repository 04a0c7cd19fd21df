import { existsSync } from 'node:fs';
import { AppError, type Destination, type JoinRequestDto } from '../../contract';
import { equalBytes } from '../../core/signing/encoding';
import { departmentDestination } from '../bundle/destinations';
import { exportBundle, type ExportReport } from '../bundle/exportBundle';
import { keyOfEntry } from '../bundle/signers';
import type { ServiceContext } from '../context';
import { liveDepartmentCodes } from '../departmentNames';
import { confirmFingerprint, type TrustDecision } from './confirm';
import { readJoinRequest } from './joinRequest';
import { heldRoster, publishRoster, requireRoster } from './roster';

export interface EnrolReport {
  request: JoinRequestDto;
  /** What the roster lists it for: the departments asked for, or those the office approved instead. */
  departments: string[];
  rosterVersion: number;
  /** False when the installation was already in the roster with this key: only the bundle was written again. */
  added: boolean;
  bundle: ExportReport;
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
export async function enrol(ctx: ServiceContext, requestFile: string, decision: TrustDecision | undefined, out: string, approvedDepartments?: string[]): Promise<EnrolReport> {
  requireOffice(ctx);
  if (existsSync(out)) throw new AppError('VALIDATION', { zh: `文件已存在：${out}，未覆盖。`, en: `${out} already exists; it was not overwritten.` });
  const { request, dto } = await readJoinRequest(requestFile);
  const refuse = (zh: string, en: string) => new AppError('VALIDATION', { zh: `${zh}，未做任何改动。`, en: `${en}; nothing changed.` });
  if (request.role === 'office') throw refuse('入网申请不能申请外事办角色', 'A join request cannot ask for the office role');
  if (request.role === 'review' && approvedDepartments?.length) throw refuse('审阅安装不属于任何部门', 'A review installation belongs to no department');
  const asked = request.role === 'department' ? [...new Set(approvedDepartments ?? request.departments)] : request.departments;
  if (request.role === 'department' && asked.length === 0) throw refuse('院系部安装须指定所属部门', 'A department installation needs its department(s)');
  const unknown = asked.filter((d) => !liveDepartmentCodes(ctx).has(d));
  if (unknown.length) throw refuse(`部门代码 ${unknown.join('、')} 不在部门名录中`, `Department code(s) ${unknown.join(', ')} are not in the department register`);
  const roster = requireRoster(ctx);
  const key = keyOfEntry(request);
  const same = roster.installations.find((e) => e.id === request.id);
  if (same && (same.status !== 'active' || !equalBytes(keyOfEntry(same).publicKey, key.publicKey))) {
    throw refuse(
      same.status !== 'active' ? `安装“${same.name}”已被吊销，不能再次登记（请在该机新建数据文件夹后重新申请）` : `名册中已有安装 ${same.id}，但密钥不同`,
      same.status !== 'active' ? `Installation "${same.name}" was revoked and cannot be enrolled again (start a new data folder on it and ask again)` : `The roster already lists installation ${same.id}, with another key`,
    );
  }
  const sharing = roster.installations.find((e) => e.id !== request.id && equalBytes(keyOfEntry(e).publicKey, key.publicKey));
  if (sharing) throw refuse(`这把密钥已属于名册中的“${sharing.name}”（克隆的安装？）`, `This key already belongs to "${sharing.name}" in the roster (a cloned installation?)`);
  await confirmFingerprint(dto.fingerprint, decision, { zh: `“${request.name}”`, en: `"${request.name}"` });
  if (!same) {
    publishRoster(ctx, [
      ...roster.installations,
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
  return { request: dto, departments, rosterVersion: heldRoster(ctx)!.roster.version, added: !same, bundle };
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
  if (target.id === ctx.self.id) throw new AppError('VALIDATION', { zh: '外事办不能吊销自己的密钥。', en: 'The office cannot revoke its own key.' });
  if (target.status === 'revoked') {
    throw new AppError('VALIDATION', { zh: `“${target.name}”已被吊销，未做改动。`, en: `"${target.name}" is already revoked; nothing changed.` });
  }
  const lastGoodSeq = (ctx.sqlite.prepare('SELECT "seq" FROM "bundleAck" WHERE "author" = ?').pluck().get(id) as number | undefined) ?? 0;
  // The segment itself, not only its number: a later segment signed with the same key under an old number is not it.
  const lastGoodSha256 = (ctx.sqlite.prepare('SELECT "sha256" FROM "receivedSegment" WHERE "author" = ? AND "seq" = ?').pluck().get(id, lastGoodSeq) as string | undefined) ?? null;
  const signed = publishRoster(ctx, roster.installations.map((e) => (e.id === id ? { ...e, status: 'revoked' as const, lastGoodSeq, lastGoodSha256 } : e)));
  return { name: target.name, lastGoodSeq, rosterVersion: signed.roster.version };
}
