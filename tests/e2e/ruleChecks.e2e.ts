import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldValue, RecordDto, TableRow } from '../../src-main/contract';
import { completeItems } from '../support/delegations';
import { tempDir } from '../support/tempApp';
import { moveTo } from './checklist';
import { byTestId, fill, handlerCalls, save, sessionPerFile, wholePageShot } from './ui';

const session = sessionPerFile();
const { files, call } = handlerCalls(session);

describe('rule checks on the delegation page', () => {
  it('a general trip to 4 countries for 12 days with 7 people on public notice', async () => {
    const people: string[] = [];
    for (let i = 1; i <= 7; i++) {
      people.push(
        (await call<RecordDto>('records.put', { register: 'person', values: { name: `教师${i}`, passportExpiry: '2033-06-30' } })).id,
      );
    }
    const picked = join(tempDir(), 'evidence.pdf');
    writeFileSync(picked, '%PDF-1.4 evidence');
    const evidence = await call<FieldValue>('files.put', { file: files.pick(picked) });
    let d = await call<RecordDto>('records.put', {
      register: 'delegation',
      values: {
        title: '赴欧洲四国考察职业教育',
        purpose: 'negotiation',
        departDate: '2027-04-05',
        returnDate: '2027-04-16',
        noticeStart: '2026-11-16',
        unplannedReason: '合作院校临时邀请',
        legs: [
          { country: 'FR', city: '巴黎', arrive: '2027-04-05', leave: '2027-04-07' },
          { country: 'DE', city: '柏林', arrive: '2027-04-08', leave: '2027-04-10' },
          { country: 'NL', city: '阿姆斯特丹', arrive: '2027-04-11', leave: '2027-04-13' },
          { country: 'BE', city: '布鲁塞尔', arrive: '2027-04-14', leave: '2027-04-16' },
        ],
        members: people.map((person, i) => ({ person, role: i === 0 ? 'leader' : 'member' })),
      },
    });
    const checklist = completeItems(d.values.checklist as TableRow[], ['submitted', 'publicNotice', 'approved'], evidence as never);
    d = await call<RecordDto>('records.put', { register: 'delegation', id: d.id, values: { status: 'submitted', checklist } });
    await call<RecordDto>('records.put', { register: 'delegation', id: d.id, values: { status: 'publicNotice' } });
  });

  it('shows the three blocking findings with their sources, and locks the approval naming them', async () => {
    const { page } = session();
    await byTestId(page, 'nav-delegation').click();
    await expect.poll(() => byTestId(page, 'rule-badge').first().innerText()).toContain('3 项阻止');
    await page.locator('[data-testid^="row-"]').first().click();
    await byTestId(page, 'delegation-page').waitFor();
    const findings = byTestId(page, 'section-rules');
    await expect.poll(() => page.locator('[data-testid="rule-finding"][data-severity="block"]').count()).toBe(3);
    for (const text of ['4 个国家（地区）', '在外 12 天', '7 人', '中办发〔2013〕13号', '阻止进入“已批准”'])
      await expect.poll(() => findings.innerText()).toContain(text);

    expect(await byTestId(page, 'next-approved').isDisabled()).toBe(true);
    const named = byTestId(page, 'next-blockers-approved-rules');
    await expect.poll(() => named.innerText()).toContain('不符合以下 3 项外事规则');
    expect(await named.locator('li').count()).toBe(3);
    await byTestId(page, 'section-rules').scrollIntoViewIfNeeded();
    await wholePageShot(session(), 'rules-01-blocked-trip');
  });

  it('passes once marked academic with its task recorded', async () => {
    const { page } = session();
    await byTestId(page, 'edit-details').click();
    await byTestId(page, 'record-form').waitFor();
    await page.locator('[data-testid="record-form"] [data-field="academic"]').first().check();
    await fill(page, 'academicTask', '在四校开展职业教育比较研究并作学术报告');
    await save(page);
    await expect.poll(() => page.locator('[data-testid="rule-finding"][data-severity="block"]').count()).toBe(0);
    await moveTo(page, 'approved', '已批准', { approvalNumber: '外审〔2026〕30号' });
    await byTestId(page, 'lang-switch').getByText('English').click();
    await expect.poll(() => byTestId(page, 'section-rules').innerText()).toContain('Rule checks');
    await wholePageShot(session(), 'rules-02-academic-approved-en');
    await byTestId(page, 'lang-switch').getByText('中文').click();
  });

  it('shows the rules as a register the office edits, each version with its parameters and source', async () => {
    const { page } = session();
    await byTestId(page, 'back-to-list').click();
    await byTestId(page, 'record-table').waitFor();
    await session().shot('rules-03-delegation-list');
    await byTestId(page, 'nav-rule').click();
    await byTestId(page, 'search-input').fill('在外天数');
    await expect.poll(() => page.locator('[data-testid^="row-"]').first().innerText()).toContain('在外天数');
    await page.locator('[data-testid^="row-"]').first().click();
    await expect.poll(() => byTestId(page, 'detail-parameters').innerText()).toContain('extraRegions');
    await expect.poll(() => byTestId(page, 'detail-source').innerText()).toContain('中办发〔2008〕9号');
    await session().shot('rules-04-rule-version');
    await page.keyboard.press('Escape');
  });

  it("shows a conference's findings in its drawer: an inflated title and too many days", async () => {
    const { page } = session();
    await call<RecordDto>('records.put', {
      register: 'conference',
      values: {
        title: '首届劳动关系全球高峰论坛',
        discipline: 'socialScience',
        startDate: '2027-09-20',
        endDate: '2027-09-26',
        participantsTotal: 200,
        participantsForeign: 40,
      },
    });
    await byTestId(page, 'nav-conference').click();
    await expect.poll(() => byTestId(page, 'rule-badge').first().innerText()).toContain('2 项阻止');
    await page.locator('[data-testid^="row-"]').first().click();
    const findings = byTestId(page, 'section-rules');
    await expect.poll(() => findings.innerText()).toContain('名称含“高峰论坛、首届”');
    await expect.poll(() => findings.innerText()).toContain('会期 7 天');
    await findings.scrollIntoViewIfNeeded();
    await session().shot('rules-05-conference-drawer');
  });
});
