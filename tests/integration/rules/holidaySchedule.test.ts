import { describe, expect, it } from 'vitest';
import { storedFindings } from '../../../src-main/services/ruleChecks';
import { json, waiban } from '../../support/cli';
import { addPerson, changeCount, membersOf } from '../../support/delegations';
import { tempApp, tempDir, type TestApp } from '../../support/tempApp';

/** Test data shaped like a notice, not the State Council's 2027 schedule (the office enters that). */
const schedule2027 = {
  year: 2027,
  noticeNumber: '国办发明电〔2026〕99号',
  noticeDate: '2026-11-10',
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-13' },
  ],
  workdays: [{ date: '2027-02-20', name: '春节' }],
};

const at = (iso: string) => Date.parse(`${iso}T09:00:00+08:00`);
const calendarReminders = async (app: TestApp) =>
  (await app.call('reminders.list', {})).reminders.filter((r) => r.kind === 'holidayCalendarMissing');

/** A trip whose public notice runs in January 2027: its notice period needs the 2027 calendar. */
async function januaryNoticeTrip(app: TestApp) {
  const person = await addPerson(app, { passportExpiry: '2035-01-01' });
  return app.call('records.put', {
    register: 'delegation',
    values: {
      title: '赴哥伦比亚国立大学访问',
      direction: 'outbound',
      purpose: 'negotiation',
      departDate: '2027-03-01',
      returnDate: '2027-03-06',
      unplannedReason: '临时邀请',
      noticeStart: '2027-01-04',
      approvedDate: '2027-01-11',
      legs: [{ country: 'CO', arrive: '2027-03-01', leave: '2027-03-06', stop: 'visit' }],
      members: membersOf(person),
    },
  });
}
const noticeFindings = (app: TestApp, id: string) =>
  storedFindings(app.ctx, 'delegation', id).filter((f) => f.ruleId === 'trip.publicNotice');

describe("next year's working-day calendar", () => {
  it('is asked for from 1 November, on the reminders and the today page, naming the trips that cannot be checked', async () => {
    const app = await tempApp('default', undefined, at('2026-11-01'));
    const [r] = await calendarReminders(app);
    expect(r).toMatchObject({
      register: 'holidayCalendar',
      id: '',
      title: '2027年节假日安排',
      due: '2027-01-01',
      days: 61,
      urgency: 'upcoming',
    });
    expect(r!.detail.zh).toContain('录入 2027 年的放假和调休安排');
    const today = await app.call('today.overview', {});
    expect(today.calendarsMissing.map((c) => c.title)).toEqual(['2027年节假日安排']);
    expect(today.remindersThisWeek.filter((c) => c.kind === 'holidayCalendarMissing')).toEqual([]);

    const trip = await januaryNoticeTrip(app);
    expect(noticeFindings(app, trip.id).map((f) => [f.kind, f.calendarYear])).toEqual([['cannotCheck', 2027]]);
    expect((await calendarReminders(app))[0]!.detail.zh).toContain('已有 1 个出访团组因此无法检查');
  });

  it('is not asked for in October', async () => {
    const app = await tempApp('default', undefined, at('2026-10-31'));
    expect(await calendarReminders(app)).toEqual([]);
    expect((await app.call('today.overview', {})).calendarsMissing).toEqual([]);
  });

  it("is asked for while this year's is missing, as overdue", async () => {
    const app = await tempApp('default', undefined, at('2027-01-05'));
    expect((await calendarReminders(app)).map((r) => [r.title, r.urgency])).toEqual([['2027年节假日安排', 'overdue']]);
  });

  it('is entered as one schedule of ranges and make-up days; every trip it held up is checked again, and the reminder goes', async () => {
    const app = await tempApp('default', undefined, at('2026-11-20'));
    const trip = await januaryNoticeTrip(app);
    const saved = await app.call('calendar.enterSchedule', schedule2027);
    expect(saved).toMatchObject({ uncheckedBefore: 1, uncheckedAfter: 0 });
    expect(saved.record.values).toMatchObject({
      year: 2027,
      title: '2027年节假日安排',
      noticeNumber: '国办发明电〔2026〕99号',
      noticeDate: '2026-11-10',
      source: '国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕99号）',
    });
    expect((saved.record.values.days as { date: string }[]).map((d) => d.date)).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
      '2027-02-13',
      '2027-02-20',
    ]);
    // 4 to 11 January: five working days before approval, as the rule asks.
    expect(noticeFindings(app, trip.id)).toEqual([]);
    expect(await calendarReminders(app)).toEqual([]);

    const read = await app.call('calendar.schedule', { year: 2027 });
    expect(read).toMatchObject({
      recordId: saved.record.id,
      holidays: schedule2027.holidays,
      workdays: schedule2027.workdays,
      noticeNumber: schedule2027.noticeNumber,
    });
    // Entered again (a correction): the same record, the days replaced.
    const again = await app.call('calendar.enterSchedule', { ...schedule2027, holidays: [schedule2027.holidays[0]!] });
    expect(again.record.id).toBe(saved.record.id);
    expect((again.record.values.days as unknown[]).length).toBe(4);
  });

  it('refuses a schedule with a range backwards, a weekday as a make-up day or no notice number, naming each, and writes nothing', async () => {
    const app = await tempApp();
    const before = changeCount(app);
    const backwards = await app.fail('calendar.enterSchedule', {
      ...schedule2027,
      noticeNumber: ' ',
      holidays: [{ name: '春节', from: '2027-02-13', to: '2027-02-06' }],
    });
    expect(backwards.code).toBe('VALIDATION');
    expect(backwards.issues?.map((i) => i.message.zh)).toEqual([
      '通知文号：必填',
      '第 1 个假期（春节）：结束日期 2027-02-06 早于开始日期 2027-02-13',
    ]);
    const weekday = await app.fail('calendar.enterSchedule', { ...schedule2027, workdays: [{ date: '2027-02-22', name: '春节' }] });
    expect(weekday.issues?.map((i) => i.message.en)).toEqual(['Row 12: 2027-02-22 is a weekday anyway, not a make-up working day']);
    const badDate = await app.fail('calendar.enterSchedule', {
      ...schedule2027,
      holidays: [{ name: '春节', from: '2027-02-30', to: '2027-03-01' }],
    });
    expect(badDate.issues?.[0]?.message.zh).toBe('第 1 个假期（春节）：开始日期“2027-02-30”不是有效日期');
    expect(changeCount(app)).toBe(before);
  });

  it('is entered and shown on the command line', () => {
    const dir = tempDir();
    expect(waiban(dir, ['init']).code).toBe(0);
    const entered = waiban(dir, [
      'calendar',
      'enter',
      '--year',
      '2027',
      '--notice-number',
      '国办发明电〔2026〕99号',
      '--notice-date',
      '2026-11-10',
      '--holiday',
      '元旦=2027-01-01..2027-01-03',
      '--holiday',
      '春节=2027-02-06..2027-02-13',
      '--workday',
      '春节=2027-02-20',
      '--json',
    ]);
    expect(entered.code, entered.err).toBe(0);
    expect(json(entered.out)).toMatchObject({ uncheckedBefore: 0, uncheckedAfter: 0 });
    const shown = json(waiban(dir, ['calendar', 'show', '--year', '2027', '--json']).out);
    expect(shown).toMatchObject({ holidays: schedule2027.holidays, workdays: schedule2027.workdays, noticeDate: '2026-11-10' });
    expect(waiban(dir, ['calendar', 'enter', '--year', '2027', '--holiday', '春节 2027-02-06']).code).toBe(2);
  }, 60_000);
});
