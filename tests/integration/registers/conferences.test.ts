import { describe, expect, it } from 'vitest';
import type { FieldValue, TableRow } from '../../../src-main/contract';
import { changeCount, completeItems, evidenceFile } from '../../support/delegations';
import { conferenceValues, put } from '../../support/exchange';
import { tempApp, type TestApp } from '../../support/tempApp';

/** Expects `values` refused as a new conference with these issue messages, nothing written. */
async function refused(app: TestApp, values: Record<string, FieldValue>) {
  const before = changeCount(app);
  const err = await app.fail('records.put', { register: 'conference', values });
  expect(err.code).toBe('VALIDATION');
  expect(changeCount(app)).toBe(before);
  return err.issues!.map((i) => [i.field, i.message.zh, i.message.en]);
}

const move = (app: TestApp, id: string, head: string, values: Record<string, FieldValue>) =>
  app.dispatch('records.put', { register: 'conference', id, baseHead: head, values });

describe('bad conference input is refused with the reason', () => {
  it('refuses a title with no Chinese in it', async () => {
    const app = await tempApp();
    expect(await refused(app, conferenceValues({ title: 'International Symposium on Decent Work' }))).toEqual([
      ['title', '会议须有中文名称', 'A conference needs a Chinese title'],
    ]);
  });

  it('refuses an end date before the start date', async () => {
    const app = await tempApp();
    expect(await refused(app, conferenceValues({ startDate: '2026-10-17', endDate: '2026-10-16' }))).toEqual([
      ['endDate', '结束日期不能早于开始日期', 'The end date cannot be before the start date'],
    ]);
  });

  it('refuses fewer participants from abroad than countries abroad', async () => {
    const app = await tempApp();
    expect(await refused(app, conferenceValues({ participantsTotal: 120, participantsForeign: 4, countryCount: 6 }))).toEqual([
      ['countryCount', '6 个境外国家和地区，境外参会人数却只有 4 人', '6 countries abroad, but only 4 participants from abroad'],
    ]);
  });

  it('refuses more participants from abroad than participants', async () => {
    const app = await tempApp();
    expect(await refused(app, conferenceValues({ participantsTotal: 30, participantsForeign: 45, countryCount: 5 }))).toEqual([
      ['participantsForeign', '境外参会人数不能多于参会总人数', 'Participants from abroad cannot outnumber all participants'],
    ]);
  });

  it("refuses funding from another department's allocation", async () => {
    const app = await tempApp();
    const fund = await put(app, 'fund', { name: '2026年外事常规经费', fiscalYear: 2026, kind: 'routine', total: 50_000_000 });
    const allocation = await put(app, 'allocation', {
      title: '2026年外事常规经费—法学院',
      fund: fund.id,
      department: 'LAW',
      amount: 10_000_000,
    });
    expect(await refused(app, conferenceValues({ allocation: allocation.id }))).toEqual([
      [
        'allocation',
        '“2026年外事常规经费—法学院”分配给法学院，不能列支劳动关系与人力资源学院的会议',
        '"2026年外事常规经费—法学院" belongs to Law School; it cannot pay for a conference of School of Labor Relations and Human Resources',
      ],
    ]);
  });
});

describe('a conference from application to summary', () => {
  it('takes the conference checklist and is not approved until the approval is on file', async () => {
    const app = await tempApp();
    const planned = await put(app, 'conference', conferenceValues());
    const items = planned.values.checklist as TableRow[];
    expect(items.map((i) => i.key)).toEqual(['approval', 'titleCheck', 'summary']);
    const applied = await app.call('records.put', {
      register: 'conference',
      id: planned.id,
      baseHead: planned.meta.head,
      values: { status: 'applied' },
    });
    const blocked = await move(app, applied.id, applied.meta.head, { status: 'approved' });
    expect(!blocked.ok && blocked.error.message.zh).toBe(
      '有 1 处需要修改：审查清单未完成，不能进入“已获批”：办会申请获批（未完成）、会议名称规范（中文名称，无“峰会”“高峰论坛”等）（未完成）',
    );
    const done = completeItems(items, ['approved'], await evidenceFile(app, '办会批复.pdf'));
    const approved = await app.call('records.put', {
      register: 'conference',
      id: applied.id,
      baseHead: applied.meta.head,
      values: { status: 'approved', checklist: done },
    });
    expect(approved.values.status).toBe('approved');
  });

  it('asks for the attendance once held and for the summary once closed', async () => {
    const app = await tempApp();
    const items = (await put(app, 'conference', conferenceValues())).values.checklist as TableRow[];
    const evidence = await evidenceFile(app);
    // Written as the office would have it on record by now: approved, checklist done up to approval.
    const approved = await put(app, 'conference', conferenceValues({ checklist: completeItems(items, ['approved'], evidence) }));
    let head = approved.meta.head;
    for (const status of ['applied', 'approved'])
      head = (await app.call('records.put', { register: 'conference', id: approved.id, baseHead: head, values: { status } })).meta.head;
    const held = await move(app, approved.id, head, { status: 'held' });
    expect(!held.ok && held.error.issues!.map((i) => i.field)).toEqual(['participantsTotal', 'participantsForeign', 'countryCount']);
    const figures = { status: 'held', participantsTotal: 160, participantsForeign: 38, countryCount: 12 };
    head = (await app.call('records.put', { register: 'conference', id: approved.id, baseHead: head, values: figures })).meta.head;
    const closing = completeItems(items, ['approved', 'closed'], evidence);
    const unsummarised = await move(app, approved.id, head, { status: 'closed', checklist: closing });
    expect(!unsummarised.ok && unsummarised.error.issues!.map((i) => i.field)).toEqual(['summary', 'summaryDate']);
    const closed = await app.call('records.put', {
      register: 'conference',
      id: approved.id,
      baseHead: head,
      values: { status: 'closed', checklist: closing, summary: '会议围绕体面劳动……', summaryDate: '2026-12-01' },
    });
    expect(closed.values.status).toBe('closed');
  });

  it('can always be cancelled, whatever the checklist says', async () => {
    const app = await tempApp();
    const planned = await put(app, 'conference', conferenceValues());
    const applied = await app.call('records.put', {
      register: 'conference',
      id: planned.id,
      baseHead: planned.meta.head,
      values: { status: 'applied' },
    });
    const cancelled = await app.call('records.put', {
      register: 'conference',
      id: applied.id,
      baseHead: applied.meta.head,
      values: { status: 'cancelled' },
    });
    expect(cancelled.values.status).toBe('cancelled');
  });
});
