import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Destination } from '../../../src-main/contract';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { protectKey, unlockKey } from '../../../src-main/services/keyProtection';
import { enrol } from '../../../src-main/services/trust/enrol';
import { heldRoster } from '../../../src-main/services/trust/roster';
import { writeJoinRequest } from '../../../src-main/services/trust/joinRequest';
import { backupOf, reopenedAt, restoreInto } from '../../support/backups';
import { enrolAtOffice } from '../../support/enrolment';
import { partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

const passphrase = 'office key passphrase';
let n = 0;

async function send(from: TestApp, to: Destination, at: TestApp) {
  const file = join(tempDir(), `${++n}.waiban`);
  await exportBundle(from.ctx, { out: file, to });
  return importBundle(at.ctx, file, { confirmOffice: { yes: true } });
}

const changeIds = (app: TestApp) => new Set(app.ctx.sqlite.prepare('SELECT "id" FROM "changeLog"').pluck().all() as string[]);

const partners = (app: TestApp, department?: string) =>
  (
    app.ctx.sqlite
      .prepare(
        `SELECT "nameZh", "city" FROM "partner" WHERE "deleted" = 0 ${department ? `AND "department" = '${department}'` : ''} ORDER BY "nameZh"`,
      )
      .all() as { nameZh: string; city: string }[]
  ).map((p) => `${p.nameZh} ${p.city}`);

describe('the office restored after its disk failed', () => {
  it("gets back the laptops' later changes and its own from their next bundles, keeps its roster going, and loses nothing", async () => {
    const office = await tempApp();
    const law = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const ecm = await tempApp({ name: '经管学院联络员', role: 'department', departments: ['ECM'] });
    const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    for (const app of [law, ecm, review]) await enrolAtOffice(office, app);
    protectKey(office.ctx, passphrase);

    await law.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '法甲', city: '伦敦', department: 'LAW' }) });
    await send(law, 'office', office);
    const shared = await office.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '办甲', city: '东京', department: 'FAO' }),
    });
    await send(office, 'department:LAW', law);
    const backup = await backupOf(office);
    expect(backup.withKey).toBe(true);

    // After the last automatic backup: the office edits, relays, enrols a second Law School laptop; the laptops go on.
    await office.call('records.put', { register: 'partner', id: shared.id, values: { city: '大阪' } });
    await office.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '办乙', city: '首尔', department: 'FAO' }) });
    await law.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '法乙', city: '巴黎', department: 'LAW' }) });
    await send(law, 'office', office);
    await ecm.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '经甲', city: '柏林', department: 'ECM' }) });
    await send(ecm, 'office', office);
    await send(office, 'department:LAW', law);
    await send(office, 'department:ECM', ecm);
    await send(office, 'review', review);
    const law2 = await tempApp({ name: '法学院第二台', role: 'department', departments: ['LAW'] });
    await enrolAtOffice(office, law2);
    await law2.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '法丙', city: '罗马', department: 'LAW' }) });
    await send(law2, 'office', office);
    const lostRosterVersion = heldRoster(office.ctx)!.roster.version;
    // Written after the last bundles went out: nothing else holds it.
    await office.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '办丙', city: '悉尼', department: 'FAO' }) });
    const heldAnywhere = new Set([...[law, ecm, review, law2].flatMap((app) => [...changeIds(app)])]);

    // The disk fails; the last backup is restored on a new workstation.
    const now = office.ctx.clock.now() + 3600_000;
    const dataDir = join(tempDir(), 'new-office');
    const restored = await restoreInto(dataDir, backup.path, now);
    expect(restored.keyRestored).toBe(true);
    const again = await reopenedAt(dataDir, now);
    unlockKey(again.ctx, passphrase);

    // Its first bundles carry the roster signed again above anything its lost copy signed: the laptops accept them.
    const toLaw = await send(again, 'department:LAW', law);
    expect(toLaw.rosterVersion).toBeGreaterThan(lostRosterVersion);
    await send(again, 'department:ECM', ecm);
    // The laptops' next bundles bring their own later changes, and the office's that only they still hold.
    await send(law, 'office', again);
    await send(ecm, 'office', again);
    expect(partners(again)).toEqual(expect.arrayContaining(['办乙 首尔', '法乙 巴黎', '经甲 柏林', '法甲 伦敦']));
    expect((await again.call('records.get', { register: 'partner', id: shared.id })).values.city).toBe('大阪');

    // The laptop enrolled after the backup is not in the roster the office got back: once that roster reaches it, it
    // asks to join again.
    await expect(send(law2, 'office', again)).rejects.toThrow(/not in the roster/);
    await send(again, 'department:LAW', law2);
    const request = join(tempDir(), 'join-again.waiban');
    await writeJoinRequest(law2.ctx, request);
    const enrolment = join(tempDir(), 'enrol-again.waiban');
    await enrol(again.ctx, request, { yes: true }, enrolment);
    await importBundle(law2.ctx, enrolment, { confirmOffice: { yes: true } });
    await send(law2, 'office', again);
    expect(partners(again, 'LAW')).toEqual(['法丙 罗马', '法乙 巴黎', '法甲 伦敦']);

    // A round more, every way: everyone agrees, no bundle is refused, nothing held anywhere is missing at the office.
    for (const [dest, app] of [
      ['department:LAW', law],
      ['department:ECM', ecm],
      ['department:LAW', law2],
      ['review', review],
    ] as const)
      await send(again, dest, app);
    for (const app of [law, ecm, law2]) expect((await send(app, 'office', again)).newChanges).toBe(0);
    const atOffice = changeIds(again);
    expect([...heldAnywhere].filter((id) => !atOffice.has(id))).toEqual([]);
    expect(partners(law, 'LAW')).toEqual(partners(again, 'LAW'));
    expect(partners(law2, 'LAW')).toEqual(partners(again, 'LAW'));
    expect(partners(ecm, 'ECM')).toEqual(partners(again, 'ECM'));
    expect(partners(review)).toEqual(partners(again));
    const reviewed = changeIds(review);
    expect([...atOffice].filter((id) => !reviewed.has(id))).toEqual([]);
    // Only what never left the office is gone.
    expect(partners(again)).not.toContain('办丙 悉尼');
    expect(await again.call('conflicts.list', {})).toEqual([]);
  });
});
