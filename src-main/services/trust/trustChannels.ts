import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError, type EnrolmentOfferDto, type FileBytesDto, type JoinRequestDto, type TrustDto } from '../../contract';
import { importBundle } from '../bundle/importBundle';
import type { ServiceContext } from '../context';
import { enrol, revoke } from './enrol';
import { readJoinRequest, writeJoinRequest } from './joinRequest';
import { trustSummary } from './roster';

/**
 * The trust steps for the UI's channels, which carry files as base64 (as files.put does): each works on a
 * private temporary folder, removed afterwards, and calls the same service as the CLI.
 */
async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'waiban-trust-'));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const written = (dir: string, name: string, base64: string): string => {
  const file = join(dir, name);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return file;
};

const safeName = (name: string): string => name.replace(/[\\/:*?"<>|\s]+/g, '_');

export const joinRequestFile = (ctx: ServiceContext): Promise<JoinRequestDto & FileBytesDto> =>
  inTempDir(async (dir) => {
    const out = join(dir, 'join.waiban');
    const dto = await writeJoinRequest(ctx, out);
    return { ...dto, fileName: `${safeName(dto.name)}-入网申请.waiban`, base64: readFileSync(out).toString('base64') };
  });

export const inspectJoinRequest = (base64: string): Promise<JoinRequestDto> =>
  inTempDir(async (dir) => (await readJoinRequest(written(dir, 'join.waiban', base64))).dto);

export const enrolFromBytes = (ctx: ServiceContext, input: { base64: string; fingerprint: string; departments?: string[] }) =>
  inTempDir(async (dir) => {
    const out = join(dir, 'enrolment.waiban');
    const r = await enrol(ctx, written(dir, 'join.waiban', input.base64), { fingerprint: input.fingerprint }, out, input.departments);
    return { request: r.request, departments: r.departments, rosterVersion: r.rosterVersion, added: r.added, fileName: `${safeName(r.request.name)}-登记.waiban`, base64: readFileSync(out).toString('base64') };
  });

/**
 * Laptop, before enrolment: the office key an enrolment bundle would pin, for the person to compare with the
 * fingerprint the office reads out, and what the bundle brings. The import runs as a preview (rolled back,
 * nothing written, nothing pinned), whose trust question is answered yes for the preview only while noting the
 * fingerprint asked about; pinning needs sync.acceptEnrolment with the fingerprint the person confirmed.
 */
export const enrolmentOffer = (ctx: ServiceContext, base64: string): Promise<EnrolmentOfferDto> =>
  inTempDir(async (dir) => {
    let officeFingerprint: string | undefined;
    const ask = async (fp: string) => ((officeFingerprint = fp), true);
    const report = await importBundle(ctx, written(dir, 'enrolment.waiban', base64), { preview: true, confirmOffice: { ask } });
    if (officeFingerprint === undefined) {
      throw new AppError('VALIDATION', {
        zh: '本机已登记，外事办密钥已固定：这个文件请在“导入数据包”中导入。',
        en: 'This installation is already enrolled and the office key pinned: import this file under "Import a bundle".',
      });
    }
    return { officeFingerprint, report };
  });

export const acceptEnrolment = (ctx: ServiceContext, input: { base64: string; fingerprint: string }): Promise<TrustDto> =>
  inTempDir(async (dir) => {
    await importBundle(ctx, written(dir, 'enrolment.waiban', input.base64), { confirmOffice: { fingerprint: input.fingerprint } });
    return trustSummary(ctx);
  });

export const revokeInstallation = (ctx: ServiceContext, id: string): TrustDto => {
  revoke(ctx, id);
  return trustSummary(ctx);
};
