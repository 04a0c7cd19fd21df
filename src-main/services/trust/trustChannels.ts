import { AppError, type EnrolmentOfferDto, type JoinRequestDto, type TrustDto } from '../../contract';
import { importBundle } from '../bundle/importBundle';
import type { ServiceContext } from '../context';
import { writeTarget } from '../savedFile';
import { enrol, revoke } from './enrol';
import { readJoinRequest, writeJoinRequest } from './joinRequest';
import { heldRoster, trustSummary } from './roster';
import { reEnrol } from './reEnrolment';

/** The trust steps for the window's channels: the same services as the CLI, on the files the person picked or chose. */
export const joinRequestFile = (ctx: ServiceContext, out: string): Promise<JoinRequestDto> =>
  writeTarget(out, (temp) => writeJoinRequest(ctx, temp));

/** A picked join request as the roster held here reads it: a replacement names the identity it replaces. */
export const inspectJoinRequest = async (ctx: ServiceContext, file: string): Promise<JoinRequestDto> =>
  (await readJoinRequest(file, heldRoster(ctx)?.roster)).dto;

export const enrolFromFile = async (
  ctx: ServiceContext,
  input: { file: string; fingerprint: string; departments?: string[]; replaces?: string },
  out: string,
) => {
  const r = await writeTarget(out, (temp) =>
    enrol(ctx, input.file, { fingerprint: input.fingerprint }, temp, input.departments, input.replaces),
  );
  return { request: r.request, departments: r.departments, rosterVersion: r.rosterVersion, added: r.added, retired: r.retired };
};

/** Laptop: a new identity for this computer, its replacement request written to the target the person chose. */
export const reEnrolFile = (ctx: ServiceContext, out: string): Promise<JoinRequestDto> => writeTarget(out, (temp) => reEnrol(ctx, temp));

/**
 * Laptop, before enrolment: the office key an enrolment bundle would pin, for the person to compare with the
 * fingerprint the office reads out, and what the bundle brings. The import runs as a preview (rolled back,
 * nothing written, nothing pinned), whose trust question is answered yes for the preview only while noting the
 * fingerprint asked about; pinning needs sync.acceptEnrolment with the fingerprint the person confirmed.
 */
export async function enrolmentOffer(ctx: ServiceContext, file: string): Promise<EnrolmentOfferDto> {
  let officeFingerprint: string | undefined;
  const ask = async (fp: string) => ((officeFingerprint = fp), true);
  const report = await importBundle(ctx, file, { preview: true, confirmOffice: { ask } });
  if (officeFingerprint === undefined) {
    throw new AppError('VALIDATION', {
      zh: '本机已登记，外事办密钥已固定：这个文件请在“导入数据包”中导入。',
      en: 'This installation is already enrolled and the office key pinned: import this file under "Import a bundle".',
    });
  }
  return { officeFingerprint, report };
}

export async function acceptEnrolment(ctx: ServiceContext, input: { file: string; fingerprint: string }): Promise<TrustDto> {
  await importBundle(ctx, input.file, { confirmOffice: { fingerprint: input.fingerprint } });
  return trustSummary(ctx);
}

export const revokeInstallation = (ctx: ServiceContext, id: string): TrustDto => {
  revoke(ctx, id);
  return trustSummary(ctx);
};
