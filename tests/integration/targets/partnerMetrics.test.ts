import { describe, expect, it } from 'vitest';
import { tempApp } from '../../support/tempApp';
import { agreement, partner, report, target, yearOf } from '../../support/targets';

describe('T1 active long-term partners', () => {
  it('counts each partner once while an agreement of a qualifying type is in force, by the dates; expired, terminated, draft and "other" do not count', async () => {
    const app = await tempApp();
    const ucl = partner(app, '伦敦大学学院');
    const oxford = partner(app, '牛津大学');
    const kyoto = partner(app, '京都大学');
    const cornell = partner(app, '康奈尔大学');
    const bonn = partner(app, '波恩大学');
    // Two agreements with one partner: still one partner.
    agreement(app, ucl, { signedDate: '2016-03-01', expiryDate: '2021-02-28' });
    agreement(app, ucl, { type: 'studentExchange', signedDate: '2017-05-01', expiryDate: '2022-04-30' });
    // Expired at the end of 2017: counts for 2016 and 2017, not after.
    agreement(app, oxford, { status: 'expired', signedDate: '2015-01-10', expiryDate: '2017-12-31' });
    // Terminated: never counts (no termination date is kept).
    agreement(app, kyoto, { status: 'terminated', signedDate: '2016-01-10', expiryDate: '2025-01-01' });
    // Draft: was never signed.
    agreement(app, cornell, { status: 'draft', signedDate: null });
    // Type "other" is not a qualifying type in the 13th plan's rule.
    agreement(app, bonn, { type: 'other', signedDate: '2016-06-01', expiryDate: '2030-01-01' });
    // Takes effect on 1 January 2019: not in force at the end of 2018.
    agreement(app, bonn, { signedDate: '2018-12-20', effectiveDate: '2019-01-01', expiryDate: '2024-01-01' });

    const t1 = target(await report(app, 2020), 'T1');
    expect(t1.source).toBe('computed');
    expect(t1.metric).toBe('activePartners');
    expect(t1.byYear.map((y) => [y.year, y.actual])).toEqual([
      [2016, 2],
      [2017, 2],
      [2018, 1],
      [2019, 2],
      [2020, 2],
    ]);
    expect(new Set(yearOf(t1, 2017).records!.ids)).toEqual(new Set([ucl, oxford]));
    expect(t1.actual).toBe(2);
    expect(t1.records).toEqual({ register: 'partner', ids: expect.arrayContaining([ucl, bonn]) });
    expect(t1.byDepartment).toEqual({ FAO: 2 });
    expect(t1.status).toBe('behind');
    expect(t1.statusReason.zh).toContain('计入的协议类型');
  });

  it('follows the rule the office edits: "other" agreements count once it is a qualifying type', async () => {
    const app = await tempApp();
    const bonn = partner(app, '波恩大学');
    agreement(app, bonn, { type: 'other', signedDate: '2016-06-01', expiryDate: '2030-01-01' });
    expect(target(await report(app, 2020), 'T1').actual).toBe(0);
    const t1 = app.ctx.sqlite.prepare(`SELECT "id", "head" FROM "planTarget" WHERE "code" = 'T1'`).get() as { id: string; head: string };
    await app.call('records.put', { register: 'planTarget', id: t1.id, baseHead: t1.head, values: { qualifyingTypes: ['other'] } });
    expect(target(await report(app, 2020), 'T1').actual).toBe(1);
  });

  it('the drill-down list of a figure has the figure as its count (records.list ids filter)', async () => {
    const app = await tempApp();
    const ids = ['伦敦大学学院', '牛津大学', '剑桥大学'].map((n) => partner(app, n));
    ids.forEach((id) => agreement(app, id, { signedDate: '2019-01-01', expiryDate: '2024-01-01' }));
    partner(app, '未签协议的大学');
    const t1 = target(await report(app, 2020), 'T1');
    const list = await app.call('records.list', { register: t1.records!.register, ids: t1.records!.ids });
    expect(list.total).toBe(t1.actual);
    expect(new Set(list.rows.map((r) => r.id))).toEqual(new Set(ids));
    expect((await app.call('records.list', { register: 'partner', ids: [] })).total).toBe(0);
  });
});
