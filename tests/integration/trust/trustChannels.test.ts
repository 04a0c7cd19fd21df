import { describe, expect, it } from 'vitest';
import { partnerValues, tempApp } from '../../support/tempApp';

describe('the trust channels the Sync page calls', () => {
  it('runs enrolment with files as base64: join request, approval at the office, pinning on the laptop; then revocation', async () => {
    const office = await tempApp();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    expect(await laptop.call('sync.trust', {})).toMatchObject({ officeFingerprint: null, rosterVersion: null, installations: [] });

    const request = await laptop.call('sync.joinRequest', {});
    expect(request).toMatchObject({ id: laptop.ctx.self.id, name: '法学院联络员', role: 'department', departments: ['LAW'], fingerprint: laptop.ctx.self.fingerprint });
    expect(request.fileName).toBe('法学院联络员-入网申请.waiban');
    expect(await office.call('sync.readJoinRequest', { base64: request.base64 })).toMatchObject({ id: laptop.ctx.self.id, fingerprint: laptop.ctx.self.fingerprint });

    const wrong = await office.fail('sync.enrol', { base64: request.base64, fingerprint: office.ctx.self.fingerprint });
    expect(wrong.code).toBe('FINGERPRINT_MISMATCH');
    expect((await office.call('sync.trust', {})).rosterVersion).toBe(1);
    const enrolment = await office.call('sync.enrol', { base64: request.base64, fingerprint: request.fingerprint });
    expect(enrolment).toMatchObject({ rosterVersion: 2, added: true, fileName: '法学院联络员-登记.waiban' });

    expect((await laptop.fail('sync.acceptEnrolment', { base64: enrolment.base64, fingerprint: laptop.ctx.self.fingerprint })).code).toBe('FINGERPRINT_MISMATCH');
    const trust = await laptop.call('sync.acceptEnrolment', { base64: enrolment.base64, fingerprint: office.ctx.self.fingerprint });
    expect(trust).toMatchObject({ officeId: office.ctx.self.id, officeFingerprint: office.ctx.self.fingerprint, rosterVersion: 2 });
    expect(trust.installations.map((i) => [i.name, i.status])).toEqual([['外事办工作站', 'active'], ['法学院联络员', 'active']]);
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
    const request = await laptop.call('sync.joinRequest', {});
    const enrolment = await office.call('sync.enrol', { base64: request.base64, fingerprint: request.fingerprint });

    const offer = await laptop.call('sync.readEnrolment', { base64: enrolment.base64 });
    expect(offer.officeFingerprint).toBe(office.ctx.self.fingerprint);
    expect(offer.report).toMatchObject({ signer: '外事办工作站', preview: true });
    expect(offer.report.newChanges).toBeGreaterThan(0);
    expect(await laptop.call('sync.trust', {})).toMatchObject({ officeFingerprint: null, rosterVersion: null });
    expect(await laptop.call('records.list', { register: 'partner' })).toMatchObject({ total: 0 });

    // The confirmed fingerprint may be typed as read out: lower case, other spacing.
    await laptop.call('sync.acceptEnrolment', { base64: enrolment.base64, fingerprint: office.ctx.self.fingerprint.toLowerCase().replace(/ /g, '') });
    expect((await laptop.fail('sync.readEnrolment', { base64: enrolment.base64 })).localized.zh).toContain('本机已登记');
    // A join request is not an enrolment bundle: refused with the pipeline's reason.
    expect((await office.fail('sync.readEnrolment', { base64: request.base64 })).code).toBeTruthy();
  });
});
