import { describe, expect, it } from 'vitest';
import type { FieldValue, TableRow } from '../../../src-main/contract';
import { completeItems, evidenceFile, receiveRecord } from '../../support/delegations';
import { addForeignExpert, addStudent, expertValues, put } from '../../support/exchange';
import { tempApp, type TestApp } from '../../support/tempApp';

const permits = {
  workPermitNumber: 'WP110000202600123',
  workPermitExpiry: '2027-08-31',
  residencePermitNumber: 'RP2026FLT0042',
  residencePermitExpiry: '2027-02-10',
};

/** Saves `values` over the hire's current version. */
async function edit(app: TestApp, id: string, values: Record<string, FieldValue>) {
  const current = await app.call('records.get', { register: 'expert', id });
  return app.call('records.put', { register: 'expert', id, baseHead: current.meta.head, values });
}

describe('foreign experts', () => {
  it('refuses someone the people register does not list as a foreign expert', async () => {
    const app = await tempApp();
    const student = await addStudent(app);
    const err = await app.fail('records.put', { register: 'expert', values: expertValues(student) });
    expect(err.issues).toEqual([
      {
        field: 'person',
        message: { zh: '“王晓雨”在人员库中是学生，这里须选择外籍专家', en: '"王晓雨" is listed as student; choose a foreign expert' },
      },
    ]);
  });

  it('refuses a contract that ends before it starts', async () => {
    const app = await tempApp();
    const err = await app.fail('records.put', {
      register: 'expert',
      values: expertValues(await addForeignExpert(app), { contractFrom: '2027-07-15', contractTo: '2026-09-01' }),
    });
    expect(err.issues).toEqual([
      { field: 'contractTo', message: { zh: '合同结束日期不能早于开始日期', en: 'The contract cannot end before it starts' } },
    ]);
  });

  it('takes the hire checklist, enters China only with the work permit and takes up the post only with both permits', async () => {
    const app = await tempApp();
    const hire = await put(app, 'expert', expertValues(await addForeignExpert(app)));
    const items = hire.values.checklist as TableRow[];
    expect(items.map((i) => [i.key, i.requiredBefore])).toEqual([
      ['degree', 'approved'],
      ['noCriminalRecord', 'approved'],
      ['workPermit', 'arrived'],
      ['residencePermit', 'inPost'],
    ]);
    const evidence = await evidenceFile(app);
    const approved = await edit(app, hire.id, { status: 'approved', checklist: completeItems(items, ['approved'], evidence) });
    const early = await app.fail('records.put', {
      register: 'expert',
      id: hire.id,
      baseHead: approved.meta.head,
      values: { status: 'arrived', entryDate: '2026-08-25' },
    });
    expect(early.localized.zh).toContain('外国人工作许可（未完成）');
    const noEntry = await app.fail('records.put', {
      register: 'expert',
      id: hire.id,
      baseHead: approved.meta.head,
      values: { status: 'arrived', checklist: completeItems(items, ['approved', 'arrived'], evidence) },
    });
    expect(noEntry.issues).toEqual([
      { field: 'entryDate', message: { zh: '入境后须填写入境日期', en: 'Enter the date the expert entered China' } },
    ]);
    const arrived = await edit(app, hire.id, {
      status: 'arrived',
      entryDate: '2026-08-25',
      checklist: completeItems(items, ['approved', 'arrived'], evidence),
    });
    const noPermits = await app.fail('records.put', {
      register: 'expert',
      id: hire.id,
      baseHead: arrived.meta.head,
      values: { status: 'inPost', checklist: completeItems(items, ['approved', 'arrived', 'inPost'], evidence) },
    });
    expect(noPermits.issues!.map((i) => i.field)).toEqual([
      'workPermitNumber',
      'workPermitExpiry',
      'residencePermitNumber',
      'residencePermitExpiry',
    ]);
    const inPost = await edit(app, hire.id, {
      status: 'inPost',
      ...permits,
      checklist: completeItems(items, ['approved', 'arrived', 'inPost'], evidence),
    });
    expect(inPost.values.status).toBe('inPost');
  });

  it('expires with the permit that lapses first, and only while the expert is in China', async () => {
    const app = await tempApp();
    const person = await addForeignExpert(app);
    const applying = await put(app, 'expert', expertValues(person, permits));
    expect(applying.values.permitExpiry).toBe('2027-02-10');
    expect(applying.expiry).toBeUndefined();
    // In post, as a bundle from the office brings it: the residence permit is due in 75 days.
    const inPost = receiveRecord(app, 'expert', {
      ...expertValues(person, permits),
      status: 'inPost',
      entryDate: '2026-08-25',
      permitExpiry: '2027-02-10',
    });
    expect((await app.call('records.get', { register: 'expert', id: inPost })).expiry).toEqual({ kind: 'expiresSoon', days: 75 });
    const left = await edit(app, inPost, { status: 'left' });
    expect(left.expiry).toBeUndefined();
  });

  it('masks permit numbers in lists unless revealed', async () => {
    const app = await tempApp();
    const hire = await put(app, 'expert', expertValues(await addForeignExpert(app), permits));
    expect(hire.values.workPermitNumber).toBe('W••••••••••••••23');
    expect((await app.call('records.get', { register: 'expert', id: hire.id, reveal: true })).values.workPermitNumber).toBe(
      permits.workPermitNumber,
    );
  });
});
