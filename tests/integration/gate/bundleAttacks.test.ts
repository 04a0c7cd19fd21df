import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError, type FieldValue, type TableRow } from '../../../src-main/contract';
import { blankValues } from '../../../src-main/services/demo/agreements';
import { storedFilePath } from '../../../src-main/services/files';
import { revoke } from '../../../src-main/services/trust/enrol';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { resigningSegment, withExtraEntries } from '../../support/bundles';
import { csvBytes } from '../../support/xlsxWrite';
import { approvableOutbound, completeItems, evidenceFile, moveTrip } from '../../support/delegations';
import { forgeChange } from '../../support/forge';
import { syncBothWays, type SyncBothWays } from '../../support/syncOffice';
import { tableContents } from '../../support/syncPair';
import { attach, partnerValues, tempDir } from '../../support/tempApp';

/**
 * Issue 18, tried as an attacker holding an enrolled laptop's key: each change below is written past the laptop's
 * own gate (forgeChange), signed with its key when exported, and offered to the office. Every one is refused,
 * naming the change, and the office's database is exactly as it was.
 */

const partner = (over: Record<string, FieldValue> = {}) => ({ ...blankValues('partner'), ...partnerValues(over) });

async function refusedAtOffice(s: SyncBothWays, file: string): Promise<AppError> {
  const before = tableContents(s.office);
  const err = await s.importAtOffice(file).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe('BAD_BUNDLE');
  expect(tableContents(s.office)).toEqual(before);
  return err as AppError;
}

/** An ECM partner the office keeps, sent to the Law School laptop as every partner is. */
async function ecmPartnerOnLaptop(s: SyncBothWays): Promise<{ id: string; head: string }> {
  const p = await s.office.call('records.put', {
    register: 'partner',
    values: partnerValues({ nameZh: '经管学院的伙伴', department: 'ECM' }),
  });
  await s.importFromOffice(s.laptop, await s.exportOffice('department:LAW'));
  const held = await s.laptop.call('records.get', { register: 'partner', id: p.id });
  return { id: p.id, head: held.meta.head };
}

describe('a department bundle, tried by the holder of the laptop key', () => {
  it("refuses a change whose department is not its record's, or names a department that does not exist", async () => {
    const s = await syncBothWays();
    forgeChange(s.laptop, 'partner', '01a30000-0000-7000-8000-000000000001', 'put', partner({ department: 'ECM' }), 'LAW');
    const err = await refusedAtOffice(s, await s.exportLaptop());
    expect(err.localized.zh).toContain('变更标明属于 LAW，记录本身却属于 ECM');
    expect(err.localized.en).toContain('says it belongs to LAW, but the record belongs to ECM');
    expect(err.localized.zh).toContain('法学院联络员');

    const t = await syncBothWays();
    forgeChange(t.laptop, 'partner', '01a30000-0000-7000-8000-000000000002', 'put', partner({ department: 'NOPE' }), 'NOPE');
    const unknown = await refusedAtOffice(t, await t.exportLaptop());
    expect(unknown.localized.zh).toContain('负责部门：“NOPE”不是可选值');
  });

  it("refuses an overwrite or a deletion of another department's record by a change that names none of its versions", async () => {
    const s = await syncBothWays();
    const ecm = await ecmPartnerOnLaptop(s);
    forgeChange(s.laptop, 'partner', ecm.id, 'put', partner({ nameZh: '被改写的伙伴', department: 'ECM' }), 'ECM');
    const overwrite = await refusedAtOffice(s, await s.exportLaptop());
    expect(overwrite.localized.zh).toContain('不能修改属于 ECM 的记录');

    const t = await syncBothWays();
    const other = await ecmPartnerOnLaptop(t);
    forgeChange(t.laptop, 'partner', other.id, 'delete', null, 'ECM');
    const deletion = await refusedAtOffice(t, await t.exportLaptop());
    expect(deletion.localized.zh).toContain('删除没有指明所删除的版本');
    expect(deletion.localized.en).toContain('The deletion names no version it deletes');
    expect((await t.office.call('records.get', { register: 'partner', id: other.id })).meta.deleted).toBe(false);
  });

  it("refuses a taking-over without parents even when the image names the laptop's own department", async () => {
    const s = await syncBothWays();
    const ecm = await ecmPartnerOnLaptop(s);
    forgeChange(s.laptop, 'partner', ecm.id, 'put', partner({ nameZh: '抢来的伙伴', department: 'LAW' }), 'LAW');
    const err = await refusedAtOffice(s, await s.exportLaptop());
    expect(err.localized.zh).toContain('ECM');
  });

  it('refuses images the register does not allow: an approval and its office-only field from a laptop, impossible values, the wrong type', async () => {
    const s = await syncBothWays();
    forgeChange(
      s.laptop,
      'delegation',
      '01a30000-0000-7000-8000-000000000010',
      'put',
      {
        ...blankValues('delegation'),
        title: '已批准的空团组',
        department: 'LAW',
        status: 'approved',
        justification: '无',
        justificationApproved: true,
      },
      'LAW',
    );
    const empty = await refusedAtOffice(s, await s.exportLaptop());
    expect(empty.localized.zh).toContain('申报前须填写团组成员');

    const r = await syncBothWays();
    const evidence = await evidenceFile(r.laptop);
    let trip = await approvableOutbound(r.laptop, 'LAW');
    for (const [status, stages] of [
      ['submitted', ['submitted']],
      ['publicNotice', []],
    ] as const) {
      trip = await moveTrip(r.laptop, trip, status, {
        checklist: completeItems(trip.values.checklist as TableRow[], [...stages, 'approved'], evidence),
      });
    }
    forgeChange(
      r.laptop,
      'delegation',
      trip.id,
      'put',
      { ...trip.values, status: 'approved', justification: '无', justificationApproved: true },
      'LAW',
      [trip.meta.head],
    );
    const approved = await refusedAtOffice(r, await r.exportLaptop());
    expect(approved.localized.zh).toContain('只有外事办能把记录改为“已批准”');
    expect(approved.localized.en).toContain('Only the office moves a record to "Approved"');

    const t = await syncBothWays();
    forgeChange(
      t.laptop,
      'agreement',
      '01a30000-0000-7000-8000-000000000011',
      'put',
      {
        ...blankValues('agreement'),
        title: null,
        partner: null,
        status: 'bogus',
        type: 'nonsense',
        signedDate: '2026-02-31',
        department: 'LAW',
      },
      'LAW',
    );
    const garbage = await refusedAtOffice(t, await t.exportLaptop());
    expect(garbage.localized.zh).toContain('“bogus”不是可选值');
    expect(garbage.localized.en).toContain('"bogus" is not one of the options');

    const u = await syncBothWays();
    const p = await u.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW', city: '伦敦城' }) });
    const file = await u.exportLaptop();
    const path = `segments/${u.laptop.ctx.self.id}/1.jsonl`;
    const wrongTypeFile = await resigningSegment(
      u.laptop,
      file,
      path,
      (content) => content.replace('"city":"伦敦城"', '"city":{"nested":true}'),
      tempDir(),
    );
    const wrongType = await refusedAtOffice(u, wrongTypeFile);
    expect(wrongType.localized.zh).toContain('城市：应为文本');
    expect(wrongType.localized.zh).toContain(p.id);
    expect(wrongType.localized.en).not.toContain('SQLite');
  });

  it('refuses derived fields that were not computed from the record', async () => {
    const s = await syncBothWays();
    const person = await s.laptop.call('records.put', {
      register: 'person',
      values: { name: '王法学', category: 'teacher', department: 'LAW' },
    });
    const trip = await s.laptop.call('records.put', {
      register: 'delegation',
      values: {
        title: '赴英交流',
        department: 'LAW',
        members: [{ person: person.id, role: 'leader' }],
        departDate: '2026-05-01',
        returnDate: '2026-05-13',
      },
    });
    forgeChange(s.laptop, 'delegation', trip.id, 'put', { ...trip.values, days: 3 }, 'LAW', [trip.meta.head]);
    const err = await refusedAtOffice(s, await s.exportLaptop());
    expect(err.localized.zh).toContain('应由其他字段计算得出');
  });

  it('refuses one id in two registers, from a bundle as from the command line and a spreadsheet', async () => {
    const s = await syncBothWays();
    const ecm = await ecmPartnerOnLaptop(s);
    forgeChange(
      s.laptop,
      'agreement',
      ecm.id,
      'put',
      { ...blankValues('agreement'), title: '冒名协议', partner: ecm.id, department: 'LAW' },
      'LAW',
    );
    const err = await refusedAtOffice(s, await s.exportLaptop());
    expect(err.localized.zh).toContain(`编号 ${ecm.id} 已是“合作院校”中的记录`);
    expect(err.localized.en).toContain(`The id ${ecm.id} already belongs to a record of Partners`);

    const put = await s.office.fail('records.put', { register: 'agreement', id: ecm.id, values: { title: '冒名协议', partner: ecm.id } });
    expect(put.localized.zh).toContain('已是“合作院校”中的记录');
    const sheet = csvBytes([
      ['记录编号', '协议名称', '合作院校（编号）'],
      [ecm.id, '冒名协议', ecm.id],
    ]);
    const report = await importRegister(s.office.ctx, s.office.writer, { register: 'agreement', bytes: sheet, dryRun: false });
    expect(report.created).toBe(0);
    expect(report.rowsRefused).toEqual([
      expect.objectContaining({ row: 2, reason: expect.objectContaining({ zh: expect.stringContaining('已是“合作院校”中的记录') }) }),
    ]);
    expect(await s.office.call('records.list', { register: 'agreement' })).toMatchObject({ total: 0 });
  });

  it('refuses a new segment signed with a revoked key under a number already used, and still takes the one held', async () => {
    const s = await syncBothWays();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '吊销前的伙伴', department: 'LAW' }) });
    const good = await s.exportLaptop();
    await s.importAtOffice(good);
    revoke(s.office.ctx, s.laptop.ctx.self.id);
    // The key's holder starts its numbering again and signs other changes under segment 1.
    s.laptop.ctx.sqlite.exec('DELETE FROM "bundleSegment"; DELETE FROM "bundleAck"; DELETE FROM "bundleExport"');
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ nameZh: '吊销后偷加的伙伴', department: 'LAW' }) });
    const forged = await s.exportLaptop();
    const err = await refusedAtOffice(s, forged);
    expect(err.localized.zh).toContain('密钥已被吊销');
    expect(err.localized.en).toContain('has been revoked');
    expect(await s.importAtOffice(good)).toMatchObject({ newChanges: 0 });
  });

  it('refuses documents no change names, storing none of them', async () => {
    const s = await syncBothWays();
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const planted = randomBytes(64 * 1024);
    const sha = createHash('sha256').update(planted).digest('hex');
    const file = await withExtraEntries(s.laptop, await s.exportLaptop(), [{ path: `files/${sha}`, bytes: planted }], tempDir());
    const err = await refusedAtOffice(s, file);
    expect(err.localized.zh).toContain(`files/${sha} 没有任何变更引用`);
    expect(err.localized.en).toContain('is named by none of its changes');
    expect(existsSync(storedFilePath(s.office.ctx.dataDir, sha))).toBe(false);
  });

  it('leaves no document behind when a bundle that carries one is refused for another change', async () => {
    const s = await syncBothWays();
    const doc = await attach(s.laptop, 'mou.pdf', '%PDF-1.4 法学院协议');
    await s.laptop.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW', nameZh: '有文件的伙伴' }) });
    const p = await s.laptop.call('records.list', { register: 'partner', search: '有文件的伙伴' });
    await s.laptop.call('records.put', {
      register: 'agreement',
      values: { title: '框架协议', partner: p.rows[0]!.id, department: 'LAW', document: doc },
    });
    forgeChange(s.laptop, 'partner', '01a30000-0000-7000-8000-000000000020', 'put', partner({ department: 'ECM' }), 'LAW');
    await refusedAtOffice(s, await s.exportLaptop());
    expect(existsSync(storedFilePath(s.office.ctx.dataDir, doc.sha256))).toBe(false);
  });
});
