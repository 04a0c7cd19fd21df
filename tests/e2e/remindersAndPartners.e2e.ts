import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays } from '../../src-main/core/expiry';
import { localDate } from '../../src-main/ports/clock';
import { moveTo, saveChecklist, settle } from './checklist';
import { byTestId, choose, closeDetail, fill, formField, save, sessionPerFile, wholePageShot } from './ui';

const session = sessionPerFile();

// The app runs on the real clock, so every date is set relative to today.
const today = localDate(Date.now());
const day = (offset: number) => addDays(today, offset);

const conference = { title: '第三届国际法学前沿论坛', start: day(-72), end: day(-70) };
/** Entered 25 days ago: the residence permit (30 days after entry) is due in 5 days. */
const hire = { title: '外事办聘请英语语言外教', entry: day(-25), workPermitExpiry: day(40) };
const partnerName = '墨尔本大学';
const agreementTitle = '墨尔本大学教师交流协议';

/** The count on the navigation's reminders item; no badge when there is nothing to do. */
async function badgeCount(page: Page) {
  const badge = byTestId(page, 'reminder-badge');
  return (await badge.count()) ? Number(await badge.innerText()) : 0;
}

async function remindersPage(page: Page) {
  await byTestId(page, 'nav-reminders').click();
  await byTestId(page, 'reminders-page').waitFor();
}

const reminder = (page: Page, kind: string) => byTestId(page, `reminder-${kind}`);

async function newRecord(page: Page, register: string) {
  await byTestId(page, `nav-${register}`).click();
  await byTestId(page, 'empty-new-record').click();
  await byTestId(page, 'record-form').waitFor();
}

describe('reminders for a conference and a foreign expert appear and clear; a partner on its own page', () => {
  let before = 0;

  it('registers a foreign expert in People and the office plan for the year', async () => {
    const { page } = session();
    await byTestId(page, 'nav-reminders').waitFor();
    before = await badgeCount(page);

    await newRecord(page, 'person');
    await fill(page, 'name', '艾米莉·克拉克');
    await fill(page, 'nameOriginal', 'Emily Clarke');
    await choose(page, formField(page, 'category'), '外籍专家', '外籍专家');
    await choose(page, formField(page, 'nationality'), '英国', '英国');
    await save(page);
    await closeDetail(page);

    await newRecord(page, 'annualPlan');
    await fill(page, 'title', `外事办${conference.end.slice(0, 4)}年度国际交流与合作计划`);
    await fill(page, 'year', conference.end.slice(0, 4));
    await byTestId(page, 'add-row-lines').click();
    await byTestId(page, 'add-row-lines').click();
    await choose(page, formField(page, 'lines.0.kind'), '国际会议', '国际会议');
    await fill(page, 'lines.0.description', '主办国际学术会议');
    await fill(page, 'lines.0.plannedCount', '2');
    await choose(page, formField(page, 'lines.1.kind'), '外籍专家聘请', '外籍专家聘请');
    await fill(page, 'lines.1.description', '聘请英语语言外教');
    await fill(page, 'lines.1.plannedCount', '1');
    await save(page);
    await expect.poll(() => byTestId(page, 'plan-completion-total').innerText()).toContain('0 / 3');
    await closeDetail(page);
  });

  it('moves a conference that ended ten weeks ago through its checklist to "held", without a summary', async () => {
    const { page } = session();
    await newRecord(page, 'conference');
    await fill(page, 'title', conference.title);
    await fill(page, 'titleEn', 'The Third International Forum on Frontiers of Law');
    await fill(page, 'startDate', conference.start);
    await fill(page, 'endDate', conference.end);
    await fill(page, 'place', '学术交流中心');
    // The figures of who came are required once the conference is held.
    await fill(page, 'participantsTotal', '120');
    await fill(page, 'participantsForeign', '35');
    await fill(page, 'countryCount', '9');
    await choose(page, formField(page, 'annualPlan'), '外事办', `外事办${conference.end.slice(0, 4)}年度国际交流与合作计划`);
    await fill(page, 'planLine', 'L1');
    await save(page);

    await moveTo(page, 'applied', '已申报');
    await expect.poll(() => byTestId(page, 'next-blockers-approved').innerText()).toContain('办会申请获批');
    await settle(page, 'approval', '已完成', 'conference-approval.pdf');
    await settle(page, 'titleCheck', '已完成');
    await saveChecklist(page);
    await moveTo(page, 'approved', '已获批');
    await moveTo(page, 'held', '已举办');
    await expect.poll(() => byTestId(page, 'checklist-progress').innerText()).toContain('2 / 3');
    await wholePageShot(session(), 'reminders-01-conference-drawer');
    await closeDetail(page);
  });

  it('moves an expert hire through its checklist until the expert has entered China, with a work permit and no residence permit', async () => {
    const { page } = session();
    await newRecord(page, 'expert');
    await fill(page, 'title', hire.title);
    await choose(page, formField(page, 'person'), '艾米莉', '艾米莉·克拉克');
    await choose(page, formField(page, 'kind'), '外籍语言教师', '外籍语言教师');
    await fill(page, 'position', '英语口语教师');
    await fill(page, 'contractFrom', hire.entry);
    await fill(page, 'contractTo', day(340));
    await fill(page, 'entryDate', hire.entry);
    await fill(page, 'workPermitNumber', 'WP110020261234');
    await fill(page, 'workPermitExpiry', hire.workPermitExpiry);
    await choose(page, formField(page, 'annualPlan'), '外事办', `外事办${conference.end.slice(0, 4)}年度国际交流与合作计划`);
    await fill(page, 'planLine', 'L2');
    await save(page);

    await expect.poll(() => byTestId(page, 'next-blockers-approved').innerText()).toContain('学历学位认证');
    await settle(page, 'degree', '已完成', 'degree.pdf');
    await settle(page, 'noCriminalRecord', '已完成', 'no-criminal-record.pdf');
    await saveChecklist(page);
    await moveTo(page, 'approved', '已批准');
    await settle(page, 'workPermit', '已完成', 'work-permit.pdf');
    await saveChecklist(page);
    await moveTo(page, 'arrived', '已入境');
    // Taking up the post waits for the residence permit.
    await expect.poll(() => byTestId(page, 'next-blockers-inPost').innerText()).toContain('居留许可');
    await closeDetail(page);
  });

  it('lists the overdue summary, the expiring work permit and the missing residence permit, and counts them in navigation', async () => {
    const { page } = session();
    await expect.poll(() => badgeCount(page)).toBe(before + 3);
    await remindersPage(page);
    await expect.poll(() => reminder(page, 'conferenceSummaryOverdue').innerText()).toContain(conference.title);
    expect(await reminder(page, 'conferenceSummaryOverdue').innerText()).toContain('已逾期 10 天');
    await expect.poll(() => reminder(page, 'permitExpiring').innerText()).toContain(`工作许可于 ${hire.workPermitExpiry} 到期`);
    await expect.poll(() => reminder(page, 'residencePermitDue').innerText()).toContain(`${hire.entry} 入境`);
    expect(await reminder(page, 'residencePermitDue').innerText()).toContain('还剩 5 天');
    await session().shot('reminders-02-page-zh');

    await byTestId(page, 'lang-switch').getByText('English').click();
    await expect.poll(() => reminder(page, 'permitExpiring').innerText()).toContain(`The work permit expires on ${hire.workPermitExpiry}`);
    await session().shot('reminders-03-page-en');
    await byTestId(page, 'lang-switch').getByText('中文').click();
    await expect.poll(() => reminder(page, 'permitExpiring').innerText()).toContain('工作许可');
  });

  it('opens the conference from its reminder, submits the summary, and the reminder clears', async () => {
    const { page } = session();
    await reminder(page, 'conferenceSummaryOverdue').getByRole('link').click();
    await byTestId(page, 'record-detail').getByText(conference.title).first().waitFor();
    await byTestId(page, 'detail-edit').click();
    await byTestId(page, 'record-form').waitFor();
    await fill(
      page,
      'summary',
      '论坛邀请了来自9个国家和地区的35位境外学者，围绕国际法前沿问题进行了研讨，形成会议论文集，并与两所合作院校商定了联合研究计划。',
    );
    await fill(page, 'summaryDate', today);
    await save(page);
    await settle(page, 'summary', '已完成');
    await saveChecklist(page);
    await byTestId(page, 'next-closed').click();
    await byTestId(page, 'confirm-move').click();
    await expect.poll(() => byTestId(page, 'next-steps').innerText()).toContain('已总结');
    await closeDetail(page);

    await expect.poll(() => badgeCount(page)).toBe(before + 2);
    await remindersPage(page);
    await reminder(page, 'permitExpiring').waitFor();
    expect(await reminder(page, 'conferenceSummaryOverdue').count()).toBe(0);
  });

  it('opens the expert hire from its reminder, renews the work permit, records the residence permit, and both reminders clear', async () => {
    const { page } = session();
    await reminder(page, 'residencePermitDue').getByRole('link').click();
    await byTestId(page, 'record-detail').getByText(hire.title).first().waitFor();
    await byTestId(page, 'detail-edit').click();
    await byTestId(page, 'record-form').waitFor();
    await fill(page, 'workPermitExpiry', day(400));
    await fill(page, 'residencePermitNumber', 'RP320026789');
    await fill(page, 'residencePermitExpiry', day(365));
    await save(page);
    await settle(page, 'residencePermit', '已完成', 'residence-permit.pdf');
    await saveChecklist(page);
    await moveTo(page, 'inPost', '在岗');
    await closeDetail(page);

    await expect.poll(() => badgeCount(page)).toBe(before);
    await remindersPage(page);
    await expect.poll(() => reminder(page, 'permitExpiring').count()).toBe(0);
    expect(await reminder(page, 'residencePermitDue').count()).toBe(0);
  });

  it("shows the plan's completion from the conference and the hire linked to its lines", async () => {
    const { page } = session();
    await byTestId(page, 'nav-annualPlan').click();
    await page.locator('[data-testid^="row-"]').first().click();
    await expect.poll(() => byTestId(page, 'plan-line-L1').innerText()).toContain('1 / 2');
    await expect.poll(() => byTestId(page, 'plan-line-L2').innerText()).toContain('1 / 1');
    await expect.poll(() => byTestId(page, 'plan-completion-total').innerText()).toContain('2 / 3');
    await wholePageShot(session(), 'reminders-04-annual-plan-drawer');
    await closeDetail(page);
  });

  it('opens a partner with an agreement signed two years ago on its own page: active, with the agreement listed', async () => {
    const { page } = session();
    await newRecord(page, 'partner');
    await fill(page, 'nameZh', partnerName);
    await fill(page, 'nameOriginal', 'The University of Melbourne');
    await choose(page, formField(page, 'country'), '澳大利亚', '澳大利亚');
    await fill(page, 'city', '墨尔本');
    await save(page);

    await newRecord(page, 'agreement');
    await fill(page, 'title', agreementTitle);
    await choose(page, formField(page, 'partner'), '墨尔本', partnerName);
    await choose(page, formField(page, 'type'), '教师交流', '教师交流');
    await choose(page, formField(page, 'status'), '有效', '有效');
    await fill(page, 'signedDate', day(-730));
    await fill(page, 'expiryDate', day(1095));
    await save(page);
    await closeDetail(page);

    await byTestId(page, 'nav-partner').click();
    await page.locator('[data-testid^="row-"]').first().click();
    await byTestId(page, 'partner-page').waitFor();
    await expect.poll(() => byTestId(page, 'referring-agreement').innerText()).toContain(agreementTitle);
    await expect.poll(() => byTestId(page, 'partner-activity').getAttribute('data-dormant')).toBe('false');
    expect(await byTestId(page, 'partner-activity').innerText()).toContain(`最近往来：${day(-730)}`);
    await wholePageShot(session(), 'reminders-05-partner-zh');
    await byTestId(page, 'lang-switch').getByText('English').click();
    await expect.poll(() => byTestId(page, 'partner-activity').innerText()).toContain('Last activity');
    await wholePageShot(session(), 'reminders-06-partner-en');
    await byTestId(page, 'lang-switch').getByText('中文').click();
  });

  it('flags the partner dormant once the dormant years on the reminders page are fewer than two', async () => {
    const { page } = session();
    const partnerUrl = page.url();
    await remindersPage(page);
    await byTestId(page, 'reminder-settings-toggle').click();
    const years = byTestId(page, 'reminder-setting-partnerDormantYears');
    await expect.poll(() => years.inputValue()).toBe('3');
    await years.fill('1');
    await byTestId(page, 'reminder-settings-save').click();
    await page.getByText('提醒期限已保存').waitFor();
    await session().shot('reminders-07-settings');

    await page.goto(partnerUrl);
    await expect.poll(() => byTestId(page, 'partner-activity').getAttribute('data-dormant')).toBe('true');
    expect(await byTestId(page, 'partner-activity').innerText()).toContain('超过 1 年');
    await session().shot('reminders-08-partner-dormant');
  });
});
