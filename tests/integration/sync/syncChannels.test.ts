import { describe, expect, it } from 'vitest';
import { maxChannelBundleBytes, type WorkProgress } from '../../../src-main/contract';
import { registerOf } from '../../../src-main/services/context';
import { blankValues } from '../../../src-main/services/demo/agreements';
import { minisignKeyIdHex } from '../../../src-main/core/signing/minisignKey';
import { installationPublicKey } from '../../../src-main/services/signing';
import { syncBothWays } from '../../support/syncOffice';
import { tableContents } from '../../support/syncPair';
import { partnerValues, tempApp } from '../../support/tempApp';
import { createRecords } from '../../../src-main/services/recordCommands';

describe('sync channels: bundles as base64, as the Sync page sends them', () => {
  it('carries a laptop\'s export to the office: preview writes nothing, import writes, status shows the last bundle', async () => {
    const s = await syncBothWays();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const exported = await s.laptop.call('sync.export', { to: 'office' });
    expect(exported).toMatchObject({ sequence: 1, changes: 1 });
    expect(exported.fileName).toBe('LAW-to-office-1.waiban');
    const upload = { name: exported.fileName, base64: exported.base64 };
    const before = tableContents(s.office);
    const preview = await s.office.call('sync.preview', upload);
    expect(preview).toMatchObject({ preview: true, newChanges: 1, signer: '法学院联络员', perRegister: { partner: 1 } });
    expect(tableContents(s.office)).toEqual(before);
    expect(await s.office.call('sync.import', upload)).toMatchObject({ preview: false, newChanges: 1 });
    const status = await s.office.call('sync.status', {});
    expect(status.installations).toEqual([expect.objectContaining({ name: '法学院联络员', lastBundle: expect.objectContaining({ sequence: 1, newChanges: 1 }) })]);
    expect(status.destinations).toEqual(expect.arrayContaining(['department:LAW', 'review']));
    expect((await s.laptop.call('sync.status', {})).destinations).toEqual(['office']);
  });

  it('reports how far an export and an import got: segments signed, segments verified, the changes written', async () => {
    const s = await syncBothWays();
    createRecords(s.laptop.ctx, s.laptop.writer, registerOf('partner'), Array.from({ length: 5001 }, (_, i) => ({ department: 'LAW', data: { ...blankValues('partner'), nameZh: `伙伴${i}`, country: 'GB', department: 'LAW' } })));
    const seen: WorkProgress[] = [];
    const exported = await s.laptop.dispatch('sync.export', { to: 'office' }, (p) => seen.push(p));
    if (!exported.ok) throw new Error(exported.error.message.en);
    const { fileName: name, base64 } = exported.value as { fileName: string; base64: string };
    expect(seen).toEqual([{ stage: 'write', done: 1, total: 2 }, { stage: 'write', done: 2, total: 2 }]);
    for (const channel of ['sync.preview', 'sync.import'] as const) {
      seen.length = 0;
      expect((await s.office.dispatch(channel, { name, base64 }, (p) => seen.push(p))).ok).toBe(true);
      expect(seen).toEqual([
        { stage: 'check', done: 1, total: 2 },
        { stage: 'check', done: 2, total: 2 },
        ...(channel === 'sync.import' ? [{ stage: 'write', done: 0, total: 5001 }, { stage: 'write', done: 5001, total: 5001 }] : []),
      ]);
    }
  });

  it('refuses what is not a bundle, and a bundle from an installation not in the roster held here, changing nothing', async () => {
    const s = await syncBothWays();
    const stranger = await tempApp({ name: '陌生电脑', role: 'department', departments: ['LAW'] });
    await stranger.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const before = tableContents(s.office);
    const junk = await s.office.fail('sync.preview', { name: 'x.waiban', base64: Buffer.from('not a zip at all').toString('base64') });
    expect(junk.localized.zh).toContain('数据包');
    const unknown = await s.office.fail('sync.import', { name: 'x.waiban', base64: (await stranger.call('sync.export', { to: 'office' })).base64 });
    const keyId = minisignKeyIdHex(installationPublicKey(stranger.ctx).keyId);
    expect(unknown.localized.zh).toContain(`签名密钥（ID ${keyId}）不在本机的名册`);
    expect(unknown.localized.en).toContain(`The signing key (id ${keyId}) is not in the roster held here`);
    expect(unknown.localized.en).toContain('The office must enrol it first');
    expect(tableContents(s.office)).toEqual(before);
  });

  it('refuses an upload over the channel cap before decoding it', async () => {
    const s = await syncBothWays();
    const tooBig = 'A'.repeat(Math.ceil((maxChannelBundleBytes * 4) / 3) + 8);
    expect((await s.office.fail('sync.import', { name: 'big.waiban', base64: tooBig })).code).toBe('VALIDATION');
  });
});
