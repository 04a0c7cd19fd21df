import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodePublicKey } from '../../../src-main/core/signing/minisignKey';
import { openApp } from '../../../src-main/app/openApp';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../../src-main/services/bundle/importBundle';
import { installationPublicKey } from '../../../src-main/services/signing';
import { enrol } from '../../../src-main/services/trust/enrol';
import { writeJoinRequest } from '../../../src-main/services/trust/joinRequest';
import { heldRoster, officePin } from '../../../src-main/services/trust/roster';
import { entriesOf, zipOf } from '../../support/bundles';
import { enrolAtOffice } from '../../support/enrolment';
import { tableContents } from '../../support/syncPair';
import { closeApp, partnerValues, tempApp, tempDir } from '../../support/tempApp';
import { rejectionOf } from '../../support/refusal';

const law = () => tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });

describe('enrolment rules', () => {
  it('refuses a join request for a department the office does not have, and one asking to be the office', async () => {
    const office = await tempApp();
    const dir = tempDir();
    const unknown = await tempApp({ name: '未知学院', role: 'department', departments: ['NOPE'] });
    await writeJoinRequest(unknown.ctx, join(dir, 'unknown.waiban'));
    const err = await rejectionOf(enrol(office.ctx, join(dir, 'unknown.waiban'), { yes: true }, join(dir, 'out.waiban')));
    expect(err.localized.en).toBe('Department code(s) NOPE are not in the department register; nothing changed.');
    expect(heldRoster(office.ctx)!.roster.version).toBe(1);
    const otherOffice = await tempApp();
    const refused = await rejectionOf(writeJoinRequest(otherOffice.ctx, join(dir, 'office.waiban')));
    expect(refused.localized.en).toContain('The office workstation is the root of trust');
  });

  it('approves a laptop for the departments the office sets instead of those asked: the roster lists them and the laptop writes for them only', async () => {
    const office = await tempApp();
    const laptop = await law();
    const dir = tempDir();
    await writeJoinRequest(laptop.ctx, join(dir, 'join.waiban'));
    const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    await writeJoinRequest(review.ctx, join(dir, 'review.waiban'));
    const forReview = await rejectionOf(enrol(office.ctx, join(dir, 'review.waiban'), { yes: true }, join(dir, 'no.waiban'), ['ECM']));
    expect(forReview.localized.zh).toBe('审阅安装不属于任何部门，未做任何改动。');
    const unknown = await rejectionOf(enrol(office.ctx, join(dir, 'join.waiban'), { yes: true }, join(dir, 'no.waiban'), ['NOPE']));
    expect(unknown.localized.en).toBe('Department code(s) NOPE are not in the department register; nothing changed.');
    expect(heldRoster(office.ctx)!.roster.version).toBe(1);

    const r = await enrol(office.ctx, join(dir, 'join.waiban'), { yes: true }, join(dir, 'enrolment.waiban'), ['ECM']);
    expect(r).toMatchObject({ added: true, departments: ['ECM'], request: { departments: ['LAW'] } });
    expect(heldRoster(office.ctx)!.roster.installations.find((e) => e.id === laptop.ctx.self.id)?.departments).toEqual(['ECM']);
    await importBundle(laptop.ctx, join(dir, 'enrolment.waiban'), { confirmOffice: { yes: true } });
    expect(laptop.ctx.self.departments).toEqual(['ECM']);
    await laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '经管学院新伙伴', department: 'ECM' }) });
    expect(
      (await laptop.fail('records.put', { register: 'partner', values: partnerValues({ nameZh: '法学院新伙伴', department: 'LAW' }) }))
        .code,
    ).toBe('FORBIDDEN');
  });

  it('writes the enrolment bundle again for a laptop already enrolled with the same key, without a new roster version', async () => {
    const office = await tempApp();
    const laptop = await law();
    const { request } = await enrolAtOffice(office, laptop);
    const r = await enrol(office.ctx, request, { yes: true }, join(tempDir(), 'again.waiban'));
    expect(r).toMatchObject({ added: false, rosterVersion: 2 });
  });

  it('refuses to enrol a laptop that already holds records of its own, changing nothing', async () => {
    const office = await tempApp();
    const laptop = await law();
    await laptop.call('records.put', { register: 'partner', values: partnerValues() });
    const dir = tempDir();
    await writeJoinRequest(laptop.ctx, join(dir, 'join.waiban'));
    await enrol(office.ctx, join(dir, 'join.waiban'), { yes: true }, join(dir, 'enrol.waiban'));
    const before = tableContents(laptop);
    const err = await rejectionOf(importBundle(laptop.ctx, join(dir, 'enrol.waiban'), { confirmOffice: { yes: true } }));
    expect(err.localized.en).toMatch(
      /^This installation already holds records of its own \(such as partner [0-9a-f-]{36}\) and cannot be enrolled now/,
    );
    expect(tableContents(laptop)).toEqual(before);
    expect(officePin(laptop.ctx)).toBeUndefined();
  });

  it('refuses an office bundle that names another office key than the one pinned', async () => {
    const office = await tempApp();
    const laptop = await law();
    await enrolAtOffice(office, laptop);
    const impostor = await tempApp();
    const dir = tempDir();
    const file = join(dir, 'office.waiban');
    await exportBundle(office.ctx, { out: file });
    const forged = await zipOf(
      [...(await entriesOf(file)), { path: 'office.pub', bytes: Buffer.from(encodePublicKey(installationPublicKey(impostor.ctx))) }],
      dir,
    );
    const err = await rejectionOf(importBundle(laptop.ctx, forged));
    expect(err.localized.en).toBe('The office key in the bundle differs from the one pinned here; refused.');
  });

  it('refuses any bundle but the enrolment bundle on a laptop not yet enrolled', async () => {
    const office = await tempApp();
    const laptop = await law();
    const file = join(tempDir(), 'office.waiban');
    await exportBundle(office.ctx, { out: file });
    expect((await rejectionOf(importBundle(laptop.ctx, file))).localized.en).toMatch(
      /^This installation is not enrolled yet: import the enrolment bundle/,
    );
  });

  it('keeps trusting, in roster version 1, the installations an office registered by hand before the roster existed', async () => {
    const office = await tempApp();
    const laptop = await law();
    const key = installationPublicKey(laptop.ctx);
    // The database as `installation add` left it: a row for the laptop, no roster, no pin.
    office.ctx.sqlite.prepare('DELETE FROM "roster"').run();
    office.ctx.sqlite.prepare('DELETE FROM "officePin"').run();
    office.ctx.sqlite.prepare('DELETE FROM "installation" WHERE "isSelf" = 0').run();
    office.ctx.sqlite
      .prepare(
        'INSERT INTO "installation" ("id", "name", "role", "departments", "publicKey", "keyId", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        laptop.ctx.self.id,
        '法学院',
        'department',
        '["LAW"]',
        Buffer.from(key.publicKey),
        laptop.ctx.self.keyId,
        '2026-01-01T00:00:00.000Z',
      );
    closeApp(office);
    const reopened = await openApp({ dataDir: office.dataDir });
    try {
      const roster = heldRoster(reopened.ctx)!.roster;
      expect(roster.version).toBe(1);
      expect(roster.installations.map((i) => [i.id, i.role, i.status])).toEqual([
        [reopened.ctx.self.id, 'office', 'active'],
        [laptop.ctx.self.id, 'department', 'active'],
      ]);
      expect(officePin(reopened.ctx)?.id).toBe(reopened.ctx.self.id);
    } finally {
      reopened.close();
    }
  });
});
