import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import type { Change } from '../../../src-main/db/changeLog';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { entriesOf, relaying, resigningSegment } from '../../support/bundles';
import { syncBothWays } from '../../support/syncOffice';
import { tableContents } from '../../support/syncPair';
import { attach, partnerValues, tempApp, tempDir } from '../../support/tempApp';

/** Every change a bundle file carries, read with the zip library rather than the code under test. */
async function changesIn(file: string): Promise<Change[]> {
  return (await entriesOf(file))
    .filter((e) => e.path.startsWith('segments/') && e.path.endsWith('.jsonl'))
    .flatMap((e) =>
      e.bytes
        .toString('utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Change),
    );
}

const person = (name: string, department: string) => ({ register: 'person', values: { name, category: 'teacher', department } });

describe('office -> department bundle', () => {
  it("carries exactly what that department may see: its records, reference data and partners, not other departments' records", async () => {
    const s = await syncBothWays();
    const law = await s.office.call('records.put', person('法学院老师', 'LAW'));
    const ecm = await s.office.call('records.put', person('经管老师', 'ECM'));
    const partner = await s.office.call('records.put', { register: 'partner', values: partnerValues({ department: 'ECM' }) });
    const changes = await changesIn(await s.exportOffice('department:LAW'));
    const records = new Set(changes.map((c) => c.recordId));
    expect(records.has(law.id)).toBe(true);
    expect(records.has(partner.id)).toBe(true);
    expect(records.has(ecm.id)).toBe(false);
    expect(changes.every((c) => c.author === s.office.ctx.self.id)).toBe(true);
    const registersSeen = new Set(changes.map((c) => c.register));
    expect([...registersSeen]).toEqual(
      expect.arrayContaining(['department', 'plan', 'planTarget', 'checklistTemplate', 'person', 'partner']),
    );
    expect(changes.filter((c) => c.register === 'person').map((c) => c.department)).toEqual(['LAW']);
  });

  it("is imported by the department's laptop, which then shows the office's record of its department", async () => {
    const s = await syncBothWays();
    const law = await s.office.call('records.put', person('法学院老师', 'LAW'));
    const r = await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect(r.newChanges).toBeGreaterThan(0);
    expect(r.gaps).toEqual([]);
    expect((await s.laptop.call('records.get', { register: 'person', id: law.id })).values.name).toBe('法学院老师');
  });

  it('tells the laptop when the office moves one of its records to another department', async () => {
    const s = await syncBothWays();
    const p = await s.office.call('records.put', person('调动的老师', 'LAW'));
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    await s.office.call('records.put', { register: 'person', id: p.id, values: { department: 'ECM' } });
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    expect((await s.laptop.call('records.get', { register: 'person', id: p.id })).values.department).toBe('ECM');
  });

  it('is byte-identical when exported again, even after an export to another department in between', async () => {
    const s = await syncBothWays();
    await s.office.call('records.put', person('法学院老师', 'LAW'));
    const first = readFileSync(await s.exportOffice('department:LAW'));
    await s.office.call('records.put', person('经管老师', 'ECM'));
    await s.exportOffice('department:ECM');
    expect(readFileSync(await s.exportOffice('department:LAW')).equals(first)).toBe(true);
  });

  it("is refused whole by another department's laptop, which keeps its database as it was", async () => {
    const s = await syncBothWays();
    await s.office.call('records.put', person('法学院老师', 'LAW'));
    const ecmLaptop = await s.another({ name: '经管学院联络员', role: 'department', departments: ['ECM'] });
    const before = tableContents(ecmLaptop);
    const err = (await s.importFromOffice(ecmLaptop, await s.exportOffice('department:LAW')).catch((e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.localized.zh).toContain('不属于本部门');
    expect(tableContents(ecmLaptop)).toEqual(before);
  });

  it('is refused when a department asks for it, or for an unknown department, in zh and en', async () => {
    const s = await syncBothWays();
    const target = (app: typeof s.office) => app.saveTo(join(tempDir(), 'x.waiban'));
    const fromLaptop = (await s.laptop.fail('sync.export', { to: 'department:LAW', target: target(s.laptop) })).localized;
    expect(fromLaptop.zh).toContain('只有外事办');
    expect(fromLaptop.en).toContain('Only the office');
    const unknown = await s.office.fail('sync.export', { to: 'department:NOPE', target: target(s.office) });
    expect(unknown.localized.zh).toContain('NOPE');
    expect((await s.office.fail('sync.export', { to: 'office', target: target(s.office) })).localized.en).toContain('This is the office');
  });

  it("relays a laptop's shared partner to every department under the office's signature, keeping its author, and not its department's own records", async () => {
    const s = await syncBothWays();
    const partner = await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const teacher = await s.laptop.call('records.put', person('法学院老师', 'LAW'));
    await s.importAtOffice(await s.exportLaptop());
    const toEcm = await changesIn(await s.exportOffice('department:ECM'));
    expect(toEcm.filter((c) => c.recordId === partner.id).map((c) => c.author)).toEqual([s.laptop.ctx.self.id]);
    expect(toEcm.some((c) => c.recordId === teacher.id)).toBe(false);
    // Back to its own department too: a replacement laptop needs them; the laptop that wrote them skips them.
    const toLaw = await s.exportOffice('department:LAW');
    expect((await changesIn(toLaw)).some((c) => c.recordId === teacher.id)).toBe(true);
    const r = await s.importFromOffice(s.laptop, toLaw);
    expect(r.gaps).toEqual([]);
    expect((await s.laptop.call('records.get', { register: 'person', id: teacher.id })).values.name).toBe('法学院老师');
  });

  it("serves a laptop answering for two departments: enrolment and exports carry both departments' records and no other's", async () => {
    const s = await syncBothWays();
    const law = await s.office.call('records.put', person('法学院老师', 'LAW'));
    const ecm = await s.office.call('records.put', person('经管老师', 'ECM'));
    const fin = await s.office.call('records.put', person('财务处老师', 'FIN'));
    const both = await s.another({ name: '法学与经管联络员', role: 'department', departments: ['LAW', 'ECM'] });
    const held = (id: string) => both.ctx.sqlite.prepare('SELECT count(*) FROM "changeLog" WHERE "recordId" = ?').pluck().get(id);
    expect([held(law.id), held(ecm.id), held(fin.id)]).toEqual([1, 1, 0]);
    expect((await s.office.call('sync.status', {})).destinations).toContain('department:ECM+LAW');
    const later = await s.office.call('records.put', person('经管新老师', 'ECM'));
    const r = await s.importFromOffice(both, await s.exportOffice('department:ECM+LAW'));
    expect(r.newChanges).toBe(1);
    expect(held(later.id)).toBe(1);
    await expect(s.exportOffice('department:ECM+NOPE')).rejects.toThrow(/NOPE/);
  });

  it("refuses a laptop's segment carrying a change by another installation, even signed with the laptop's own key, changing nothing", async () => {
    const s = await syncBothWays();
    const ecm = await s.another({ name: '经管学院联络员', role: 'department', departments: ['ECM'] });
    await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const file = await s.exportLaptop();
    const path = (await entriesOf(file)).find((e) => e.path.startsWith('segments/') && e.path.endsWith('.jsonl'))!.path;
    const forged = await resigningSegment(
      s.laptop,
      file,
      path,
      (content) => {
        const [first, ...rest] = content.split('\n');
        const change = JSON.parse(first!) as Change;
        return [JSON.stringify({ ...change, id: `${change.id}x`, author: ecm.ctx.self.id, authorSeq: 1 }), first, ...rest].join('\n');
      },
      tempDir(),
    );
    const before = tableContents(s.office);
    await expect(s.importAtOffice(forged)).rejects.toThrow(/他人的变更[\s\S]*someone else|someone else/);
    expect(tableContents(s.office)).toEqual(before);
  });
});

describe('office -> review bundle', () => {
  it("carries every record, the department laptops' relayed with their authors' signatures, into a review installation", async () => {
    const s = await syncBothWays();
    // Enrolled first: a bundle exported before a newer roster would be refused as a roster going back.
    const review = await s.another({ name: '领导审阅', role: 'review', departments: [] });
    const fromLaptop = await s.laptop.call('records.put', person('学院录入', 'LAW'));
    await s.importAtOffice(await s.exportLaptop());
    const ecm = await s.office.call('records.put', person('经管老师', 'ECM'));
    const file = await s.exportOffice('review');
    const authors = new Set((await changesIn(file)).map((c) => c.author));
    expect(authors).toEqual(new Set([s.office.ctx.self.id, s.laptop.ctx.self.id]));
    const r = await s.importFromOffice(review, file);
    expect(r.newChanges).toBeGreaterThan(0);
    expect(r.conflicts).toEqual([]);
    expect((await review.call('records.get', { register: 'person', id: fromLaptop.id })).values.name).toBe('学院录入');
    expect((await review.call('records.get', { register: 'person', id: ecm.id })).values.name).toBe('经管老师');
    expect((await review.call('sync.status', {})).lastImport).not.toBeNull();
    // The review copy holds the office's reference data once, not a built-in copy of its own beside it.
    const departments = (app: typeof review) => app.ctx.sqlite.prepare('SELECT count(*) FROM "department"').pluck().get();
    expect(departments(review)).toBe(departments(s.office));
  });

  it("reaches a review installation enrolled after the office took in a laptop's bundle: its enrolment relays the laptop's changes", async () => {
    const s = await syncBothWays();
    const fromLaptop = await s.laptop.call('records.put', person('先于审阅登记', 'LAW'));
    await s.importAtOffice(await s.exportLaptop());
    // The enrolment bundle's roster names the laptop; its relayed changes are checked against that roster.
    const review = await s.another({ name: '领导审阅', role: 'review', departments: [] });
    expect((await review.call('records.get', { register: 'person', id: fromLaptop.id })).values.name).toBe('先于审阅登记');
  });

  it("refuses a relayed segment whose author is not in the review installation's roster, changing nothing", async () => {
    const s = await syncBothWays();
    const review = await s.another({ name: '领导审阅', role: 'review', departments: [] });
    await s.laptop.call('records.put', person('学院录入', 'LAW'));
    await s.importAtOffice(await s.exportLaptop());
    // An installation the office never enrolled; its segment, signed by it, relayed in an office-signed bundle.
    const stranger = await tempApp({ name: '陌生电脑', role: 'department', departments: ['LAW'] });
    await stranger.call('records.put', person('陌生人录入', 'LAW'));
    const dir = tempDir();
    const theirs = join(dir, 'stranger.waiban');
    await exportBundle(stranger.ctx, { out: theirs });
    const forged = await relaying(s.office, await s.exportOffice('review'), theirs, dir);
    const before = tableContents(review);
    const err = (await s.importFromOffice(review, forged).catch((e: unknown) => e)) as AppError;
    expect(err).toBeInstanceOf(AppError);
    expect(err.localized.en).toBe(`The segment author ${stranger.ctx.self.id} is not in the roster held here: an unknown signer.`);
    expect(tableContents(review)).toEqual(before);
  });

  it('leaves a review installation whose handlers refuse every write, in zh and en', async () => {
    const s = await syncBothWays();
    const p = await s.office.call('records.put', person('法学院老师', 'LAW'));
    const gone = await s.office.call('records.put', person('已删除的人', 'LAW'));
    await s.office.call('records.delete', { register: 'person', id: gone.id });
    const review = await s.another({ name: '领导审阅', role: 'review', departments: [] });
    await s.importFromOffice(review, await s.exportOffice('review'));
    // A record first seen already deleted is there as a tombstone, so the review copy shows it under "deleted".
    expect((await review.call('records.get', { register: 'person', id: gone.id })).meta.deleted).toBe(true);
    const before = tableContents(review);
    const attempts: [Parameters<typeof review.fail>[0], unknown][] = [
      ['records.put', { register: 'person', values: { name: '新人', category: 'teacher', department: 'LAW' } }],
      ['records.put', { register: 'person', id: p.id, values: { name: '改名' } }],
      ['records.delete', { register: 'person', id: p.id }],
      ['records.restore', { register: 'person', id: gone.id }],
      ['records.put', { register: 'partner', values: partnerValues() }],
      ['conflicts.resolve', { register: 'person', id: p.id, pick: 'x' }],
      ['sync.export', { to: 'office', target: review.saveTo(join(tempDir(), 'x.waiban')) }],
    ];
    for (const [channel, input] of attempts) {
      const err = await review.fail(channel, input);
      expect(err.code, `${channel}`).toBe(channel === 'sync.export' ? 'FORBIDDEN' : 'READ_ONLY');
      expect(err.localized.zh).toMatch(/只读审阅安装/);
      expect(err.localized.en).toMatch(/read-only review installation/);
    }
    expect(tableContents(review)).toEqual(before);
  });
});

describe('documents in office bundles', () => {
  it('arrive with the records that name them; a preview stores none', async () => {
    const s = await syncBothWays();
    const document = Buffer.from('%PDF-1.4 法学院合作协议签署版');
    const ref = await attach(s.office, 'mou.pdf', document);
    const partner = await s.office.call('records.put', { register: 'partner', values: partnerValues() });
    await s.office.call('records.put', {
      register: 'agreement',
      values: { title: '法学院合作协议', partner: partner.id, department: 'LAW', document: ref },
    });
    const file = await s.exportOffice('department:LAW');
    await s.importFromOffice(s.laptop, file, { preview: true });
    const out = join(tempDir(), 'mou.pdf');
    expect((await s.laptop.fail('files.get', { sha256: ref.sha256, target: s.laptop.saveTo(out) })).code).toBe('NOT_FOUND');
    await s.importFromOffice(s.laptop, file);
    await s.laptop.call('files.get', { sha256: ref.sha256, target: s.laptop.saveTo(out) });
    expect(readFileSync(out).equals(document)).toBe(true);
  });
});
