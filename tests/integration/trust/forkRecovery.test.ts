import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { joinRequestComment, replacementComment } from '../../../src-main/core/bundle/trustedComments';
import { sha256Hex } from '../../../src-main/services/bundle/segments';
import { installationPublicKey, signAsInstallation } from '../../../src-main/services/signing';
import { enrol } from '../../../src-main/services/trust/enrol';
import { readJoinRequest, toDto, writeJoinRequestFile } from '../../../src-main/services/trust/joinRequest';
import { reEnrol, reEnrolmentStatus } from '../../../src-main/services/trust/reEnrolment';
import { heldRoster, publicKeyLineOf } from '../../../src-main/services/trust/roster';
import { enrolAtOffice } from '../../support/enrolment';
import { rejectionOf } from '../../support/refusal';
import { bundleFile, forkedLaptop, send } from '../../support/forkedLaptop';
import { partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

const live = (app: TestApp, department = 'LAW') =>
  (
    app.ctx.sqlite
      .prepare(`SELECT "nameZh", "city" FROM "partner" WHERE "deleted" = 0 AND "department" = ? ORDER BY "nameZh", "city"`)
      .all(department) as { nameZh: string; city: string }[]
  ).map((p) => `${p.nameZh} ${p.city}`);

const laptopOf = (departments = ['LAW']) => tempApp({ name: '法学院联络员', role: 'department', departments });

/** The office approves a replacement request as a person does: the fingerprint compared, the replacement confirmed. */
async function approve(office: TestApp, request: string, replaces: string, departments?: string[]) {
  const out = bundleFile();
  const { dto } = await readJoinRequest(request);
  const report = await enrol(office.ctx, request, { fingerprint: dto.fingerprint }, out, departments, replaces);
  return { report, out };
}

const readRequest = readJoinRequest;

describe('a laptop restored from an older copy that wrote before importing', () => {
  it('is refused as a fork, re-enrols as a new installation, and the office ends with every record it had, once', async () => {
    const office = await tempApp();
    const first = await laptopOf();
    await enrolAtOffice(office, first);
    const old = first.ctx.self.id;
    const p1 = await first.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '甲大学', city: '伦敦', department: 'LAW' }),
    });
    await send(first, 'office', office);

    // After the copy the lost disk adds 乙 and edits 甲, and sends both to the office.
    const restored = await forkedLaptop(office, first, async (app) => {
      await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学', city: '巴黎', department: 'LAW' }) });
      await app.call('records.put', { register: 'partner', id: p1.id, values: { city: '牛津' } });
    });
    expect(restored.ctx.self.id).toBe(old);
    // The copy writes before importing: a new record, and its own edit of 甲.
    const p3 = await restored.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '丙大学', city: '柏林', department: 'LAW' }),
    });
    await restored.call('records.put', { register: 'partner', id: p1.id, values: { city: '剑桥' } });

    // The office refuses its bundle as a fork, and the laptop the office's: under the old identity there is no way on.
    const atOffice = await rejectionOf(send(restored, 'office', office));
    expect(atOffice.localized.zh).toContain('分叉');
    expect(atOffice.localized.en).toContain('re-enrol');
    const atLaptop = await rejectionOf(send(office, 'department:LAW', restored));
    expect(atLaptop.code).toBe('FORKED');
    expect(atLaptop.localized.zh).toContain('重新登记本机');
    expect(atLaptop.localized.en).toContain('restored from an older backup');
    expect(await rejectionOf(send(restored, 'office', office))).toMatchObject({ code: 'BAD_BUNDLE' });

    // The way out: a new identity for the same data, and a request naming the one it replaces.
    const request = join(tempDir(), 'replace.waiban');
    const asked = await reEnrol(restored.ctx, request);
    const fresh = restored.ctx.self.id;
    expect(fresh).not.toBe(old);
    expect(asked).toMatchObject({ id: fresh, replaces: { id: old, name: '法学院联络员', departments: ['LAW'] } });
    expect(reEnrolmentStatus(restored.ctx)).toMatchObject({ state: 'requested', previous: { id: old } });
    expect(live(restored)).toEqual(['丙大学 柏林', '甲大学 剑桥']);

    // The office sees the replacement and must confirm it, besides the fingerprint.
    const read = await readRequest(request);
    const shown = toDto(read.request, heldRoster(office.ctx)!.roster);
    expect(shown.replaces).toMatchObject({ id: old, name: '法学院联络员', status: 'active', departments: ['LAW'] });
    const unconfirmed = await rejectionOf(enrol(office.ctx, request, { fingerprint: shown.fingerprint }, bundleFile()));
    expect(unconfirmed.code).toBe('NEEDS_CONFIRMATION');
    expect(unconfirmed.localized.zh).toContain(shown.replaces!.fingerprint!);
    const { report, out } = await approve(office, request, old);
    expect(report.retired).toMatchObject({ id: old, lastGoodSeq: expect.any(Number) });
    expect(report.departments).toEqual(['LAW']);
    const roster = heldRoster(office.ctx)!.roster;
    expect(roster.installations.find((e) => e.id === old)).toMatchObject({ status: 'revoked' });
    expect(roster.installations.find((e) => e.id === fresh)).toMatchObject({ status: 'active', departments: ['LAW'] });

    // The laptop takes the office's answer: what the office holds comes in, what it never received is carried over.
    const answer = await importBundle(restored.ctx, out);
    expect(answer.conflicts).toEqual([{ register: 'partner', recordId: p1.id }]);
    expect(reEnrolmentStatus(restored.ctx)).toMatchObject({ state: 'enrolled', carried: 2, refused: [] });
    const carried = restored.ctx.sqlite.prepare('SELECT "recordId" FROM "changeLog" WHERE "author" = ? ORDER BY "seq"').pluck().all(fresh);
    expect(carried).toEqual([p3.id, p1.id]);

    const taken = await send(restored, 'office', office);
    expect(taken.newChanges).toBe(2);
    expect(taken.conflicts).toEqual([{ register: 'partner', recordId: p1.id }]);
    // Every record once: 乙 from the lost disk, 丙 carried over, 甲 with both edits kept as a conflict to resolve.
    expect(live(office)).toEqual(['丙大学 柏林', '乙大学 巴黎', live(office).find((p) => p.startsWith('甲'))!].sort());
    expect(live(office).filter((p) => p.startsWith('甲'))).toHaveLength(1);
    const versions = await office.call('conflicts.get', { register: 'partner', id: p1.id });
    expect(versions.versions.map((v) => v.values?.city).sort()).toEqual(['剑桥', '牛津']);
    expect(versions.versions.map((v) => v.author.id).sort()).toEqual([fresh, old].sort());

    // Sending again brings nothing new; the office's next bundle converges the laptop, and new work goes on.
    expect((await send(restored, 'office', office)).newChanges).toBe(0);
    await send(office, 'department:LAW', restored);
    expect(live(restored)).toEqual(live(office));
    await restored.call('conflicts.resolve', { register: 'partner', id: p1.id, values: { city: '剑桥' } });
    await restored.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '丁大学', city: '罗马', department: 'LAW' }),
    });
    expect((await send(restored, 'office', office)).newChanges).toBe(2);
    expect(live(office)).toEqual(['丁大学 罗马', '丙大学 柏林', '乙大学 巴黎', '甲大学 剑桥']);
    expect(live(restored)).toEqual(live(office));
  });

  it('carries nothing the office already holds: a copy whose changes had all been sent is taken back as it was', async () => {
    const office = await tempApp();
    const first = await laptopOf();
    await enrolAtOffice(office, first);
    await first.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '甲大学', department: 'LAW' }) });
    const restored = await forkedLaptop(office, first, async (app) => {
      await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学', department: 'LAW' }) });
    });
    await restored.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '丙大学', department: 'LAW' }) });
    const old = restored.ctx.self.id;
    const request = join(tempDir(), 'replace.waiban');
    await reEnrol(restored.ctx, request);
    // Asked twice before the answer, it writes the same request again.
    const again = join(tempDir(), 'again.waiban');
    await restored.call('sync.reEnrol', { target: restored.saveTo(again) });
    expect((await readRequest(again)).bytes.equals((await readRequest(request)).bytes)).toBe(true);
    const { out } = await approve(office, request, old);
    await importBundle(restored.ctx, out);
    // 甲 (sent before the copy was taken) is not written again: only 丙 is new.
    expect(reEnrolmentStatus(restored.ctx)).toMatchObject({ carried: 1 });
    expect((await send(restored, 'office', office)).newChanges).toBe(1);
    expect(live(office)).toEqual(live(restored));
    expect(live(office).map((p) => p.slice(0, 3))).toEqual(['丙大学', '乙大学', '甲大学']);
  });
});

describe('re-enrolment cannot be turned against others', () => {
  it("another laptop's key cannot ask to replace an installation, and a replaced identity stays retired", async () => {
    const office = await tempApp();
    const law = await laptopOf();
    const ecm = await tempApp({ name: '经管学院联络员', role: 'department', departments: ['ECM'] });
    await enrolAtOffice(office, law);
    await enrolAtOffice(office, ecm);
    await law.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '甲大学', department: 'LAW' }) });
    await send(law, 'office', office);

    // The ECM laptop's holder makes a replacement request naming the Law School's laptop, signed with its own key.
    const forged = {
      format: 1,
      id: ecm.ctx.self.id,
      name: '法学院联络员',
      role: 'department',
      departments: ['LAW'],
      publicKey: publicKeyLineOf(installationPublicKey(ecm.ctx)),
      created: new Date(ecm.ctx.clock.now()).toISOString(),
      replaces: law.ctx.self.id,
    };
    const bytes = Buffer.from(`${JSON.stringify(forged, null, 2)}\n`);
    const sha256 = sha256Hex(bytes);
    const file = join(tempDir(), 'forged.waiban');
    await writeJoinRequestFile(file, {
      bytes,
      signature: signAsInstallation(ecm.ctx, bytes, joinRequestComment({ id: forged.id, sha256 })),
      previousSignature: signAsInstallation(ecm.ctx, bytes, replacementComment({ previous: law.ctx.self.id, id: forged.id, sha256 })),
    });
    const version = heldRoster(office.ctx)!.roster.version;
    const refused = await rejectionOf(enrol(office.ctx, file, { yes: true }, bundleFile(), undefined, law.ctx.self.id));
    expect(refused.localized.en).toContain('only that installation itself can ask to be replaced');
    expect(heldRoster(office.ctx)!.roster.version).toBe(version);

    // The Law laptop re-enrols for real; once replaced, the old identity's later bundles are refused, what the office
    // took from it stays, and the same request cannot be used again.
    const old = law.ctx.self.id;
    // Whoever copied the laptop's folder holds the old key too.
    const copy = join(tempDir(), 'copy');
    cpSync(law.dataDir, copy, { recursive: true });
    const lastOld = bundleFile();
    await law.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学', department: 'LAW' }) });
    await exportBundle(law.ctx, { out: lastOld, to: 'office' });
    const request = join(tempDir(), 'replace.waiban');
    await reEnrol(law.ctx, request);
    await approve(office, request, old);
    expect(await rejectionOf(importBundle(office.ctx, lastOld))).toMatchObject({ code: 'BAD_BUNDLE' });
    expect(live(office)).toEqual(['甲大学 伦敦']);
    // The same request again only writes the enrolment bundle again; another one for the retired identity is refused.
    const version2 = heldRoster(office.ctx)!.roster.version;
    expect(await enrol(office.ctx, request, { yes: true }, bundleFile(), undefined, old)).toMatchObject({ added: false, retired: null });
    const thief = await tempApp('default', copy);
    const second = join(tempDir(), 'second.waiban');
    await reEnrol(thief.ctx, second);
    const replay = await rejectionOf(enrol(office.ctx, second, { yes: true }, bundleFile(), undefined, old));
    expect(replay.localized.en).toContain('was revoked and cannot be replaced');
    expect(heldRoster(office.ctx)!.roster.version).toBe(version2);
  });

  it('the new identity gets only the departments the office grants: a record of another department is not carried over', async () => {
    const office = await tempApp();
    const first = await laptopOf(['ECM', 'LAW']);
    await enrolAtOffice(office, first);
    const restored = await forkedLaptop(office, first, async (app) => {
      await app.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学', department: 'LAW' }) });
    });
    await restored.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '经管伙伴', department: 'ECM' }) });
    const lawOnly = await restored.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '法学伙伴', department: 'LAW' }),
    });
    const old = restored.ctx.self.id;
    const request = join(tempDir(), 'replace.waiban');
    // The request asks for both departments; the office grants ECM alone.
    expect((await reEnrol(restored.ctx, request)).departments).toEqual(['ECM', 'LAW']);
    const { report, out } = await approve(office, request, old, ['ECM']);
    expect(report.departments).toEqual(['ECM']);
    await importBundle(restored.ctx, out);
    const status = reEnrolmentStatus(restored.ctx)!;
    expect(status.carried).toBe(1);
    expect(status.refused).toMatchObject([{ register: 'partner', recordId: lawOnly.id, title: '法学伙伴' }]);
    expect(restored.ctx.self.departments).toEqual(['ECM']);
    await send(restored, 'office', office);
    expect(live(office, 'ECM')).toEqual(['经管伙伴 伦敦']);
    expect(live(office, 'LAW')).toEqual(['乙大学 伦敦']);
  });
});
