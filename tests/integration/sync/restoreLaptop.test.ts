import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Destination } from '../../../src-main/contract';
import { setBackupPassphrase } from '../../../src-main/services/backup/backupKey';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { unlockKey } from '../../../src-main/services/keyProtection';
import { floorFor } from '../../../src-main/db/numberingFloor';
import { backupOf, reopenedAt, restoreInto } from '../../support/backups';
import { enrolAtOffice } from '../../support/enrolment';
import { partnerValues, tempApp, tempDir, type TestApp } from '../../support/tempApp';

const passphrase = 'backup passphrase 1';
let n = 0;

async function send(from: TestApp, to: Destination, at: TestApp) {
  const file = join(tempDir(), `${++n}.waiban`);
  await exportBundle(from.ctx, { out: file, to });
  return importBundle(at.ctx, file, { confirmOffice: { yes: true } });
}

const ids = (app: TestApp, author?: string) =>
  new Set(
    (author
      ? app.ctx.sqlite.prepare('SELECT "id" FROM "changeLog" WHERE "author" = ?').pluck().all(author)
      : app.ctx.sqlite.prepare('SELECT "id" FROM "changeLog"').pluck().all()) as string[],
  );

const partnerCities = (app: TestApp) =>
  (
    app.ctx.sqlite
      .prepare(`SELECT "nameZh", "city" FROM "partner" WHERE "deleted" = 0 AND "department" = 'LAW' ORDER BY "nameZh"`)
      .all() as { nameZh: string; city: string }[]
  ).map((p) => `${p.nameZh} ${p.city}`);

describe("a laptop restored from last week's backup", () => {
  it('exports and is accepted, gets back what it had sent the office, and loses only what never left it', async () => {
    const office = await tempApp();
    const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    for (const app of [laptop, review]) await enrolAtOffice(office, app);
    const law = laptop.ctx.self.id;

    const p1 = await laptop.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '甲大学', city: '伦敦', department: 'LAW' }),
    });
    await send(laptop, 'office', office);
    setBackupPassphrase(laptop.ctx, passphrase);
    const backup = await backupOf(laptop);

    // After the backup: sent to the office (and on to review), then one more change that never leaves the laptop.
    await laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学', city: '巴黎', department: 'LAW' }) });
    await laptop.call('records.put', { register: 'partner', id: p1.id, values: { city: '牛津' } });
    await send(laptop, 'office', office);
    await send(office, 'review', review);
    const neverSent = await laptop.call('records.put', {
      register: 'partner',
      values: partnerValues({ nameZh: '丙大学', city: '柏林', department: 'LAW' }),
    });
    const sentBefore = [...ids(office, law)];

    // The laptop's disk dies; the backup is restored on a new machine a week later.
    const now = laptop.ctx.clock.now() + 7 * 24 * 3600_000;
    const dataDir = join(tempDir(), 'new-laptop');
    const restored = await restoreInto(dataDir, backup.path, now);
    expect(restored).toMatchObject({ keptAs: null, installationChanged: false, keyRestored: true });
    const again = await reopenedAt(dataDir, now);
    expect(again.ctx.self.id).toBe(law);
    expect(floorFor(again.ctx.sqlite, law)).toBe(restored.numberingFloor);
    unlockKey(again.ctx, passphrase);

    // It writes before hearing from the office: under numbers above the floor, none its lost copy used.
    await again.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '丁大学', city: '罗马', department: 'LAW' }) });
    const accepted = await send(again, 'office', office);
    expect(accepted.newChanges).toBe(1);
    expect(accepted.sequence).toBeGreaterThan(restored.numberingFloor);
    expect(accepted.gaps).toEqual([]);

    // The office's next bundle brings back what the lost copy had sent it.
    const back = await send(office, 'department:LAW', again);
    expect(back.newChanges).toBeGreaterThanOrEqual(2);
    expect(partnerCities(again)).toEqual(['丁大学 罗马', '乙大学 巴黎', '甲大学 牛津']);
    // Sealed again in its new chain and sent: nothing new for the office, and no fork alarm.
    expect((await send(again, 'office', office)).newChanges).toBe(0);
    expect(partnerCities(office)).toEqual(partnerCities(again));

    // Nothing the office held is lost, and only the change that never left the laptop is gone.
    const atOffice = ids(office, law);
    expect(sentBefore.filter((id) => !atOffice.has(id))).toEqual([]);
    expect(ids(office).has(neverSent.meta.head)).toBe(false);
    expect(ids(laptop).has(neverSent.meta.head)).toBe(true);
    expect(atOffice.size).toBe(sentBefore.length + 1);

    // Review receives the laptop's old chain and its new one relayed together.
    await send(office, 'review', review);
    expect(partnerCities(review)).toEqual(partnerCities(office));
    const reviewed = ids(review, law);
    expect([...atOffice].filter((id) => !reviewed.has(id))).toEqual([]);
  });

  it('restored over its own data folder (a wrong click), goes on syncing without a fork alarm', async () => {
    const office = await tempApp();
    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    await enrolAtOffice(office, laptop);
    await laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '甲大学', department: 'LAW' }) });
    const backup = await backupOf(laptop);
    const p2 = await laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '乙大学', department: 'LAW' }) });
    await send(laptop, 'office', office);

    const now = laptop.ctx.clock.now() + 60_000;
    const dataDir = laptop.dataDir;
    laptop.close();
    const restored = await restoreInto(dataDir, backup.path, now);
    expect(restored.keptAs).toMatch(/before-restore/);
    const again = await reopenedAt(dataDir, now);
    expect((await again.call('records.list', { register: 'partner', search: '乙大学' })).rows).toEqual([]);
    const p3 = await again.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '戊大学', department: 'LAW' }) });
    expect((await send(again, 'office', office)).newChanges).toBe(1);
    await send(office, 'department:LAW', again);
    expect((await again.call('records.get', { register: 'partner', id: p2.id })).values.nameZh).toBe('乙大学');
    expect((await office.call('records.get', { register: 'partner', id: p3.id })).values.nameZh).toBe('戊大学');
  });
});
