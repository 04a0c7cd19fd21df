import { describe, expect, it } from 'vitest';
import type { RecordDto } from '../../src-main/contract';
import { byTestId, choose, fill, formField, handlerCalls, save, sessionPerFile, wholePageShot } from './ui';

// The session runs on the real clock (December 2026): the 2027 calendar is asked for, as from 1 November.
const session = sessionPerFile();
const { call } = handlerCalls(session);

describe('a trip to any country, and next year’s calendar', () => {
  it('enters a trip to Colombia through the searchable picker (哥伦, Colo, CO) and gives it the extra day for Latin America', async () => {
    const s = session();
    const { page } = s;
    await byTestId(page, 'nav-delegation').click();
    await byTestId(page, 'new-record').click();
    await fill(page, 'title', '赴哥伦比亚国立大学访问');
    await fill(page, 'departDate', '2027-03-01');
    await fill(page, 'returnDate', '2027-03-06');
    await byTestId(page, 'add-row-legs').click();
    const country = formField(page, 'legs.0.country');
    await country.click();
    for (const typed of ['Colo', 'CO']) {
      await country.fill(typed);
      await expect.poll(() => page.getByRole('option').first().innerText()).toBe('哥伦比亚');
    }
    await s.shot('world-01-country-picker');
    await choose(page, country, '哥伦', '哥伦比亚');
    await fill(page, 'legs.0.arrive', '2027-03-01');
    await fill(page, 'legs.0.leave', '2027-03-06');
    await save(page);
    await byTestId(page, 'delegation-page').waitFor();
    await expect.poll(() => byTestId(page, 'delegation-page').innerText()).toContain('哥伦比亚');
    // Six days in one Latin American country: within 5 + 1; the other rules still speak (no members yet).
    await expect.poll(() => page.locator('[data-testid="rule-finding"]').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="rule-finding"][data-rule="trip.maxDays"]').count()).toBe(0);
    await wholePageShot(s, 'world-02-colombia-trip');
  });

  it('asks for the 2027 calendar on the today page, naming the trip it holds up, and takes it in one form', async () => {
    const person = await call<RecordDto>('records.put', { register: 'person', values: { name: '李明', passportExpiry: '2035-01-01' } });
    const trip = await call<RecordDto>('records.put', {
      register: 'delegation',
      values: {
        title: '赴摩洛哥穆罕默德五世大学访问',
        direction: 'outbound',
        purpose: 'negotiation',
        departDate: '2027-03-08',
        returnDate: '2027-03-13',
        unplannedReason: '临时邀请',
        noticeStart: '2027-01-04',
        approvedDate: '2027-01-11',
        legs: [{ country: 'MA', arrive: '2027-03-08', leave: '2027-03-13' }],
        members: [{ person: person.id, role: 'leader' }],
      },
    });
    const s = session();
    const { page } = s;
    await byTestId(page, 'nav-today').click();
    const banner = byTestId(page, 'today-calendar-missing');
    await expect.poll(() => banner.innerText()).toContain('2027 年节假日安排尚未录入');
    expect(await banner.innerText()).toContain('已有 1 个出访团组因此无法检查');
    await wholePageShot(s, 'calendar-01-today-reminder');

    await banner.getByRole('button', { name: '录入 2027 年节假日安排' }).click();
    const dialog = byTestId(page, 'holiday-schedule-dialog');
    await dialog.locator('[data-field="holidays.0.from"]').waitFor();
    const type = async (selector: string, value: string) => {
      const input = dialog.locator(selector).first();
      await input.fill(value);
      await input.blur();
    };
    // A notice with its number left out is refused, naming it; nothing is saved.
    await type('[data-field="holidays.0.from"]', '2027-01-01');
    await byTestId(page, 'holiday-schedule-save').click();
    await expect.poll(() => byTestId(page, 'holiday-schedule-problems').innerText()).toContain('通知文号：必填');

    await type('input[name="noticeNumber"]', '国办发明电〔2026〕99号');
    await type('[data-field="noticeDate"]', '2026-11-10');
    await type('[data-field="holidays.0.to"]', '2027-01-03');
    await type('[data-field="holidays.1.from"]', '2027-02-06');
    await type('[data-field="holidays.1.to"]', '2027-02-13');
    await type('[data-field="workdays.0.date"]', '2027-02-20');
    await dialog.getByLabel('因哪个节日调休').first().fill('春节');
    await s.shot('calendar-02-form');
    await byTestId(page, 'holiday-schedule-save').click();
    await expect.poll(() => byTestId(page, 'holiday-schedule-saved').innerText()).toContain('已保存 2027 年节假日安排');
    expect(await byTestId(page, 'holiday-schedule-saved').innerText()).toContain('1 个出访团组已重新检查');
    await expect.poll(() => banner.count()).toBe(0);
    await s.shot('calendar-03-saved');

    // The Moroccan trip's public notice is now counted (4 to 11 January, five working days): nothing stands in its way.
    await page.goto(`${page.url().split('#')[0]}#/r/delegation/${trip.id}`);
    await byTestId(page, 'delegation-page').waitFor();
    await byTestId(page, 'rules-none').waitFor();

    await byTestId(page, 'nav-holidayCalendar').click();
    await expect.poll(() => page.locator('[data-testid^="row-"]').first().innerText()).toContain('国办发明电〔2026〕99号');
    await wholePageShot(s, 'calendar-04-calendar-list');
  });
});
