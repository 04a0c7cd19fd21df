import { describe, expect, it } from 'vitest';
import type { RecordDto } from '../../src-main/contract';
import { byTestId, choose, fill, formField, handlerCalls, save, sessionPerFile, wholePageShot } from './ui';

const session = sessionPerFile();
const { call } = handlerCalls(session);
const section = (key: string) => byTestId(session().page, `form-section-${key}`);

describe('the trip form in sections, dates typed and picked, and an edit undone from history', () => {
  it("groups a new outbound trip's form, later stages folded, and shows the inbound switch only for a visit", async () => {
    const s = session();
    const { page } = s;
    await byTestId(page, 'nav-delegation').click();
    await byTestId(page, 'new-record').click();
    await byTestId(page, 'record-form').waitFor();
    for (const key of ['details', 'itinerary', 'policy', 'approval', 'report', 'notes']) await section(key).waitFor();
    expect(await section('approval').getAttribute('data-folded')).toBe('true');
    expect(await section('report').getAttribute('data-folded')).toBe('true');
    expect(await formField(page, 'passportReturnedDate').count()).toBe(0);
    expect(await formField(page, 'academic').count()).toBe(1);
    expect(await formField(page, 'officialGuests').count()).toBe(0);
    await s.shot('sections-01-new-outbound-trip');

    await choose(page, formField(page, 'direction'), '来访', '来访');
    await formField(page, 'officialGuests').waitFor();
    expect(await formField(page, 'academic').count()).toBe(0);
    expect(await section('report').innerText()).not.toContain('护照交回日期');
    await s.shot('sections-02-inbound-visit');

    // A later section opens on request, its fields ready to fill in.
    await byTestId(page, 'open-section-approval').click();
    await formField(page, 'approvalNumber').waitFor();
  });

  it("Tab after a typed date goes on to the next date, and the end date's calendar opens at the start's month", async () => {
    const s = session();
    const { page } = s;
    await formField(page, 'departDate').click();
    await page.keyboard.type('2027-03-10');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe('returnDate');
    await page.keyboard.press('Escape');
    await page.keyboard.type('2027-03-20');
    await page.keyboard.press('Tab');
    expect(await formField(page, 'departDate').inputValue()).toBe('2027-03-10');
    expect(await formField(page, 'returnDate').inputValue()).toBe('2027-03-20');

    await formField(page, 'returnDate').fill('');
    await formField(page, 'returnDate').blur();
    await formField(page, 'departDate').fill('2027-08-05');
    await formField(page, 'departDate').blur();
    await formField(page, 'returnDate').click();
    const header = page.locator('[data-dates-dropdown] [class*="calendarHeaderLevel"]');
    await expect.poll(() => header.innerText()).toMatch(/2027.*8|8.*2027/);
    await s.shot('sections-03-end-date-calendar');
    await page.keyboard.press('Escape');
    await page.locator('[data-dates-dropdown]').waitFor({ state: 'hidden' });
    await page.keyboard.press('Escape');
    await byTestId(page, 'discard-changes-confirm').click();
    await byTestId(page, 'record-form').waitFor({ state: 'detached' });
  });

  it("puts an earlier version back from the trip's history, as a new change", async () => {
    const s = session();
    const { page } = s;
    const trip = await call<RecordDto>('records.put', {
      register: 'delegation',
      values: { title: '赴德国柏林工业大学访问', direction: 'outbound', purpose: 'conference' },
    });
    await page.evaluate((id) => (location.hash = `#/r/delegation/${id}`), trip.id);
    await byTestId(page, 'delegation-page').waitFor();
    await byTestId(page, 'detail-edit').click();
    await fill(page, 'title', '赴德国柏林工业大学访问（改）');
    await fill(page, 'hostName', '柏林工业大学');
    await save(page);
    await expect.poll(() => byTestId(page, 'delegation-title').innerText()).toContain('（改）');

    const history = byTestId(page, 'history-panel');
    await expect.poll(() => history.locator('[data-testid="restore-version"]').count()).toBe(1);
    await history.locator('[data-testid="restore-version"]').click();
    await byTestId(page, 'restore-version-dialog').waitFor();
    await s.shot('sections-04-restore-question');
    await byTestId(page, 'confirm-restore-version').click();
    await expect.poll(() => byTestId(page, 'delegation-title').innerText()).toBe('赴德国柏林工业大学访问');
    await expect.poll(() => history.locator('[data-testid="history-put"]').count()).toBe(2);
    expect(await byTestId(page, 'section-details').innerText()).not.toContain('柏林工业大学\n');
    await wholePageShot(s, 'sections-05-restored');
  });

  it('a member opened from the trip offers the way back to it', async () => {
    const s = session();
    const { page } = s;
    const person = await call<RecordDto>('records.put', { register: 'person', values: { name: '赵文静', passportExpiry: '2033-06-30' } });
    const trip = await call<RecordDto>('records.put', {
      register: 'delegation',
      values: {
        title: '赴法国巴黎萨克雷大学访问',
        direction: 'outbound',
        purpose: 'conference',
        members: [{ person: person.id, role: 'leader' }],
      },
    });
    await page.evaluate((id) => (location.hash = `#/r/delegation/${id}`), trip.id);
    await byTestId(page, 'delegation-page').waitFor();
    await byTestId(page, 'section-members').getByRole('link', { name: '赵文静' }).click();
    await byTestId(page, 'back-to-record').waitFor();
    await expect.poll(() => byTestId(page, 'back-to-record').innerText()).toContain('赴法国巴黎萨克雷大学访问');
    await s.shot('sections-06-member-back-link');
    await byTestId(page, 'back-to-record').click();
    await byTestId(page, 'delegation-page').waitFor();
    expect(await byTestId(page, 'delegation-title').innerText()).toBe('赴法国巴黎萨克雷大学访问');
  });

  it('names a partner already entered with the same name and country while the new one is typed', async () => {
    const s = session();
    const { page } = s;
    await call<RecordDto>('records.put', {
      register: 'partner',
      values: { nameZh: '伦敦大学学院', nameOriginal: 'University College London', country: 'GB' },
    });
    await byTestId(page, 'nav-partner').click();
    await byTestId(page, 'new-record').click();
    await fill(page, 'nameZh', '伦敦大学学院');
    await choose(page, formField(page, 'country'), '英国', '英国');
    await expect.poll(() => byTestId(page, 'same-records').innerText()).toContain('“伦敦大学学院”');
    await s.shot('sections-07-same-partner');
    await save(page);
  });
});
