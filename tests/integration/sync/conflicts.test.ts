import { describe, expect, it } from 'vitest';
import { syncBothWays, type SyncBothWays } from '../../support/syncOffice';
import { registerOf } from '../../../src-main/services/context';
import { blankValues } from '../../../src-main/services/demo/agreements';
import { partnerValues } from '../../support/tempApp';
import { createRecords } from '../../../src-main/services/recordCommands';

/** A Law School partner both sides hold, then edited on both before any exchange. */
async function editedOnBothSides(s: SyncBothWays): Promise<string> {
  const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
  await s.importAtOffice(await s.exportLaptop());
  s.acknowledge();
  await s.office.call('records.put', { register: 'partner', id: p.id, values: { city: '办公室改的' } });
  await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '学院改的', nameOriginal: 'UCL' } });
  return p.id;
}

/** Laptop -> office and office -> laptop. */
async function exchange(s: SyncBothWays): Promise<void> {
  await s.importAtOffice(await s.exportLaptop());
  await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
}

describe('conflicts', () => {
  it('arise also from two first versions of one record id written apart, each arriving with no parents', async () => {
    const s = await syncBothWays();
    const values = (city: string) => ({ ...blankValues('partner'), ...partnerValues({ department: 'LAW', city }) });
    const [id] = createRecords(s.office.ctx, s.office.writer, registerOf('partner'), [
      { recordId: 'same-record', department: 'LAW', data: values('办公室写的') },
    ]);
    createRecords(s.laptop.ctx, s.laptop.writer, registerOf('partner'), [{ recordId: id!, department: 'LAW', data: values('学院写的') }]);
    await s.importAtOffice(await s.exportLaptop());
    expect(await s.office.call('conflicts.list', {})).toEqual([
      { register: 'partner', id, title: '伦敦大学学院', department: 'LAW', versions: 2 },
    ]);
    const fresh = createRecords(s.laptop.ctx, s.laptop.writer, registerOf('partner'), [{ department: 'LAW', data: values('新的') }]);
    await s.importAtOffice(await s.exportLaptop());
    expect((await s.office.call('records.get', { register: 'partner', id: fresh[0]! })).values.city).toBe('新的');
    expect(await s.office.call('records.list', { register: 'partner', search: '新的' })).toMatchObject({ total: 1 });
  });

  it('are listed on both sides after concurrent edits are exchanged both ways, with the same version shown', async () => {
    const s = await syncBothWays();
    const id = await editedOnBothSides(s);
    await exchange(s);
    for (const app of [s.office, s.laptop]) {
      expect(await app.call('conflicts.list', {})).toEqual([
        { register: 'partner', id, title: '伦敦大学学院', department: 'LAW', versions: 2 },
      ]);
    }
    const atOffice = await s.office.call('conflicts.get', { register: 'partner', id });
    const atLaptop = await s.laptop.call('conflicts.get', { register: 'partner', id });
    expect(atLaptop.versions.map((v) => v.changeId)).toEqual(atOffice.versions.map((v) => v.changeId));
    expect(atOffice.differing).toEqual(['nameOriginal', 'city']);
    expect(atOffice.versions.map((v) => v.author.name).sort()).toEqual([s.laptop.ctx.self.name, s.office.ctx.self.name].sort());
    expect(atOffice.versions.every((v) => !Number.isNaN(Date.parse(v.at)))).toBe(true);
  });

  it('resolved on one side with merged values, clears on the other side once the resolution is synced', async () => {
    const s = await syncBothWays();
    const id = await editedOnBothSides(s);
    await exchange(s);
    const resolved = await s.office.call('conflicts.resolve', { register: 'partner', id, values: { city: '伦敦', nameOriginal: 'UCL' } });
    expect(resolved.meta.conflict).toBe(false);
    expect(await s.office.call('conflicts.list', {})).toEqual([]);
    const resolution = s.office.ctx.changes.get(resolved.meta.head)!;
    expect(resolution.parents).toHaveLength(2);
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect(await s.laptop.call('conflicts.list', {})).toEqual([]);
    const there = await s.laptop.call('records.get', { register: 'partner', id });
    expect(there.values).toMatchObject({ city: '伦敦', nameOriginal: 'UCL' });
    expect(there.meta.conflict).toBe(false);
    // Back at the office, the laptop's next bundle brings nothing that reopens it.
    await s.importAtOffice(await s.exportLaptop());
    expect(await s.office.call('conflicts.list', {})).toEqual([]);
  });

  it("resolved on the laptop by picking the office's version, clears at the office too", async () => {
    const s = await syncBothWays();
    const id = await editedOnBothSides(s);
    await exchange(s);
    const detail = await s.laptop.call('conflicts.get', { register: 'partner', id });
    const officeVersion = detail.versions.find((v) => v.author.id === s.office.ctx.self.id)!;
    await s.laptop.call('conflicts.resolve', { register: 'partner', id, pick: officeVersion.changeId });
    await s.importAtOffice(await s.exportLaptop());
    expect(await s.office.call('conflicts.list', {})).toEqual([]);
    expect((await s.office.call('records.get', { register: 'partner', id })).values.city).toBe('办公室改的');
  });

  it('edit against delete is a conflict; keeping the deletion deletes on both sides', async () => {
    const s = await syncBothWays();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    await s.importAtOffice(await s.exportLaptop());
    s.acknowledge();
    await s.office.call('records.delete', { register: 'partner', id: p.id });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '学院改的' } });
    await exchange(s);
    const detail = await s.office.call('conflicts.get', { register: 'partner', id: p.id });
    expect(detail.versions.map((v) => v.op).sort()).toEqual(['delete', 'put']);
    expect(detail.differing).toContain('city');
    const deletion = detail.versions.find((v) => v.op === 'delete')!;
    const r = await s.office.call('conflicts.resolve', { register: 'partner', id: p.id, pick: deletion.changeId });
    expect(r.meta.deleted).toBe(true);
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect(await s.laptop.call('conflicts.list', {})).toEqual([]);
    expect((await s.laptop.call('records.get', { register: 'partner', id: p.id })).meta.deleted).toBe(true);
  });

  it('edit against delete, keeping the edit, brings the record back', async () => {
    const s = await syncBothWays();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    await s.importAtOffice(await s.exportLaptop());
    s.acknowledge();
    await s.office.call('records.delete', { register: 'partner', id: p.id });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '学院改的' } });
    await s.importAtOffice(await s.exportLaptop());
    const edit = (await s.office.call('conflicts.get', { register: 'partner', id: p.id })).versions.find((v) => v.op === 'put')!;
    const r = await s.office.call('conflicts.resolve', { register: 'partner', id: p.id, pick: edit.changeId });
    expect(r.meta.deleted).toBe(false);
    expect(r.values.city).toBe('学院改的');
  });

  it('refuses plain edits of a record in conflict, and a resolution naming no version of it, in zh and en', async () => {
    const s = await syncBothWays();
    const id = await editedOnBothSides(s);
    await s.importAtOffice(await s.exportLaptop());
    const edit = await s.office.fail('records.put', { register: 'partner', id, values: { city: '又改' } });
    expect(edit.code).toBe('CONFLICT');
    expect(edit.localized.zh).toContain('先在“冲突”页面解决');
    expect((await s.office.fail('records.delete', { register: 'partner', id })).code).toBe('CONFLICT');
    const wrong = await s.office.fail('conflicts.resolve', { register: 'partner', id, pick: 'not-a-head' });
    expect(wrong.localized.en).toContain("not one of this record's versions");
    const invalid = await s.office.fail('conflicts.resolve', { register: 'partner', id, values: { country: 'XX' } });
    expect(invalid.code).toBe('VALIDATION');
    expect((await s.office.fail('conflicts.resolve', { register: 'partner', id })).code).toBe('VALIDATION');
    expect(await s.office.call('conflicts.list', {})).toHaveLength(1);
  });

  it('a department laptop may not resolve a conflict by moving the record to another department', async () => {
    const s = await syncBothWays();
    const id = await editedOnBothSides(s);
    await exchange(s);
    const err = await s.laptop.fail('conflicts.resolve', { register: 'partner', id, values: { department: 'ECM' } });
    expect(err.code).toBe('FORBIDDEN');
    expect(await s.laptop.call('conflicts.list', {})).toHaveLength(1);
  });
});
