import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../../src-main/contract';
import { registerOf } from '../../../src-main/services/context';
import { blankValues } from '../../../src-main/services/demo/agreements';
import { minisignKeyIdHex } from '../../../src-main/core/signing/minisignKey';
import { installationPublicKey } from '../../../src-main/services/signing';
import { syncBothWays } from '../../support/syncOffice';
import { tableContents } from '../../support/syncPair';
import { partnerValues, tempApp, tempDir, testFiles } from '../../support/tempApp';
import { createRecords } from '../../../src-main/services/recordCommands';

describe('sync channels: bundles as file handles, as the Sync page sends them', () => {
  it("carries a laptop's export to the office: preview writes nothing, import writes, status shows the last bundle", async () => {
    const s = await syncBothWays();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const out = join(tempDir(), 'LAW-to-office.waiban');
    const target = s.laptop.saveTo(out);
    const exported = await s.laptop.call('sync.export', { to: 'office', target });
    expect(exported).toMatchObject({
      sequence: 1,
      changes: 1,
      file: { id: target.id, name: 'LAW-to-office.waiban', size: expect.any(Number) },
    });
    expect(exported.file.size).toBeGreaterThan(0);
    const upload = { file: s.office.pick(out) };
    const before = tableContents(s.office);
    const preview = await s.office.call('sync.preview', upload);
    expect(preview).toMatchObject({ preview: true, newChanges: 1, signer: '法学院联络员', perRegister: { partner: 1 } });
    expect(tableContents(s.office)).toEqual(before);
    expect(await s.office.call('sync.import', upload)).toMatchObject({ preview: false, newChanges: 1 });
    const status = await s.office.call('sync.status', {});
    expect(status.installations).toEqual([
      expect.objectContaining({ name: '法学院联络员', lastBundle: expect.objectContaining({ sequence: 1, newChanges: 1 }) }),
    ]);
    expect(status.destinations).toEqual(expect.arrayContaining(['department:LAW', 'review']));
    expect((await s.laptop.call('sync.status', {})).destinations).toEqual(['office']);
  });

  it('reports how far an export and an import got: segments signed, segments verified, the changes written', async () => {
    const s = await syncBothWays();
    createRecords(
      s.laptop.ctx,
      s.laptop.writer,
      registerOf('partner'),
      Array.from({ length: 5001 }, (_, i) => ({
        department: 'LAW',
        data: { ...blankValues('partner'), nameZh: `伙伴${i}`, country: 'GB', department: 'LAW' },
      })),
    );
    const seen: WorkProgress[] = [];
    const out = join(tempDir(), 'bundle.waiban');
    // Through dispatch as the backend thread gets it: the handles with the paths the transport resolved.
    const target = { id: 'e'.repeat(32), name: 'bundle.waiban', size: 0 };
    const exported = await s.laptop.dispatch('sync.export', { to: 'office', target }, (p) => seen.push(p), {
      [target.id]: { path: out, access: 'write', name: target.name, size: 0 },
    });
    if (!exported.ok) throw new Error(exported.error.message.en);
    expect(seen).toEqual([
      { stage: 'write', done: 1, total: 2 },
      { stage: 'write', done: 2, total: 2 },
    ]);
    const file = { id: 'f'.repeat(32), name: 'bundle.waiban', size: 1 };
    for (const channel of ['sync.preview', 'sync.import'] as const) {
      seen.length = 0;
      expect(
        (
          await s.office.dispatch(channel, { file }, (p) => seen.push(p), {
            [file.id]: { path: out, access: 'read', name: file.name, size: 1 },
          })
        ).ok,
      ).toBe(true);
      expect(seen).toEqual([
        { stage: 'check', done: 1, total: 2 },
        { stage: 'check', done: 2, total: 2 },
        ...(channel === 'sync.import'
          ? [
              { stage: 'write', done: 0, total: 5001 },
              { stage: 'write', done: 5001, total: 5001 },
            ]
          : []),
      ]);
    }
  });

  it('refuses what is not a bundle, and a bundle from an installation not in the roster held here, changing nothing', async () => {
    const s = await syncBothWays();
    const stranger = await tempApp({ name: '陌生电脑', role: 'department', departments: ['LAW'] });
    await stranger.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const before = tableContents(s.office);
    const junkFile = join(tempDir(), 'x.waiban');
    writeFileSync(junkFile, 'not a zip at all');
    const junk = await s.office.fail('sync.preview', { file: s.office.pick(junkFile) });
    expect(junk.localized.zh).toContain('数据包');
    const strangers = join(tempDir(), 'stranger.waiban');
    await stranger.call('sync.export', { to: 'office', target: stranger.saveTo(strangers) });
    const unknown = await s.office.fail('sync.import', { file: s.office.pick(strangers) });
    const keyId = minisignKeyIdHex(installationPublicKey(stranger.ctx).keyId);
    expect(unknown.localized.zh).toContain(`签名密钥（ID ${keyId}）不在本机的名册`);
    expect(unknown.localized.en).toContain(`The signing key (id ${keyId}) is not in the roster held here`);
    expect(unknown.localized.en).toContain('The office must enrol it first');
    expect(tableContents(s.office)).toEqual(before);
  });

  it('refuses a handle the transport did not issue to this window, or issued for the other use, before anything runs', async () => {
    const s = await syncBothWays();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const out = join(tempDir(), 'LAW-to-office.waiban');
    await s.laptop.call('sync.export', { to: 'office', target: s.laptop.saveTo(out) });
    const before = tableContents(s.office);
    const otherWindow = testFiles('another window');
    const foreign = await otherWindow.dispatch(s.office.dispatch, 'sync.import', { file: s.office.pick(out) });
    expect(!foreign.ok && foreign.error).toMatchObject({ code: 'FORBIDDEN', message: { zh: expect.stringContaining('请重新选择') } });
    // A picked bundle as an export's target would overwrite the person's file.
    const picked = s.laptop.pick(out);
    expect((await s.laptop.fail('sync.export', { to: 'office', target: picked })).localized.en).toContain('picked to be read, not written');
    // Straight to dispatch, with no transport resolving it: refused by the handler.
    const bare = await s.office.dispatch('sync.import', { file: { id: 'a'.repeat(32), name: 'x.waiban', size: 3 } });
    expect(!bare.ok && bare.error.code).toBe('FORBIDDEN');
    expect(tableContents(s.office)).toEqual(before);
  });
});
