import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { storedFindings } from '../../../src-main/services/ruleChecks';
import { json, waiban } from '../../support/cli';
import { addPerson } from '../../support/delegations';
import { tempApp, tempDir } from '../../support/tempApp';
import { csvBytes } from '../../support/xlsxWrite';

type Row = Record<string, unknown>;

describe('waiban check', () => {
  it('gives a trip its findings with rule id, version, severity, found, allowed and source, and every subject with --all', () => {
    // A trip to 4 countries for 12 days: two blocking findings.
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    const put = (register: string, values: Row) =>
      json(waiban(dir, ['records', 'put', '--register', register], JSON.stringify(values)).out).id;
    const person = put('person', { name: '张明远', passportExpiry: '2033-01-01' });
    const trip = put('delegation', {
      title: '赴欧洲四国考察',
      departDate: '2027-03-01',
      returnDate: '2027-03-12',
      noticeStart: '2026-11-16',
      unplannedReason: '临时邀请',
      legs: ['FR', 'DE', 'NL', 'BE'].map((country, i) => ({ country, arrive: `2027-03-0${1 + i * 2}`, leave: `2027-03-0${2 + i * 2}` })),
      members: [{ person }],
    });

    const one = waiban(dir, ['check', '--register', 'delegations', '--id', trip, '--json']);
    expect(one.code, one.err).toBe(0);
    const report = JSON.parse(one.out) as { register: string; findings: Row[] };
    expect(report.register).toBe('delegation');
    const blocking = report.findings.filter((f) => f.severity === 'block');
    expect(blocking.map((f) => f.ruleId).sort()).toEqual(['trip.maxCountries', 'trip.maxDays']);
    expect(blocking.find((f) => f.ruleId === 'trip.maxCountries')).toMatchObject({
      kind: 'breach',
      found: { zh: '4 个国家（地区）：法国、德国、荷兰、比利时' },
      source: '中办发〔2008〕9号；中办发〔2013〕13号',
      stage: 'approved',
      ruleRecord: expect.any(String),
      ruleVersion: expect.any(String),
    });

    const text = waiban(dir, ['check', '--register', 'delegation', '--id', trip]);
    expect(text.out).toContain('[block] trip.maxDays');
    expect(text.out).toContain('found: 12 days abroad');
    expect(text.out).toContain('source: 中办发〔2008〕9号');

    const all = JSON.parse(waiban(dir, ['check', '--all', '--json']).out) as { findings: Row[] };
    expect(all.findings.filter((f) => f.id === trip && f.severity === 'block')).toHaveLength(2);
    expect(all.findings.every((f) => f.register && f.title && f.ruleId && f.ruleVersion && f.source !== undefined)).toBe(true);

    const wrong = waiban(dir, ['check', '--register', 'partner', '--id', trip]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('The rules do not check the register "partner"');
    expect(waiban(dir, ['check']).code).toBe(2);
  }, 60_000);
});

describe('the holiday calendar', () => {
  // The table travels as the JSON column an export writes, so a year exported, edited and imported round-trips.
  it('is imported from a spreadsheet, and a working-day count for that year is then possible', async () => {
    const app = await tempApp();
    const person = await addPerson(app, { passportExpiry: '2035-01-01' });
    const trip = await app.call('records.put', {
      register: 'delegation',
      values: {
        title: '赴日本访问',
        departDate: '2028-03-06',
        returnDate: '2028-03-10',
        noticeStart: '2028-01-24',
        approvedDate: '2028-02-01',
        legs: [{ country: 'JP', arrive: '2028-03-06', leave: '2028-03-10' }],
        members: [{ person, role: 'leader' }],
      },
    });
    const notice = () => storedFindings(app.ctx, 'delegation', trip.id).filter((f) => f.ruleId === 'trip.publicNotice');
    expect(notice().map((f) => f.found.en)).toEqual(['cannot check: no working-day calendar for 2028']);

    const days = JSON.stringify([
      { date: '2028-01-01', kind: 'holiday', name: '元旦' },
      { date: '2028-01-29', kind: 'workday', name: '调休' },
    ]);
    const report = await importRegister(app.ctx, app.writer, {
      register: 'holidayCalendar',
      bytes: csvBytes([
        ['名称', '年度', '放假和调休日期（数据）', '依据文件'],
        ['2028年节假日安排', '2028', days, '国务院办公厅通知'],
      ]),
      dryRun: false,
    });
    expect(report).toMatchObject({ created: 1, rowsOk: 1 });
    // 24 January (Monday) to 1 February: seven working days.
    expect(notice()).toEqual([]);
  });
});
