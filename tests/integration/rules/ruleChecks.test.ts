import { describe, expect, it } from 'vitest';
import type { FieldValue, RecordDto, TableRow } from '../../../src-main/contract';
import type { Finding } from '../../../src-main/core/rules/types';
import { storedFindings } from '../../../src-main/services/ruleChecks';
import { addPerson, approvableOutbound, changeCount, completeItems, evidenceFile } from '../../support/delegations';
import { tempApp, type TestApp } from '../../support/tempApp';
import { rejectionOf } from '../../support/refusal';

const ruleRecord = (app: TestApp, ruleId: string) =>
  app.ctx.sqlite
    .prepare('SELECT "id", "version" FROM "rule" WHERE "ruleId" = ? AND "deleted" = 0 ORDER BY "effectiveFrom"')
    .all(ruleId) as { id: string; version: string }[];

/** A general (administrative) trip in March 2027: 4 countries, 12 days, 7 people, notice posted in November. */
async function bigTrip(app: TestApp, over: Record<string, FieldValue> = {}): Promise<RecordDto> {
  const people: string[] = [];
  for (let i = 0; i < 7; i++)
    people.push(await addPerson(app, { name: `成员${i + 1}`, passportNumber: `E1234567${i}`, passportExpiry: '2033-01-01' }));
  return app.call('records.put', {
    register: 'delegation',
    values: {
      title: '赴欧洲四国考察职业教育',
      direction: 'outbound',
      purpose: 'negotiation',
      departDate: '2027-03-01',
      returnDate: '2027-03-12',
      legs: [
        { country: 'FR', arrive: '2027-03-01', leave: '2027-03-03', stop: 'visit' },
        { country: 'DE', arrive: '2027-03-04', leave: '2027-03-06', stop: 'visit' },
        { country: 'NL', arrive: '2027-03-07', leave: '2027-03-09', stop: 'visit' },
        { country: 'BE', arrive: '2027-03-10', leave: '2027-03-12', stop: 'visit' },
      ],
      members: people.map((person, i) => ({ person, role: i === 0 ? 'leader' : 'member' })),
      noticeStart: '2026-11-16',
      unplannedReason: '合作院校临时邀请',
      ...over,
    },
  });
}

/** A move as the window makes it: an approval carries its number, so only the rules can refuse it. */
const move = (app: TestApp, d: RecordDto, status: string, extra: Record<string, FieldValue> = {}) =>
  app.call('records.put', {
    register: 'delegation',
    id: d.id,
    baseHead: d.meta.head,
    values: { ...(status === 'approved' ? { approvalNumber: '外审〔2026〕30号' } : {}), ...extra, status },
  });

/** Submitted, on public notice, with every checklist item due by approval done: only the rules can stop it. */
async function readyForApproval(app: TestApp, d: RecordDto): Promise<RecordDto> {
  const evidence = await evidenceFile(app);
  d = await move(app, d, 'submitted', {
    checklist: completeItems(d.values.checklist as TableRow[], ['submitted', 'publicNotice', 'approved'], evidence),
  });
  return move(app, d, 'publicNotice');
}

/** The approvable trip submitted and on notice, every item due by approval done. */
async function approvedReadyTrip(app: TestApp): Promise<RecordDto> {
  return readyForApproval(app, await approvableOutbound(app));
}

describe('rule checks on a trip', () => {
  it('a general trip to 4 countries for 12 days with 7 people is blocked with three explained findings citing their sources; marked academic with a recorded task it passes', async () => {
    const app = await tempApp();
    let d = await readyForApproval(app, await bigTrip(app));
    const before = changeCount(app);
    const err = await rejectionOf(move(app, d, 'approved'));
    expect(changeCount(app)).toBe(before);
    expect(err.code).toBe('VALIDATION');
    // One issue per broken rule, each saying what it stops, and the refusal counts as many as it lists.
    expect(err.issues).toHaveLength(3);
    for (const issue of err.issues!) {
      expect(issue.message.zh).toContain('不符合外事规则，不能进入“已批准”');
      expect(issue.message.en).toContain('The rules stop the move to "Approved"');
    }
    expect(err.localized.zh).toMatch(/^有 3 处需要修改：/);
    expect(err.localized.zh.match(/不符合外事规则/g)).toHaveLength(3);
    for (const text of ['4 个国家（地区）', '在外 12 天', '7 人', '中办发〔2013〕13号', '中办发〔2008〕9号'])
      expect(err.localized.zh).toContain(text);
    expect(err.localized.en).toMatch(/^3 field\(s\) need fixing: /);
    expect(err.localized.en).toContain('12 days abroad');

    // The record's page locks the same move, naming the same three rules.
    const approve = (await app.call('records.get', { register: 'delegation', id: d.id })).nextSteps!.find((s) => s.status === 'approved')!;
    expect(approve.ruleBlockers!.map((f) => f.ruleId).sort()).toEqual(['trip.groupSize', 'trip.maxCountries', 'trip.maxDays']);

    const blocking = storedFindings(app.ctx, 'delegation', d.id).filter((f) => f.severity === 'block');
    expect(blocking.map((f) => f.ruleId).sort()).toEqual(['trip.groupSize', 'trip.maxCountries', 'trip.maxDays']);
    const days = blocking.find((f) => f.ruleId === 'trip.maxDays')!;
    expect(days).toMatchObject({ ruleRecord: ruleRecord(app, 'trip.maxDays')[0]!.id, kind: 'breach', found: { zh: '在外 12 天' } });
    expect(days.allowed.zh).toContain('不超过 10 天');
    expect(days.resolution.zh).toContain('教学科研类并填写学术任务');
    expect(days.resolution.zh).toContain('书面说明并经外办批准');

    // Academic without its task is still a general trip; with the task recorded it passes.
    d = await app.call('records.put', { register: 'delegation', id: d.id, values: { academic: true } });
    expect((await rejectionOf(move(app, d, 'approved'))).localized.zh).toContain('在外 12 天');
    d = await app.call('records.put', {
      register: 'delegation',
      id: d.id,
      values: { academicTask: '在四校开展职业教育比较研究的合作调研并作学术报告' },
    });
    expect(d.nextSteps!.find((s) => s.status === 'approved')!.ruleBlockers).toBeUndefined();
    d = await move(app, d, 'approved');
    expect(d.values.status).toBe('approved');
    expect(d.values.approvedDate).toBe('2026-11-27');
    expect(storedFindings(app.ctx, 'delegation', d.id).filter((f) => f.severity === 'block')).toEqual([]);
  });

  it('locks the approval of a trip whose notice started today, naming the notice rule, and lets an approvable trip through', async () => {
    const app = await tempApp();
    const ready = await approvedReadyTrip(app);
    const approve = (d: RecordDto) => d.nextSteps!.find((s) => s.status === 'approved')!;
    expect(approve(ready).ruleBlockers).toBeUndefined();
    const fresh = await app.call('records.put', {
      register: 'delegation',
      id: ready.id,
      values: { status: 'submitted', noticeStart: null, approvedDate: null },
    });
    const onNotice = await move(app, fresh, 'publicNotice');
    expect(onNotice.values.noticeStart).toBe('2026-11-27');
    expect(approve(onNotice).ruleBlockers!.map((f) => f.ruleId)).toEqual(['trip.publicNotice']);
    const err = await rejectionOf(move(app, onNotice, 'approved'));
    expect(err.localized.zh).toMatch(/^有 1 处需要修改：不符合外事规则，不能进入“已批准”：.*仅 0 个工作日/);
  });

  it('passes with a written justification once the office approves it, and not before', async () => {
    const app = await tempApp();
    let d = await readyForApproval(app, await bigTrip(app, { justification: '应欧盟职业教育项目要求，须四国连续考察' }));
    await rejectionOf(move(app, d, 'approved'));
    d = await move(app, d, 'approved', { justificationApproved: true });
    const justified = storedFindings(app.ctx, 'delegation', d.id).filter((f) => f.severity === 'block');
    expect(justified).toHaveLength(3);
    expect(justified.every((f) => f.justified)).toBe(true);
  });

  it('the office edits a day limit with a new effective date and old trips keep their old verdicts', async () => {
    const app = await tempApp();
    const person = await addPerson(app, { passportExpiry: '2033-01-01' });
    const trip = (title: string, from: string, to: string) =>
      app.call('records.put', {
        register: 'delegation',
        values: {
          title,
          direction: 'outbound',
          departDate: from,
          returnDate: to,
          members: [{ person, role: 'leader' }],
          legs: [{ country: 'JP', arrive: from, leave: to, stop: 'visit' }],
        },
      });
    const spring = await trip('赴日本早稻田大学访问', '2027-03-01', '2027-03-05');
    const [old] = ruleRecord(app, 'trip.maxDays');
    const findingsOf = (d: RecordDto) => storedFindings(app.ctx, 'delegation', d.id).filter((f) => f.ruleId === 'trip.maxDays');
    expect(findingsOf(spring)).toEqual([]);

    // The office closes the old version and adds a stricter one from July 2027.
    const oldRecord = await app.call('records.get', { register: 'rule', id: old!.id });
    await app.call('records.put', { register: 'rule', id: old!.id, values: { effectiveTo: '2027-06-30' } });
    const params = (oldRecord.values.parameters as TableRow[]).map((p) => (p.key === 'days1' ? { ...p, value: '4' } : p));
    const stricter = await app.call('records.put', {
      register: 'rule',
      values: {
        ...Object.fromEntries(Object.entries(oldRecord.values).filter(([k]) => k !== 'subject')),
        parameters: params,
        effectiveFrom: '2027-07-01',
        effectiveTo: null,
        title: '在外天数（2027版）',
      },
    });

    const summer = await trip('赴日本东京大学访问', '2027-07-10', '2027-07-14');
    expect(findingsOf(spring)).toEqual([]);
    const [late] = findingsOf(summer) as Finding[];
    expect(late).toMatchObject({ ruleRecord: stricter.id, ruleVersion: stricter.meta.version, found: { zh: '在外 5 天' } });
    expect(late!.allowed.zh).toContain('不超过 4 天');
  });
});

describe('rule edits that make no sense', () => {
  const base = async (app: TestApp) => app.call('records.get', { register: 'rule', id: ruleRecord(app, 'trip.groupSize')[0]!.id });

  it('refuses a negative limit, an end before the start, and a version overlapping another, writing nothing', async () => {
    const app = await tempApp();
    const rule = await base(app);
    const before = changeCount(app);
    const negative = await rejectionOf(
      app.call('records.put', { register: 'rule', id: rule.id, values: { parameters: [{ key: 'max', value: '-1' }] } }),
    );
    expect(negative.issues![0]!.message.zh).toContain('应为 0 至 10000 的整数');
    expect(negative.issues![0]!.message.en).toContain('a whole number from 0 to 10000');
    const backwards = await rejectionOf(app.call('records.put', { register: 'rule', id: rule.id, values: { effectiveTo: '2015-12-31' } }));
    expect(backwards.issues![0]).toMatchObject({ field: 'effectiveTo', message: { zh: '失效日期不能早于生效日期' } });
    const values = Object.fromEntries(Object.entries(rule.values).filter(([k]) => k !== 'subject'));
    const overlap = await rejectionOf(app.call('records.put', { register: 'rule', values: { ...values, effectiveFrom: '2027-01-01' } }));
    expect(overlap.issues![0]!.message.zh).toContain('时间重叠');
    expect(overlap.issues![0]!.message.en).toContain('give the old version an end date first');
    const missing = await rejectionOf(
      app.call('records.put', { register: 'rule', id: rule.id, values: { parameters: [{ key: 'most', value: '6' }] } }),
    );
    expect(missing.issues!.map((i) => i.message.en).join(' ')).toMatch(/required.*no parameter "most"/);
    expect(changeCount(app)).toBe(before);
  });

  it('refuses a holiday calendar with a make-up day on a weekday or a date outside its year', async () => {
    const app = await tempApp();
    const err = await rejectionOf(
      app.call('records.put', {
        register: 'holidayCalendar',
        values: {
          title: '2027年节假日安排',
          year: 2027,
          days: [
            { date: '2027-01-01', kind: 'holiday' },
            { date: '2027-01-05', kind: 'workday' },
            { date: '2026-12-31', kind: 'holiday' },
          ],
        },
      }),
    );
    expect(err.issues!.map((i) => i.message.zh)).toEqual([
      '第 2 行：2027-01-05 本是工作日，不是调休上班日',
      '第 3 行：2026-12-31 不在 2027 年',
    ]);
  });

  it('a department cannot approve its own justification', async () => {
    const app = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const person = await addPerson(app, { department: 'LAW' });
    const err = await rejectionOf(
      app.call('records.put', {
        register: 'delegation',
        values: {
          title: '赴英访问',
          department: 'LAW',
          members: [{ person, role: 'leader' }],
          justification: '理由',
          justificationApproved: true,
        },
      }),
    );
    expect(err.issues![0]!.message.zh).toBe('书面说明已获外办批准：只能由外事办填写');
  });
});
