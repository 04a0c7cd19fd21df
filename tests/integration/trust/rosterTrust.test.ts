import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestComment, rosterComment } from '../../../src-main/core/bundle/trustedComments';
import { rosterBytes, type Roster } from '../../../src-main/core/trust/roster';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { sha256Hex } from '../../../src-main/services/bundle/segments';
import { installationPublicKey, signAsInstallation } from '../../../src-main/services/signing';
import { enrol, revoke } from '../../../src-main/services/trust/enrol';
import { writeJoinRequest } from '../../../src-main/services/trust/joinRequest';
import { heldRoster, officePin } from '../../../src-main/services/trust/roster';
import { entriesOf, zipOf, type RawEntry } from '../../support/bundles';
import { enrolAtOffice } from '../../support/enrolment';
import { minisign } from '../../support/minisignTool';
import { syncPair, tableContents } from '../../support/syncPair';
import { partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';
import { rejectionOf } from '../../support/refusal';

const exportOf = async (app: TestApp, name: string): Promise<string> => {
  const file = join(tempDir(), name);
  await exportBundle(app.ctx, { out: file });
  return file;
};

/** A bundle re-signed by `signer` after its entries were changed: only the checks of what changed can refuse it. */
async function resigned(signer: TestApp, entries: RawEntry[], dir: string): Promise<string> {
  const manifestEntry = entries.find((e) => e.path === 'manifest.json')!;
  const manifest = JSON.parse(manifestEntry.bytes.toString()) as {
    exporter: string;
    sequence: number;
    entries: { path: string; size: number; sha256: string }[];
  };
  const listed = entries.filter((e) => !e.path.startsWith('manifest.json'));
  manifest.entries = listed.map((e) => ({ path: e.path, size: e.bytes.length, sha256: sha256Hex(e.bytes) }));
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  const signature = signAsInstallation(
    signer.ctx,
    bytes,
    manifestComment({ exporter: manifest.exporter, sequence: manifest.sequence, sha256: sha256Hex(bytes) }),
  );
  return zipOf([{ path: 'manifest.json', bytes }, { path: 'manifest.json.minisig', bytes: Buffer.from(signature) }, ...listed], dir);
}

describe('the roster and the keys it trusts', () => {
  it('pins the office key and takes the office roster at enrolment, listing the laptop with its approved departments', async () => {
    const s = await syncPair();
    expect(officePin(s.laptop.ctx)).toMatchObject({ id: s.office.ctx.self.id, key: installationPublicKey(s.office.ctx) });
    const roster = heldRoster(s.laptop.ctx)!.roster;
    expect(roster.version).toBe(2);
    expect(roster.installations.map((i) => [i.name, i.role, i.departments, i.status])).toEqual([
      ['外事办工作站', 'office', ['FAO'], 'active'],
      ['法学院联络员', 'department', ['LAW'], 'active'],
    ]);
    // The laptop's own copy of the reference data made way for the office's: each department once.
    const codes = s.laptop.ctx.sqlite.prepare('SELECT "code" FROM "department" WHERE "deleted" = 0').pluck().all() as string[];
    expect(codes.filter((c) => c === 'LAW')).toHaveLength(1);
    expect(s.laptop.ctx.sqlite.prepare('SELECT count(*) FROM "changeLog" WHERE "author" = ?').pluck().get(s.laptop.ctx.self.id)).toBe(0);
  });

  it('refuses a roster older than the one held (rollback), changing nothing', async () => {
    const s = await syncPair();
    const older = await exportOf(s.office, 'office-v2.waiban');
    const leadership = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    await enrolAtOffice(s.office, leadership);
    const newer = await exportOf(s.office, 'office-v3.waiban');
    expect((await importBundle(s.laptop.ctx, newer)).rosterVersion).toBe(3);
    const before = tableContents(s.laptop);
    const err = await rejectionOf(importBundle(s.laptop.ctx, older));
    expect(err.localized.en).toContain('The bundle carries roster version 2, older than version 3 held here: a roster cannot go back');
    expect(err.localized.zh).toContain('名册不能回退');
    expect(tableContents(s.laptop)).toEqual(before);
  });

  it('refuses a roster signed by a key other than the pinned office key', async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const file = await s.exportLaptop();
    // The laptop promotes itself in a roster of its own making, signed with its own key, in an otherwise valid bundle.
    const forged: Roster = { ...heldRoster(s.laptop.ctx)!.roster, version: 9 };
    forged.installations = forged.installations.map((i) => (i.id === s.laptop.ctx.self.id ? { ...i, role: 'office' as const } : i));
    const bytes = Buffer.from(rosterBytes(forged));
    const signature = signAsInstallation(
      s.laptop.ctx,
      bytes,
      rosterComment({ office: forged.office, version: 9, sha256: sha256Hex(bytes) }),
    );
    const entries = [
      ...(await entriesOf(file)),
      { path: 'roster.json', bytes },
      { path: 'roster.json.minisig', bytes: Buffer.from(signature) },
    ];
    const bundle = await resigned(s.laptop, entries, tempDir());
    const before = tableContents(s.office);
    const err = await rejectionOf(s.importAtOffice(bundle));
    expect(err.localized.en).toMatch(/^The roster is not trusted: Signed by another key/);
    expect(tableContents(s.office)).toEqual(before);
  });

  it('refuses a bundle from a signer the roster does not list', async () => {
    const s = await syncPair();
    const stranger = await tempApp({ name: '陌生人', role: 'department', departments: ['LAW'] });
    await stranger.call('records.put', { register: 'partner', values: partnerValues() });
    const before = tableContents(s.office);
    const err = await rejectionOf(importBundle(s.office.ctx, await exportOf(stranger, 'stranger.waiban')));
    expect(err.localized.en).toMatch(
      /^The signing key \(id [0-9A-F]{16}\) is not in the roster held here \(version 2\): an unknown signer/,
    );
    expect(tableContents(s.office)).toEqual(before);
  });

  it("refuses a revoked laptop's segments after its last good one, and still takes the earlier ones", async () => {
    const s = await syncPair();
    const leadership = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    await enrolAtOffice(s.office, leadership);
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const early = await s.exportLaptop();
    await s.importAtOffice(early);
    s.acknowledge();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '牛津大学' }) });
    const late = await s.exportLaptop();
    expect(revoke(s.office.ctx, s.laptop.ctx.self.id)).toMatchObject({ lastGoodSeq: 1, rosterVersion: 4 });
    const before = tableContents(s.office);
    const err = await rejectionOf(s.importAtOffice(late));
    expect(err.localized.en).toBe(
      'The key of "法学院联络员" has been revoked; its segment 2 comes after the last one trusted at revocation (1); the bundle was not imported.',
    );
    expect(err.localized.zh).toContain('已被吊销');
    expect(tableContents(s.office)).toEqual(before);
    // Leadership learns of the revocation from the office's next export; the laptop's earlier bundle still counts there.
    expect((await importBundle(leadership.ctx, await exportOf(s.office, 'office.waiban'))).rosterVersion).toBe(4);
    expect(await importBundle(leadership.ctx, early)).toMatchObject({ newChanges: 1, perRegister: { partner: 1 } });
    expect((await rejectionOf(importBundle(leadership.ctx, late))).localized.en).toContain('has been revoked');
  });

  it('carries the roster and office key in the enrolment bundle, and the real minisign verifies the roster with that key', async () => {
    const office = await tempApp();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const { bundle } = await enrolAtOffice(office, laptop);
    const out = tempDir();
    for (const e of await entriesOf(bundle)) if (!e.path.includes('/')) writeFileSync(join(out, e.path), e.bytes);
    const r = minisign(['-Vm', 'roster.json', '-x', 'roster.json.minisig', '-p', 'office.pub'], out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Trusted comment: roster:waiban\toffice:[0-9a-f-]{36}\tversion:2\tsha256:[0-9a-f]{64}/);
    writeFileSync(join(out, 'roster.json'), readFileSync(join(out, 'roster.json'), 'utf8').replace('"LAW"', '"ECM"'));
    expect(minisign(['-Vm', 'roster.json', '-x', 'roster.json.minisig', '-p', 'office.pub'], out).code).not.toBe(0);
  });

  it('refuses an enrolment bundle made for another laptop, pinning nothing', async () => {
    const office = await tempApp();
    const law = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const other = await tempApp({ name: '经管学院联络员', role: 'department', departments: ['ECM'] });
    const dir = tempDir();
    await writeJoinRequest(law.ctx, join(dir, 'join.waiban'));
    await enrol(office.ctx, join(dir, 'join.waiban'), { yes: true }, join(dir, 'enrolment.waiban'));
    const before = tableContents(other);
    const err = await rejectionOf(importBundle(other.ctx, join(dir, 'enrolment.waiban'), { confirmOffice: { yes: true } }));
    expect(err.localized.en).toBe(
      'This enrolment bundle is not for this installation (the roster does not list it with its key); nothing changed.',
    );
    expect(tableContents(other)).toEqual(before);
  });
});
