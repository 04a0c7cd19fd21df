import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodePublicKey, minisignKeyIdHex } from '../../../src-main/core/signing/minisignKey';
import { installationPublicKey } from '../../../src-main/services/signing';
import { describe, expect, it } from 'vitest';
import { waiban } from '../../support/cli';
import { syncBothWays } from '../../support/syncOffice';
import { closeApp, partnerValues, tempDir } from '../../support/tempApp';

describe('waiban conflicts, export --to and import', () => {
  it('lists a conflict with its versions and resolves it by picking one; a second resolve is refused', async () => {
    const s = await syncBothWays();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    await s.importAtOffice(await s.exportLaptop());
    s.acknowledge();
    await s.office.call('records.put', { register: 'partner', id: p.id, values: { city: '办公室改的' } });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '学院改的' } });
    await s.importAtOffice(await s.exportLaptop());
    const laptopChange = s.laptop.ctx.stores.get('partner')!.get(p.id)!.head;
    closeApp(s.office);
    const dir = s.office.dataDir;

    const listed = JSON.parse(waiban(dir, ['conflicts', 'list', '--json']).out) as {
      id: string;
      versions: { changeId: string; author: { name: string } }[];
    }[];
    expect(listed).toHaveLength(1);
    expect(listed[0]!.id).toBe(p.id);
    expect(listed[0]!.versions.map((v) => v.changeId)).toContain(laptopChange);
    expect(waiban(dir, ['conflicts', 'list']).out).toContain(`Partners ${p.id} "伦敦大学学院" (LAW), 2 versions:`);

    const resolved = waiban(dir, ['conflicts', 'resolve', 'partner', p.id, '--pick', laptopChange]);
    expect(resolved).toMatchObject({ code: 0, err: '' });
    expect(resolved.out).toContain(`Resolved: Partners ${p.id}`);
    expect(waiban(dir, ['conflicts', 'list']).out).toBe('No conflicts to resolve.\n');
    expect(JSON.parse(waiban(dir, ['records', 'get', '--register', 'partner', '--id', p.id]).out).values.city).toBe('学院改的');
    const again = waiban(dir, ['conflicts', 'resolve', 'partner', p.id, '--pick', laptopChange]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('no conflict to resolve');
    expect(waiban(dir, ['conflicts', 'resolve', 'partner', p.id]).code).toBe(2);
    expect(waiban(dir, ['conflicts', 'resolve', 'partner', p.id, '--values', '[1]']).code).toBe(2);
  }, 60_000);

  it('exports for a department and imports there trusting the roster its enrolment brought, after a dry run', async () => {
    const s = await syncBothWays();
    const person = await s.office.call('records.put', {
      register: 'person',
      values: { name: '法学院老师', category: 'teacher', department: 'LAW' },
    });
    closeApp(s.office);
    closeApp(s.laptop);
    const file = join(tempDir(), 'law.waiban');
    expect(waiban(s.office.dataDir, ['export', '--to', 'department:NOPE', '--out', file]).code).toBe(1);
    expect(waiban(s.office.dataDir, ['export', '--to', 'nowhere', '--out', file]).code).toBe(2);
    const exported = waiban(s.office.dataDir, ['export', '--to', 'department:LAW', '--out', file]);
    expect(exported).toMatchObject({ code: 0, err: '' });
    const dry = waiban(s.laptop.dataDir, ['import', file, '--dry-run', '--json']);
    expect(JSON.parse(dry.out)).toMatchObject({ preview: true, perRegister: { person: 1 } });
    expect(waiban(s.laptop.dataDir, ['records', 'get', '--register', 'person', '--id', person.id]).code).toBe(1);
    // The office's bundle 1 was the laptop's enrolment; this is its second.
    expect(waiban(s.laptop.dataDir, ['import', file]).out).toMatch(/^Imported: bundle 2 signed by "外事办工作站"/);
    expect(JSON.parse(waiban(s.laptop.dataDir, ['records', 'get', '--register', 'person', '--id', person.id]).out).values.name).toBe(
      '法学院老师',
    );
  }, 60_000);

  it("verifies a review bundle without a data folder given the office key and the relayed authors' keys", async () => {
    const s = await syncBothWays();
    await s.laptop.call('records.put', { register: 'person', values: { name: '学院录入', category: 'teacher', department: 'LAW' } });
    await s.importAtOffice(await s.exportLaptop());
    const file = await s.exportOffice('review');
    const dir = tempDir();
    const officePub = join(dir, 'office.pub');
    const lawPub = join(dir, 'law.pub');
    writeFileSync(officePub, encodePublicKey(installationPublicKey(s.office.ctx)));
    writeFileSync(lawPub, encodePublicKey(installationPublicKey(s.laptop.ctx)));
    const lawKey = minisignKeyIdHex(installationPublicKey(s.laptop.ctx).keyId);
    const officeKey = minisignKeyIdHex(installationPublicKey(s.office.ctx).keyId);
    const officeOnly = waiban(tempDir(), ['verify', file, '--pubkey', officePub]);
    expect(officeOnly.code).toBe(1);
    expect(officeOnly.err).toContain(
      `Segment segments/${s.laptop.ctx.self.id}/1.jsonl is not validly signed by its author: Signed by another key (key id ${lawKey}, expected ${officeKey})`,
    );
    const both = waiban(tempDir(), ['verify', file, '--pubkey', officePub, '--pubkey', lawPub]);
    expect(both).toMatchObject({ code: 0, err: '' });
    expect(both.out).toContain('Bundle intact and validly signed');
    // Import trusts the roster held here, never keys given by hand.
    expect(waiban(s.laptop.dataDir, ['import', file, '--pubkey', officePub, '--pubkey', lawPub]).code).toBe(2);
  }, 60_000);
});
