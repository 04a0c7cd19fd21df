import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FieldValue, HistoryEntry, RecordDto, TableRow } from '../../src-main/contract';
import { completeItems } from '../support/delegations';
import { tempDir } from '../support/tempApp';
import { byTestId, fill, formField, handlerCalls, sessionPerFile } from './ui';

const session = sessionPerFile();
const { files, call } = handlerCalls(session);

/** A date `days` from today, as the app's clock (the machine's) reads it. */
const fromToday = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const go = (hash: string) => session().page.evaluate((h) => (location.hash = h), hash);
const trips: Record<'blocked' | 'approvable', string> = { blocked: '', approvable: '' };

/** A trip with its checklist done to approval, submitted and on notice from a month ago: only the rules can stop it. */
async function tripOnNotice(title: string, legs: TableRow[], people: string[], evidence: FieldValue): Promise<string> {
  let d = await call<RecordDto>('records.put', {
    register: 'delegation',
    values: {
      title,
      purpose: 'conference',
      departDate: legs[0]!.arrive,
      returnDate: legs[legs.length - 1]!.leave,
      noticeStart: fromToday(-30),
      legs,
      members: people.map((person, i) => ({ person, role: i === 0 ? 'leader' : 'member' })),
    },
  });
  const checklist = completeItems(d.values.checklist as TableRow[], ['submitted', 'publicNotice', 'approved'], evidence as never);
  d = await call<RecordDto>('records.put', { register: 'delegation', id: d.id, values: { status: 'submitted', checklist } });
  await call<RecordDto>('records.put', { register: 'delegation', id: d.id, values: { status: 'publicNotice' } });
  return d.id;
}

describe("a clerk's forms: typing kept, approvals locked and confirmed", () => {
  it('has a trip the rules block and one they let through', async () => {
    const people: string[] = [];
    for (const name of ['王晓明', '李华'])
      people.push((await call<RecordDto>('records.put', { register: 'person', values: { name, passportExpiry: '2033-06-30' } })).id);
    const picked = join(tempDir(), 'evidence.pdf');
    writeFileSync(picked, '%PDF-1.4 evidence');
    const evidence = await call<FieldValue>('files.put', { file: files.pick(picked) });
    trips.blocked = await tripOnNotice(
      '赴欧洲四国考察职业教育',
      [
        { country: 'FR', city: '巴黎', arrive: fromToday(60), leave: fromToday(62) },
        { country: 'DE', city: '柏林', arrive: fromToday(63), leave: fromToday(65) },
        { country: 'NL', city: '阿姆斯特丹', arrive: fromToday(66), leave: fromToday(68) },
        { country: 'BE', city: '布鲁塞尔', arrive: fromToday(69), leave: fromToday(71) },
      ],
      people,
      evidence,
    );
    trips.approvable = await tripOnNotice(
      '赴英国伦敦大学学院学术交流',
      [
        { country: 'DE', city: '法兰克福', arrive: fromToday(60), leave: fromToday(60), stop: 'transit' },
        { country: 'GB', city: '伦敦', arrive: fromToday(60), leave: fromToday(67) },
      ],
      people,
      evidence,
    );
    const approvable = await call<RecordDto>('records.get', { register: 'delegation', id: trips.approvable });
    expect(approvable.nextSteps!.find((s) => s.status === 'approved')!.ruleBlockers).toBeUndefined();
  });

  it('asks before Escape throws typing away, and Escape in an open date picker closes only the picker', async () => {
    const { page } = session();
    await byTestId(page, 'nav-delegation').click();
    await byTestId(page, 'new-record').click();
    await fill(page, 'title', '赴日本早稻田大学访问');
    await formField(page, 'departDate').click();
    const picker = page.locator('[data-dates-dropdown]');
    await picker.waitFor();
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'hidden' });
    expect(await byTestId(page, 'discard-changes').count()).toBe(0);
    await byTestId(page, 'record-form').waitFor();

    await page.keyboard.press('Escape');
    await byTestId(page, 'keep-editing').waitFor();
    await expect.poll(() => page.locator('.mantine-Modal-content').innerText()).toContain('放弃修改？');
    await session().shot('clerk-01-discard-question');
    await byTestId(page, 'keep-editing').click();
    await byTestId(page, 'keep-editing').waitFor({ state: 'detached' });
    expect(await formField(page, 'title').inputValue()).toBe('赴日本早稻田大学访问');

    // The dimmed page beside the form and a move to another page ask too; 放弃 then goes where the clerk was going.
    await page.mouse.click(20, 400);
    await byTestId(page, 'keep-editing').waitFor();
    await byTestId(page, 'keep-editing').click();
    await byTestId(page, 'keep-editing').waitFor({ state: 'detached' });
    await go('#/reminders');
    await byTestId(page, 'discard-changes-confirm').waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/r/delegation');
    expect(await formField(page, 'title').inputValue()).toBe('赴日本早稻田大学访问');
    await byTestId(page, 'discard-changes-confirm').click();
    await byTestId(page, 'record-form').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => location.hash)).toBe('#/reminders');

    // A clean form closes at once.
    await go('#/r/delegation');
    await byTestId(page, 'new-record').click();
    await byTestId(page, 'record-form').waitFor();
    await page.keyboard.press('Escape');
    await byTestId(page, 'record-form').waitFor({ state: 'detached' });
    expect(await byTestId(page, 'discard-changes').count()).toBe(0);
  });

  it('locks the approval while blocking findings stand, naming every one', async () => {
    const { page } = session();
    await go(`#/r/delegation/${trips.blocked}`);
    await byTestId(page, 'delegation-page').waitFor();
    await expect.poll(() => byTestId(page, 'next-approved').isDisabled()).toBe(true);
    const named = byTestId(page, 'next-blockers-approved-rules');
    await expect.poll(() => named.innerText()).toContain('不符合以下 2 项外事规则');
    expect(await named.locator('li').count()).toBe(2);
    for (const text of ['4 个国家（地区）', '在外 12 天']) expect(await named.innerText()).toContain(text);
    await byTestId(page, 'next-steps').scrollIntoViewIfNeeded();
    await session().shot('clerk-02-approve-locked');
  });

  it('approves a trip the rules let through in a dialog that asks for 批件号 and the approval date', async () => {
    const { page } = session();
    await go(`#/r/delegation/${trips.approvable}`);
    await byTestId(page, 'delegation-page').waitFor();
    const before = await call<HistoryEntry[]>('records.history', { register: 'delegation', id: trips.approvable });
    await expect.poll(() => byTestId(page, 'next-approved').isEnabled()).toBe(true);
    await byTestId(page, 'next-approved').click();
    const dialog = byTestId(page, 'move-fields');
    expect(await dialog.locator('[data-field="approvedDate"]').inputValue()).toBe(fromToday(0));
    await byTestId(page, 'confirm-move-fields').click();
    await expect.poll(() => dialog.innerText()).toContain('批件号：必填');
    await dialog.locator('[data-field="approvalNumber"]').fill('外审〔2026〕88号');
    await session().shot('clerk-03-approval-dialog');
    await byTestId(page, 'confirm-move-fields').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => byTestId(page, 'next-steps').innerText()).toContain('已批准');

    const d = await call<RecordDto>('records.get', { register: 'delegation', id: trips.approvable });
    expect(d.values).toMatchObject({ status: 'approved', approvalNumber: '外审〔2026〕88号', approvedDate: fromToday(0) });
    const history = await call<HistoryEntry[]>('records.history', { register: 'delegation', id: trips.approvable });
    expect(history).toHaveLength(before.length + 1);
    const last = history[history.length - 1]!;
    expect(last.op === 'put' && last.changes.map((c) => c.field).sort()).toEqual(['approvalNumber', 'approvedDate', 'status']);
    await session().shot('clerk-04-approved');
  });
});
