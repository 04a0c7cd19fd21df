import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { enrolAtOffice } from '../../support/enrolment';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';
import { syncPair, tableContents, type SyncPair } from '../../support/syncPair';
import { forgeChange } from '../../support/forge';
import { blankValues } from '../../../src-main/services/demo/agreements';

/** A partner of the laptop's department, already imported at the office. */
async function sharedPartner(s: SyncPair): Promise<string> {
  const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
  await s.importAtOffice(await s.exportLaptop());
  s.acknowledge();
  return p.id;
}

describe('importing a department bundle at the office', () => {
  it("shows the laptop's records and their history at the office", async () => {
    const s = await syncPair();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '伦敦市' } });
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r).toMatchObject({ newChanges: 2, perRegister: { partner: 2 }, recordsTouched: 1, conflicts: [], gaps: [], clockWarnings: 0 });
    expect((await s.office.call('records.get', { register: 'partner', id: p.id })).values.city).toBe('伦敦市');
    expect(await s.office.call('records.history', { register: 'partner', id: p.id })).toHaveLength(2);
  });

  it('leaves no write-ahead log behind: what the import wrote is in the database file, the WAL cut to nothing', async () => {
    const s = await syncPair();
    for (let i = 0; i < 30; i++)
      await s.laptop.call('records.put', {
        register: 'partner',
        values: partnerValues({ nameZh: `大学${i}`, nameOriginal: `University ${i}` }),
      });
    const wal = join(s.office.ctx.dataDir, 'waiban.sqlite-wal');
    await s.importAtOffice(await s.exportLaptop());
    expect(statSync(wal).size).toBe(0);
  });

  it('reports nothing new and changes nothing when the same bundle is imported again', async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const file = await s.exportLaptop();
    await s.importAtOffice(file);
    const before = tableContents(s.office);
    const again = await s.importAtOffice(file);
    expect(again).toMatchObject({ newChanges: 0, recordsTouched: 0, conflicts: [] });
    expect(tableContents(s.office)).toEqual(before);
  });

  it('arrives at the same state when bundles are imported out of order, reporting the gap meanwhile', async () => {
    const s = await syncPair();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const first = await s.exportLaptop();
    s.acknowledge();
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '伦敦市' } });
    const second = await s.exportLaptop();
    const early = await s.importAtOffice(second);
    expect(early.gaps).toEqual([{ author: s.laptop.ctx.self.id, missing: [], awaitingParents: 1 }]);
    const late = await s.importAtOffice(first);
    expect(late).toMatchObject({ newChanges: 1, gaps: [], conflicts: [] });
    const shown = await s.office.call('records.get', { register: 'partner', id: p.id });
    expect(shown.values.city).toBe('伦敦市');
  });

  it("refuses a bundle in which a department writes another department's record, writing nothing", async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    // A tampered laptop: its own signature, but a change its role does not allow, written past the handlers.
    forgeChange(s.laptop, 'partner', 'forged-record', 'put', { ...blankValues('partner'), ...partnerValues({ department: 'ECM' }) }, 'ECM');
    const before = tableContents(s.office);
    const err = await s.importAtOffice(await s.exportLaptop()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).localized.zh).toContain('不能修改属于 ECM 的记录');
    expect(tableContents(s.office)).toEqual(before);
  });

  it('keeps both versions of a record edited on both sides, as a conflict with a deterministic winner', async () => {
    const s = await syncPair();
    const id = await sharedPartner(s);
    await s.office.call('records.put', { register: 'partner', id, values: { city: '办公室改的' } });
    await s.laptop.call('records.put', { register: 'partner', id, values: { city: '学院改的' } });
    const preview = await s.importAtOffice(await s.exportLaptop(), { preview: true });
    expect(preview.conflicts).toEqual([{ register: 'partner', recordId: id }]);
    expect((await s.office.call('records.get', { register: 'partner', id })).values.city).toBe('办公室改的');
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r.conflicts).toEqual([{ register: 'partner', recordId: id }]);
    const row = s.office.ctx.stores.get('partner')!.get(id)!;
    expect(row.conflict).toBe(1);
    const other = s.office.ctx.sqlite.prepare('SELECT "changeId" FROM "conflictHead" WHERE "recordId" = ?').pluck().all(id) as string[];
    const versions = [row.head, ...other].map((c) => s.office.ctx.changes.get(c)!.data!.city).sort();
    expect(versions).toEqual(['办公室改的', '学院改的'].sort());
  });

  it('treats an edit against a delete as a conflict', async () => {
    const s = await syncPair();
    const id = await sharedPartner(s);
    await s.office.call('records.delete', { register: 'partner', id });
    await s.laptop.call('records.put', { register: 'partner', id, values: { city: '学院改的' } });
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r.conflicts).toEqual([{ register: 'partner', recordId: id }]);
    const ops = [
      s.office.ctx.stores.get('partner')!.get(id)!.head,
      ...(s.office.ctx.sqlite.prepare('SELECT "changeId" FROM "conflictHead" WHERE "recordId" = ?').pluck().all(id) as string[]),
    ]
      .map((c) => s.office.ctx.changes.get(c)!.op)
      .sort();
    expect(ops).toEqual(['delete', 'put']);
  });

  it('warns about a clock years ahead and does not adopt it', async () => {
    const s = await syncPair();
    s.laptop.ctx.sqlite
      .prepare(`UPDATE "meta" SET "value" = ? WHERE "key" = 'hlc'`)
      .run(`${Date.parse('2031-01-01').toString().padStart(15, '0')}-000000-x`);
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const r = await s.importAtOffice(await s.exportLaptop());
    expect(r.clockWarnings).toBe(1);
    const officeClock = s.office.ctx.sqlite.prepare(`SELECT "value" FROM "meta" WHERE "key" = 'hlc'`).pluck().get() as string;
    expect(Number(officeClock.slice(0, 15))).toBeLessThan(Date.parse('2027-01-01'));
  });

  it('leaves the database exactly as it was when the import fails part-way, and imports cleanly afterwards', async () => {
    const s = await syncPair();
    const id = await sharedPartner(s);
    await s.laptop.call('records.put', { register: 'partner', id, values: { city: '学院改的' } });
    const file = await s.exportLaptop();
    // The ledger is written last, after changes, tables and clock: failing there undoes the most.
    s.office.ctx.sqlite.exec(`CREATE TRIGGER "failImport" BEFORE INSERT ON "bundleImport" BEGIN SELECT RAISE(ABORT, 'disk gone'); END`);
    const before = tableContents(s.office);
    await expect(s.importAtOffice(file)).rejects.toThrow('disk gone');
    expect(tableContents(s.office)).toEqual(before);
    s.office.ctx.sqlite.exec('DROP TRIGGER "failImport"');
    expect((await s.importAtOffice(file)).newChanges).toBe(1);
    expect((await s.office.call('records.get', { register: 'partner', id })).values.city).toBe('学院改的');
  });

  it("refuses a department taking over another department's record by naming it as a parent", async () => {
    const s = await syncPair();
    const ecm = await s.office.call('records.put', { register: 'partner', values: partnerValues({ department: 'ECM' }) });
    const head = s.office.ctx.stores.get('partner')!.get(ecm.id)!.head;
    forgeChange(s.laptop, 'partner', ecm.id, 'put', { ...blankValues('partner'), ...partnerValues({ department: 'LAW' }) }, 'LAW', [head]);
    const before = tableContents(s.office);
    await expect(s.importAtOffice(await s.exportLaptop())).rejects.toThrow(/may only change records of LAW, not of ECM/);
    expect(tableContents(s.office)).toEqual(before);
  });

  it('refuses a change whose id is already held with other content, as a fork', async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const file = await s.exportLaptop();
    await s.importAtOffice(file);
    s.office.ctx.sqlite
      .prepare(`UPDATE "changeLog" SET "data" = json_set("data", '$.city', '别处') WHERE "author" = ?`)
      .run(s.laptop.ctx.self.id);
    await expect(s.importAtOffice(file)).rejects.toThrow(/a fork/);
  });

  it('refuses a different bundle under a sequence number already imported from the same exporter', async () => {
    const s = await syncPair();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const file = await s.exportLaptop();
    await s.importAtOffice(file);
    s.office.ctx.sqlite.prepare('UPDATE "bundleImport" SET "manifestSha256" = ?').run('0'.repeat(64));
    await expect(s.importAtOffice(file)).rejects.toThrow(/cloned installation or a replay/);
  });

  it('refuses a department moving its own record out of its department, writing nothing', async () => {
    const s = await syncPair();
    const id = await sharedPartner(s);
    const head = s.laptop.ctx.stores.get('partner')!.get(id)!.head;
    forgeChange(s.laptop, 'partner', id, 'put', { ...blankValues('partner'), ...partnerValues({ department: 'ECM' }) }, 'ECM', [head]);
    const before = tableContents(s.office);
    await expect(s.importAtOffice(await s.exportLaptop())).rejects.toThrow(/may only change records of LAW, not of ECM/);
    expect(tableContents(s.office)).toEqual(before);
  });

  it('refuses a bundle in which a review installation writes, writing nothing', async () => {
    const s = await syncPair();
    const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    await enrolAtOffice(s.office, review);
    // A tampered review copy: its own signature on a change it may not make, written past the handlers.
    forgeChange(
      review,
      'partner',
      '01a21fc9-0000-7000-8000-000000000001',
      'put',
      { ...blankValues('partner'), ...partnerValues({ department: 'LAW' }) },
      'LAW',
    );
    // Its program would refuse to export; the tampered one exports all the same.
    const file = join(tempDir(), 'review.waiban');
    Object.assign(review.ctx.self, { role: 'department' });
    await exportBundle(review.ctx, { out: file });
    Object.assign(review.ctx.self, { role: 'review' });
    const before = tableContents(s.office);
    const err = await importBundle(s.office.ctx, file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).localized.en).toContain('read-only review installation');
    expect(tableContents(s.office)).toEqual(before);
  });

  it('takes nothing from an old bundle replayed after a newer one, and changes nothing', async () => {
    const s = await syncPair();
    const p = await s.laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const old = await s.exportLaptop();
    await s.importAtOffice(old);
    await s.laptop.call('records.put', { register: 'partner', id: p.id, values: { city: '伦敦市' } });
    await s.laptop.call('records.delete', { register: 'partner', id: p.id });
    await s.importAtOffice(await s.exportLaptop());
    const before = tableContents(s.office);
    expect(await s.importAtOffice(old)).toMatchObject({ newChanges: 0, recordsTouched: 0, conflicts: [] });
    expect(tableContents(s.office)).toEqual(before);
    expect((await s.office.call('records.get', { register: 'partner', id: p.id })).meta.deleted).toBe(true);
  });
});
