import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

/** What the laptop and the office hand each other on a USB stick, written and picked through file handles. */
async function joinAndEnrol(office: TestApp, laptop: TestApp) {
  const stick = tempDir();
  const request = await laptop.call('sync.joinRequest', { target: laptop.saveTo(join(stick, '法学院联络员-入网申请.waiban')) });
  const enrolment = await office.call('sync.enrol', {
    file: office.pick(join(stick, '法学院联络员-入网申请.waiban')),
    fingerprint: request.fingerprint,
    target: office.saveTo(join(stick, '法学院联络员-登记.waiban')),
  });
  return { stick, request, enrolment, enrolmentFile: join(stick, '法学院联络员-登记.waiban') };
}

describe('the trust channels the Sync page calls', () => {
  it('runs enrolment through picked files and chosen targets: join request, approval at the office, pinning on the laptop; then revocation', async () => {
    const office = await tempApp();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    expect(await laptop.call('sync.trust', {})).toMatchObject({ officeFingerprint: null, rosterVersion: null, installations: [] });

    const stick = tempDir();
    const requestFile = join(stick, '法学院联络员-入网申请.waiban');
    const request = await laptop.call('sync.joinRequest', { target: laptop.saveTo(requestFile) });
    expect(request).toMatchObject({
      id: laptop.ctx.self.id,
      name: '法学院联络员',
      role: 'department',
      departments: ['LAW'],
      fingerprint: laptop.ctx.self.fingerprint,
    });
    expect(request.file).toMatchObject({ name: '法学院联络员-入网申请.waiban', size: expect.any(Number) });
    const picked = office.pick(requestFile);
    expect(await office.call('sync.readJoinRequest', { file: picked })).toMatchObject({
      id: laptop.ctx.self.id,
      fingerprint: laptop.ctx.self.fingerprint,
    });

    const enrolmentFile = join(stick, '法学院联络员-登记.waiban');
    const wrong = await office.fail('sync.enrol', {
      file: picked,
      fingerprint: office.ctx.self.fingerprint,
      target: office.saveTo(enrolmentFile),
    });
    expect(wrong.code).toBe('FINGERPRINT_MISMATCH');
    // A refused approval leaves no file where the enrolment bundle would have gone.
    expect(readdirSync(stick)).toEqual(['法学院联络员-入网申请.waiban']);
    expect((await office.call('sync.trust', {})).rosterVersion).toBe(1);
    const enrolment = await office.call('sync.enrol', {
      file: picked,
      fingerprint: request.fingerprint,
      target: office.saveTo(enrolmentFile),
    });
    expect(enrolment).toMatchObject({ rosterVersion: 2, added: true, file: { name: '法学院联络员-登记.waiban' } });
    expect(existsSync(enrolmentFile)).toBe(true);

    const offer = laptop.pick(enrolmentFile);
    expect((await laptop.fail('sync.acceptEnrolment', { file: offer, fingerprint: laptop.ctx.self.fingerprint })).code).toBe(
      'FINGERPRINT_MISMATCH',
    );
    const trust = await laptop.call('sync.acceptEnrolment', { file: offer, fingerprint: office.ctx.self.fingerprint });
    expect(trust).toMatchObject({ officeId: office.ctx.self.id, officeFingerprint: office.ctx.self.fingerprint, rosterVersion: 2 });
    expect(trust.installations.map((i) => [i.name, i.status])).toEqual([
      ['外事办工作站', 'active'],
      ['法学院联络员', 'active'],
    ]);
    // Enrolled, the laptop writes its own records as before.
    await laptop.call('records.put', { register: 'partner', values: partnerValues() });

    expect((await laptop.fail('sync.revoke', { installation: office.ctx.self.id })).code).toBe('FORBIDDEN');
    const revoked = await office.call('sync.revoke', { installation: laptop.ctx.self.id });
    expect(revoked.rosterVersion).toBe(3);
    expect(revoked.installations.find((i) => i.id === laptop.ctx.self.id)).toMatchObject({ status: 'revoked', lastGoodSeq: 0 });
    expect((await office.fail('sync.revoke', { installation: 'not-a-uuid' })).code).toBe('VALIDATION');
  });

  it('shows a laptop the office key and preview of its enrolment bundle before anything is pinned or written', async () => {
    const office = await tempApp();
    await office.call('records.put', { register: 'partner', values: partnerValues() });
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const { stick, enrolmentFile } = await joinAndEnrol(office, laptop);

    const file = laptop.pick(enrolmentFile);
    const offer = await laptop.call('sync.readEnrolment', { file });
    expect(offer.officeFingerprint).toBe(office.ctx.self.fingerprint);
    expect(offer.report).toMatchObject({ signer: '外事办工作站', preview: true });
    expect(offer.report.newChanges).toBeGreaterThan(0);
    expect(await laptop.call('sync.trust', {})).toMatchObject({ officeFingerprint: null, rosterVersion: null });
    expect(await laptop.call('records.list', { register: 'partner' })).toMatchObject({ total: 0 });

    // The confirmed fingerprint may be typed as read out: lower case, other spacing.
    await laptop.call('sync.acceptEnrolment', { file, fingerprint: office.ctx.self.fingerprint.toLowerCase().replace(/ /g, '') });
    expect((await laptop.fail('sync.readEnrolment', { file })).localized.zh).toContain('本机已登记');
    // A join request is not an enrolment bundle: refused with the pipeline's reason.
    expect((await office.fail('sync.readEnrolment', { file: office.pick(join(stick, '法学院联络员-入网申请.waiban')) })).code).toBeTruthy();
  });
});
