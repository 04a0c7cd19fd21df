import { describe, expect, it } from 'vitest';
import { addDemoData } from '../../src-main/services/demo';
import { byTestId, choose, fill, formField, save, sessionPerFile, wholePageShot } from './ui';

const session = sessionPerFile((app) => addDemoData(app.ctx, app.writer, 300));

const sections = ['reminders', 'approvals', 'leaving', 'returning', 'passports', 'reports'];

describe('a clerk’s day starts on the today page, and a new trip gets its due dates', () => {
  it('opens on 今日, first in the navigation, with every section and the plan dashboard one click away', async () => {
    const s = session();
    const { page } = s;
    await byTestId(page, 'today-page').waitFor();
    expect(await page.locator('h3').first().innerText()).toBe('今日');
    expect(await page.locator('nav [data-testid^="nav-"]').first().getAttribute('data-testid')).toBe('nav-today');
    for (const id of sections) await byTestId(page, `today-${id}`).waitFor();
    // The demo's trips back home with passports still out are listed, each a link to its trip.
    await expect.poll(() => byTestId(page, 'today-passports-item').count()).toBeGreaterThan(0);
    expect(await byTestId(page, 'today-passports-item').first().locator('a').getAttribute('href')).toMatch(/^#\/r\/delegation\//);
    await wholePageShot(s, 'today-01-first-screen');

    await byTestId(page, 'today-passports-item').first().locator('a').click();
    await byTestId(page, 'delegation-page').waitFor();
    await byTestId(page, 'nav-today').click();
    await byTestId(page, 'open-plan-dashboard').click();
    await byTestId(page, 'targets-dashboard').waitFor();
    await s.shot('today-02-plan-dashboard');
  });

  it('gives a trip made in the form a due date on each checklist item, shown and editable', async () => {
    const s = session();
    const { page } = s;
    await byTestId(page, 'nav-delegation').click();
    await byTestId(page, 'new-record').click();
    await fill(page, 'title', '赴英国伦敦大学学院短期访问');
    await fill(page, 'departDate', '2026-12-28');
    await fill(page, 'returnDate', '2026-12-31');
    await byTestId(page, 'add-row-legs').click();
    await choose(page, formField(page, 'legs.0.country'), '英国', '英国');
    await fill(page, 'legs.0.arrive', '2026-12-28');
    await fill(page, 'legs.0.leave', '2026-12-31');
    await save(page);
    await byTestId(page, 'delegation-page').waitFor();

    const due = (key: string) => byTestId(page, `checklist-item-${key}`).locator('[data-field$=".dueDate"]').inputValue();
    // 45 days' lead for one country, the notice's 5 working days after it, the journey's items the day before.
    await expect.poll(() => due('invitation')).toBe('2026-11-13');
    expect(await due('publicNotice')).toBe('2026-11-20');
    expect(await due('visa')).toBe('2026-12-27');
    expect(await due('passportReturned')).toBe('2027-01-07');
    await byTestId(page, 'checklist').scrollIntoViewIfNeeded();
    await s.shot('today-03-new-trip-due-dates');
  });
});
