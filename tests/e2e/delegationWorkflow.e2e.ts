import { describe, expect, it } from 'vitest';
import { moveTo, saveChecklist, settle } from './checklist';
import { byTestId, choose, fill, formField, save, sessionPerFile, total, wholePageShot } from './ui';

const session = sessionPerFile();

describe('a delegation from draft to report filed', () => {
  it('registers two people', async () => {
    const { page } = session();
    await byTestId(page, 'nav-person').click();
    await byTestId(page, 'empty-new-record').click();
    await fill(page, 'name', '王晓明');
    await fill(page, 'position', '教授');
    await fill(page, 'passportNumber', 'E12345678');
    // The rules want passports valid more than six months after the return.
    await fill(page, 'passportExpiry', '2031-06-30');
    await byTestId(page, 'add-row-overseasExperience').click();
    await choose(page, formField(page, 'overseasExperience.0.country'), '美国', '美国');
    await fill(page, 'overseasExperience.0.institution', 'Stanford University');
    await fill(page, 'overseasExperience.0.from', '2015-09-01');
    await fill(page, 'overseasExperience.0.to', '2016-08-31');
    await save(page);
    await expect.poll(() => byTestId(page, 'detail-overseasExperience').innerText()).toContain('Stanford University');
    await expect.poll(() => byTestId(page, 'detail-passportNumber').innerText()).toContain('E••••••78');
    await page.keyboard.press('Escape');
    await byTestId(page, 'new-record').click();
    await fill(page, 'name', '李华');
    await fill(page, 'position', '副教授');
    await fill(page, 'passportExpiry', '2030-03-31');
    await save(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => total(page)).toBe(2);
  });

  it('creates an outbound delegation with both as members and a two-country itinerary', async () => {
    const { page } = session();
    await byTestId(page, 'nav-delegation').click();
    await byTestId(page, 'empty-new-record').click();
    await fill(page, 'title', '赴英国、法国参加国际学术会议');
    await fill(page, 'departDate', '2026-09-01');
    await fill(page, 'returnDate', '2026-09-08');
    // The notice's date belongs to a later stage: its section is opened to fill it in now.
    await byTestId(page, 'open-section-approval').click();
    await fill(page, 'noticeStart', '2026-08-03');
    await byTestId(page, 'add-row-legs').click();
    await byTestId(page, 'add-row-legs').click();
    await choose(page, formField(page, 'legs.0.country'), '英国', '英国');
    await fill(page, 'legs.0.city', '伦敦');
    await fill(page, 'legs.0.arrive', '2026-09-01');
    await fill(page, 'legs.0.leave', '2026-09-05');
    await choose(page, formField(page, 'legs.1.country'), '法国', '法国');
    await fill(page, 'legs.1.city', '巴黎');
    await fill(page, 'legs.1.arrive', '2026-09-05');
    await fill(page, 'legs.1.leave', '2026-09-08');
    await byTestId(page, 'add-row-members').click();
    await byTestId(page, 'add-row-members').click();
    await choose(page, formField(page, 'members.0.person'), '王晓明', '王晓明');
    await choose(page, formField(page, 'members.0.role'), '团长', '团长');
    await choose(page, formField(page, 'members.1.person'), '李华', '李华');
    await byTestId(page, 'table-members').scrollIntoViewIfNeeded();
    await session().shot('delegation-01-form-tables');
    await save(page);

    await byTestId(page, 'delegation-page').waitFor();
    await expect.poll(() => byTestId(page, 'figure-days').innerText()).toContain('8');
    await expect.poll(() => byTestId(page, 'figure-countries').innerText()).toContain('法国');
    await expect.poll(() => byTestId(page, 'figure-groupSize').innerText()).toContain('2');
    await expect.poll(() => byTestId(page, 'section-members').innerText()).toContain('李华');
    await expect.poll(() => byTestId(page, 'section-legs').innerText()).toContain('巴黎');
  });

  it('names the checklist items that block submission, then submits once they are settled', async () => {
    const { page } = session();
    expect(await byTestId(page, 'next-submitted').isDisabled()).toBe(true);
    const blockers = byTestId(page, 'next-blockers-submitted');
    await expect.poll(() => blockers.innerText()).toContain('对口邀请函');
    expect(await blockers.innerText()).toContain('列入年度出访计划');
    await session().shot('delegation-02-blocked-transition');

    await settle(page, 'plan', '已完成');
    await settle(page, 'invitation', '已完成', 'invitation.pdf');
    // Unsaved checklist edits hold the status buttons back.
    await byTestId(page, 'checklist-unsaved').waitFor();
    await saveChecklist(page);
    await moveTo(page, 'submitted', '已申报');
    await moveTo(page, 'publicNotice', '公示中');
  });

  it('is approved, travels and returns as the items required before each stage are settled', async () => {
    const { page } = session();
    await expect.poll(() => byTestId(page, 'next-blockers-approved').innerText()).toContain('政审及备案表');
    await settle(page, 'publicNotice', '已完成');
    await settle(page, 'politicalReview', '已完成', 'political-review.pdf');
    await settle(page, 'budget', '不适用');
    await saveChecklist(page);
    await moveTo(page, 'approved', '已批准', { approvalNumber: '外审〔2026〕21号' });

    await expect.poll(() => byTestId(page, 'next-blockers-travelling').innerText()).toContain('出国任务批件');
    await settle(page, 'taskApproval', '已完成', 'task-approval.pdf');
    await settle(page, 'passportValid', '已完成');
    await settle(page, 'visa', '已完成');
    await settle(page, 'briefing', '已完成', 'briefing.pdf');
    await saveChecklist(page);
    await moveTo(page, 'travelling', '行程中');
    await moveTo(page, 'returned', '行程结束');
  });

  it('refuses filing without the report, then files it once passports and report are recorded', async () => {
    const { page } = session();
    await settle(page, 'passportReturned', '已完成');
    await settle(page, 'tripReport', '已完成');
    await saveChecklist(page);
    await byTestId(page, 'next-reportFiled').click();
    await expect.poll(() => byTestId(page, 'next-refused').innerText()).toContain('报告');

    await byTestId(page, 'edit-report').click();
    await byTestId(page, 'record-form').waitFor();
    await fill(page, 'passportReturnedDate', '2026-09-10');
    await fill(page, 'tripReport', '代表团访问了伦敦大学学院和巴黎萨克雷大学，参加国际学术会议并作报告，商定下一步学生交换事宜。');
    await fill(page, 'reportFiledDate', '2026-09-20');
    await save(page);
    await expect.poll(() => byTestId(page, 'section-report').innerText()).toContain('2026-09-10');
    await moveTo(page, 'reportFiled', '报告已归档');

    const history = byTestId(page, 'history-panel');
    for (const label of ['已申报', '公示中', '已批准', '行程中', '行程结束', '报告已归档', '对口邀请函']) {
      await expect.poll(() => history.innerText()).toContain(label);
    }
    await expect.poll(() => byTestId(page, 'checklist-progress').innerText()).toContain('11 / 11');
    await wholePageShot(session(), 'delegation-03-page-zh');
    await byTestId(page, 'lang-switch').getByText('English').click();
    await expect.poll(() => byTestId(page, 'next-steps').innerText()).toContain('Report filed');
    await wholePageShot(session(), 'delegation-04-page-en');
    await byTestId(page, 'lang-switch').getByText('中文').click();
    await expect.poll(() => byTestId(page, 'next-steps').innerText()).toContain('报告已归档');
  });

  it('finds the delegation by country in the list', async () => {
    const { page } = session();
    await byTestId(page, 'back-to-list').click();
    await byTestId(page, 'record-table').waitFor();
    await choose(page, byTestId(page, 'filter-country'), '法国', '法国');
    await expect.poll(() => total(page)).toBe(1);
    // Two countries match either: still the trip to France; Japan alone, none.
    await choose(page, byTestId(page, 'filter-country'), '日本', '日本');
    await expect.poll(() => total(page)).toBe(1);
    await page.locator('.mantine-MultiSelect-pill', { hasText: '法国' }).locator('.mantine-Pill-remove').click();
    await byTestId(page, 'empty-no-match').waitFor();
    await byTestId(page, 'clear-filters').click();
    await expect.poll(() => total(page)).toBe(1);
  });

  it("shows a member's delegations on their record and logs revealing the passport number", async () => {
    const { page } = session();
    await page.locator('[data-testid^="row-"]').first().click();
    await byTestId(page, 'section-members').getByRole('link', { name: '王晓明' }).click();
    await byTestId(page, 'detail-passportNumber').waitFor();
    await expect.poll(() => byTestId(page, 'referring-delegation').innerText()).toContain('赴英国、法国参加国际学术会议');
    await byTestId(page, 'reveal-passportNumber').click();
    await expect.poll(() => byTestId(page, 'detail-passportNumber').innerText()).toContain('E12345678');
    await byTestId(page, 'history-reveal').waitFor();
    await wholePageShot(session(), 'delegation-05-person');
    await page.keyboard.press('Escape');
  });

  it('edits a checklist template through the same table editor', async () => {
    const { page } = session();
    await byTestId(page, 'nav-checklistTemplate').click();
    // The templates' list must be the one showing before the search is typed into it.
    await expect.poll(() => page.locator('[data-testid^="row-"]').first().innerText()).toContain('审查清单');
    await byTestId(page, 'search-input').fill('因公临时出国');
    await expect.poll(() => total(page)).toBe(1);
    await page.locator('[data-testid^="row-"]').first().click();
    await expect.poll(() => byTestId(page, 'detail-items').innerText()).toContain('对口邀请函');
    await byTestId(page, 'detail-edit').click();
    await expect.poll(() => formField(page, 'items.10.title').inputValue()).toBe('出访报告及公开');
    await byTestId(page, 'add-row-items').click();
    await fill(page, 'items.11.title', '出访信息公开');
    await byTestId(page, 'submit-record').click();
    // The new row's stage defaults to "before approval"; nothing else is required.
    await byTestId(page, 'record-form').waitFor({ state: 'hidden' });
    await expect.poll(() => byTestId(page, 'detail-items').innerText()).toContain('出访信息公开');
    await expect.poll(() => byTestId(page, 'history-panel').innerText()).toContain('+ 出访信息公开');
  });
});
