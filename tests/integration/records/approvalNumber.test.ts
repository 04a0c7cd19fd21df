import { describe, expect, it } from 'vitest';
import type { RecordDto, TableRow } from '../../../src-main/contract';
import { approvableOutbound, completeItems, evidenceFile, moveTrip } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';

/** The approvable trip taken through submission and notice, its approval checklist items done. */
async function onNotice(app: TestApp): Promise<RecordDto> {
  const evidence = await evidenceFile(app);
  let d = await approvableOutbound(app);
  for (const [status, stages] of [
    ['submitted', ['submitted']],
    ['publicNotice', ['approved']],
  ] as const) {
    d = await moveTrip(app, d, status, { checklist: completeItems(d.values.checklist as TableRow[], [...stages], evidence) });
  }
  return d;
}

describe('an approval asks for its number wherever it is made', () => {
  it('refuses a move to 已批准 without 批件号 from the records channel the command line uses, and writes nothing', async () => {
    const app = await tempApp();
    const d = await onNotice(app);
    const refused = await app.fail('records.put', {
      register: 'delegation',
      id: d.id,
      baseHead: d.meta.head,
      values: { status: 'approved', approvalNumber: null },
    });
    expect(refused.code).toBe('VALIDATION');
    expect(refused.localized.zh).toContain('批件号：改为“已批准”时必填');
    expect((await app.call('records.get', { register: 'delegation', id: d.id })).values.status).toBe('publicNotice');
  });

  it('approves with the number, and later edits of the approved trip do not ask again', async () => {
    const app = await tempApp();
    const d = await onNotice(app);
    const approved = await moveTrip(app, d, 'approved', { approvalNumber: '外审〔2026〕20号' });
    expect(approved.values).toMatchObject({ status: 'approved', approvalNumber: '外审〔2026〕20号' });
    const noted = await app.call('records.put', {
      register: 'delegation',
      id: d.id,
      baseHead: approved.meta.head,
      values: { notes: '行程已确认' },
    });
    expect(noted.values.notes).toBe('行程已确认');
  });
});
