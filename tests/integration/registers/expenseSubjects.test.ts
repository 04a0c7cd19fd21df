import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../src-main/contract';
import { conferenceValues, put, trainingValues } from '../../support/exchange';
import { tempApp, type TestApp } from '../../support/tempApp';

async function setUp() {
  const app = await tempApp();
  const fund = await put(app, 'fund', { name: '2026年外事常规经费', fiscalYear: 2026, kind: 'routine', total: 100_000_000 });
  const allocation = await put(app, 'allocation', { title: '劳动关系学院会议经费', fund: fund.id, department: 'LRH', amount: 20_000_000 });
  return { app, allocation: allocation.id };
}

const expense = (allocation: string, over: Record<string, FieldValue>) => ({
  description: '会场租赁',
  allocation,
  department: 'LRH',
  stage: 'planned',
  category: 'other',
  date: '2026-09-20',
  currency: 'CNY',
  amount: 3_000_000,
  ...over,
});

const refusal = async (app: TestApp, values: Record<string, FieldValue>) =>
  (await app.fail('records.put', { register: 'expense', values })).issues!.map((i) => [i.field, i.message.zh]);

describe('expenses for conferences, expert hires and trainings', () => {
  it("charges a conference's costs to it and lists them on the conference", async () => {
    const { app, allocation } = await setUp();
    const conference = await put(app, 'conference', conferenceValues());
    const cost = await put(app, 'expense', expense(allocation, { subjectKind: 'conference', conference: conference.id }));
    expect(cost.refTitles?.conference).toBe('劳动关系与体面劳动国际学术研讨会');
    expect((await app.call('records.list', { register: 'expense', filters: { conference: conference.id } })).rows.map((r) => r.id)).toEqual(
      [cost.id],
    );
  });

  it('needs the subject its kind names, and no other', async () => {
    const { app, allocation } = await setUp();
    const training = await put(app, 'training', trainingValues({ department: 'LRH' }));
    expect(await refusal(app, expense(allocation, { subjectKind: 'conference' }))).toEqual([['conference', '请选择国际会议']]);
    expect(await refusal(app, expense(allocation, { subjectKind: 'expertHire', training: training.id }))).toEqual([
      ['expert', '请选择外籍专家聘请'],
      ['training', '事由不是国际培训时不能关联国际培训'],
    ]);
  });

  it('refuses a cost for a cancelled conference', async () => {
    const { app, allocation } = await setUp();
    const planned = await put(app, 'conference', conferenceValues());
    await app.call('records.put', { register: 'conference', id: planned.id, baseHead: planned.meta.head, values: { status: 'cancelled' } });
    expect(await refusal(app, expense(allocation, { subjectKind: 'conference', conference: planned.id }))).toEqual([
      ['conference', '国际会议“劳动关系与体面劳动国际学术研讨会”已取消，不能列支费用'],
    ]);
  });
});
