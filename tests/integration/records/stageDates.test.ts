import { describe, expect, it } from 'vitest';
import type { RecordDto, TableRow } from '../../../src-main/contract';
import { approvableOutbound, completeItems, evidenceFile, moveTrip as move } from '../../support/delegations';
import { json, waiban } from '../../support/cli';
import { tempApp, tempDir, type TestApp } from '../../support/tempApp';

const checklistOf = (d: RecordDto) => d.values.checklist as TableRow[];
const tick = (d: RecordDto, key: string, over: TableRow = {}) =>
  checklistOf(d).map((i) => (i.key === key ? { ...i, status: 'done', ...over } : i));

/** The approvable trip submitted, its notice start left for the move or the tick to set. */
async function submittedTrip(app: TestApp): Promise<RecordDto> {
  const d = await approvableOutbound(app);
  const cleared = await app.call('records.put', { register: 'delegation', id: d.id, values: { noticeStart: null } });
  return move(app, cleared, 'submitted', { checklist: completeItems(checklistOf(cleared), ['submitted'], await evidenceFile(app)) });
}

describe('the dates a move or a tick implies', () => {
  it('moving a trip to 公示中 starts its public notice today, and the date stays editable', async () => {
    const app = await tempApp();
    const d = await submittedTrip(app);
    expect(d.values.noticeStart).toBeNull();
    const onNotice = await move(app, d, 'publicNotice');
    expect(onNotice.values.noticeStart).toBe('2026-11-27');
    const corrected = await app.call('records.put', { register: 'delegation', id: d.id, values: { noticeStart: '2026-11-20' } });
    expect(corrected.values.noticeStart).toBe('2026-11-20');
  });

  it('moving to 公示中 keeps a notice start already entered', async () => {
    const app = await tempApp();
    const d = await submittedTrip(app);
    const onNotice = await move(app, d, 'publicNotice', { noticeStart: '2026-11-23' });
    expect(onNotice.values.noticeStart).toBe('2026-11-23');
  });

  it("ticking 出访公示 done sets the notice start to the item's date, or today when it has none", async () => {
    const app = await tempApp();
    const d = await submittedTrip(app);
    const dated = await app.call('records.put', {
      register: 'delegation',
      id: d.id,
      values: { checklist: tick(d, 'publicNotice', { date: '2026-11-18' }) },
    });
    expect(dated.values.noticeStart).toBe('2026-11-18');

    const other = await submittedTrip(app);
    const undated = await app.call('records.put', {
      register: 'delegation',
      id: other.id,
      values: { checklist: tick(other, 'publicNotice', { date: null }) },
    });
    expect(undated.values.noticeStart).toBe('2026-11-27');
  });

  it('does not fill the date again once the clerk has cleared it, nor for other items ticked', async () => {
    const app = await tempApp();
    const d = await submittedTrip(app);
    const ticked = await app.call('records.put', { register: 'delegation', id: d.id, values: { checklist: tick(d, 'publicNotice') } });
    const cleared = await app.call('records.put', { register: 'delegation', id: d.id, values: { noticeStart: null } });
    expect(cleared.values.noticeStart).toBeNull();
    const budget = await app.call('records.put', { register: 'delegation', id: d.id, values: { checklist: tick(ticked, 'budget') } });
    expect(budget.values.noticeStart).toBeNull();
  });

  it('the command line fills it too', () => {
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    const checklist = [
      { key: 'publicNotice', title: '出访公示', titleEn: 'Public notice', requiredBefore: 'approved', status: 'done', date: '2026-03-16' },
    ];
    const put = waiban(dir, ['records', 'put', '--register', 'delegation'], JSON.stringify({ title: '赴英国学术交流', checklist }));
    expect(put.code, put.err).toBe(0);
    expect(json(put.out).values.noticeStart).toBe('2026-03-16');
  });
});
