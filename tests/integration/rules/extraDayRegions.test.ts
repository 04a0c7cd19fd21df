import { describe, expect, it } from 'vitest';
import type { TableRow } from '../../../src-main/contract';
import { extraDaysByRegion } from '../../../src-main/services/extraDayRegions';
import { storedFindings } from '../../../src-main/services/ruleChecks';
import { addPerson, membersOf } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';

/** A trip to one country from 1 March 2027 for `days` days. */
async function tripTo(app: TestApp, country: string, days: number) {
  const person = await addPerson(app, { passportExpiry: '2035-01-01' });
  const back = `2027-03-${String(days).padStart(2, '0')}`;
  return app.call('records.put', {
    register: 'delegation',
    values: {
      title: `赴${country}访问`,
      direction: 'outbound',
      purpose: 'negotiation',
      departDate: '2027-03-01',
      returnDate: back,
      unplannedReason: '临时邀请',
      legs: [{ country, arrive: '2027-03-01', leave: back, stop: 'visit' }],
      members: membersOf(person),
    },
  });
}

const dayFindings = (app: TestApp, id: string) => storedFindings(app.ctx, 'delegation', id).filter((f) => f.ruleId === 'trip.maxDays');
const dayRule = (app: TestApp) =>
  app.ctx.sqlite.prepare(`SELECT "id", "head", "parameters" FROM "rule" WHERE "ruleId" = 'trip.maxDays' AND "deleted" = 0`).get() as {
    id: string;
    head: string;
    parameters: string;
  };
const paramsOf = (app: TestApp) => Object.fromEntries((JSON.parse(dayRule(app).parameters) as TableRow[]).map((r) => [r.key, r.value]));

/** The rule version as an installation made before regions holds it, and the upgrade not yet run. */
async function beforeRegions(app: TestApp, list: string) {
  const rule = dayRule(app);
  const rows = (JSON.parse(rule.parameters) as TableRow[]).map((r) => (r.key === 'extraRegions' ? { ...r, value: list } : r));
  await app.call('records.put', { register: 'rule', id: rule.id, baseHead: rule.head, values: { parameters: rows } });
  app.ctx.sqlite.prepare(`DELETE FROM "meta" WHERE "key" = 'defaults.extraDayRegions'`).run();
}

describe('the extra day for Latin America and Africa', () => {
  it('is given by region: a trip to Colombia may last 6 days, not 7; one to Uzbekistan 5', async () => {
    const app = await tempApp();
    expect(paramsOf(app).extraRegions).toBe('拉丁美洲和加勒比、非洲');
    expect(dayFindings(app, (await tripTo(app, 'CO', 6)).id)).toEqual([]);
    const seven = dayFindings(app, (await tripTo(app, 'CO', 7)).id);
    expect(seven.map((f) => [f.kind, f.found.zh, f.allowed.zh])).toEqual([
      ['breach', '在外 7 天', '1 个国家不超过 6 天（含出入境当天，含哥伦比亚所在地区加 1 天）'],
    ]);
    expect(dayFindings(app, (await tripTo(app, 'UZ', 6)).id).map((f) => f.found.zh)).toEqual(['在外 6 天']);
  });

  it('takes the office exception: a country taken out of its region gets no extra day, and its trips are checked again when the rule is saved', async () => {
    const app = await tempApp();
    const egypt = await tripTo(app, 'EG', 6);
    expect(dayFindings(app, egypt.id)).toEqual([]);
    const rule = dayRule(app);
    await app.call('records.put', {
      register: 'rule',
      id: rule.id,
      baseHead: rule.head,
      values: {
        parameters: [...(JSON.parse(rule.parameters) as TableRow[]), { key: 'noExtraCountries', value: 'EG' }],
      },
    });
    expect(dayFindings(app, egypt.id).map((f) => f.found.zh)).toEqual(['在外 6 天']);
    const bad = await app.fail('records.put', {
      register: 'rule',
      id: rule.id,
      values: { parameters: [...(JSON.parse(rule.parameters) as TableRow[]), { key: 'extraCountries', value: 'XX' }] },
    });
    expect(bad.issues?.map((i) => i.message.zh)).toEqual(['参数“另可加天数的国家”：未知国家代码 XX']);
  });

  it('replaces, once at the office, the twelve countries shipped before with the regions, and Colombia gets its day', async () => {
    const app = await tempApp();
    await beforeRegions(app, 'MX,BR,AR,CL,PE,CU,EG,ZA,KE,ET,NG,TZ');
    const colombia = await tripTo(app, 'CO', 6);
    expect(dayFindings(app, colombia.id).map((f) => f.found.zh)).toEqual(['在外 6 天']);
    extraDaysByRegion(app.ctx, app.writer);
    expect(paramsOf(app)).toMatchObject({ extraRegions: '拉丁美洲和加勒比、非洲' });
    expect(dayFindings(app, colombia.id)).toEqual([]);
    const head = dayRule(app).head;
    extraDaysByRegion(app.ctx, app.writer);
    expect(dayRule(app).head).toBe(head);
  });

  it('keeps a list the office wrote itself, as its countries', async () => {
    const app = await tempApp();
    await beforeRegions(app, 'MX,MN');
    extraDaysByRegion(app.ctx, app.writer);
    expect(paramsOf(app)).toMatchObject({ extraCountries: 'MX,MN' });
    expect(paramsOf(app).extraRegions).toBeUndefined();
    expect(dayFindings(app, (await tripTo(app, 'MN', 6)).id)).toEqual([]);
    expect(dayFindings(app, (await tripTo(app, 'CO', 6)).id).map((f) => f.found.zh)).toEqual(['在外 6 天']);
  });
});
