import { describe, expect, it } from 'vitest';
import type { RecordDto } from '../../src-main/contract';
import { fullConference, fullOutboundTrip } from '../support/forms';
import type { TestApp } from '../support/tempApp';
import { byTestId, handlerCalls, sessionPerFile } from './ui';
import { screenshotDir } from './browser';

const session = sessionPerFile();
const { call } = handlerCalls(session);
/** The fixtures' records made through the session's own handlers, as the window would make them. */
const handlers = { call: (channel: string, input: unknown) => call<RecordDto>(channel, input) } as unknown as TestApp;

/** The form the app handed to the print frame, on a page of its own at A4's width, as it prints. */
async function printedShot(name: string): Promise<string> {
  const { page, browser } = session();
  const html = await page
    .frameLocator('[data-testid="print-frame"]')
    .locator('html')
    .evaluate((el) => `<!doctype html>${el.outerHTML}`);
  const paper = await browser.newPage({ viewport: { width: 794, height: 1123 } });
  try {
    await paper.setContent(html, { waitUntil: 'load' });
    await paper.emulateMedia({ media: 'print' });
    await paper.screenshot({ path: `${screenshotDir}/${name}.png`, fullPage: true });
  } finally {
    await paper.close();
  }
  return html;
}

describe("printing a record's paper forms from its page", () => {
  it("opens the trip's 审批表 from the delegation page through the print menu, filled from the record, passports masked", async () => {
    await fullOutboundTrip(handlers);
    const { page } = session();
    await byTestId(page, 'nav-delegation').click();
    await page.locator('[data-testid^="row-"]').first().click();
    await byTestId(page, 'delegation-page').waitFor();
    await byTestId(page, 'print-forms').click();
    for (const form of ['tripApproval', 'tripNotice', 'memberVetting', 'memberPledge', 'tripReport'])
      await byTestId(page, `print-form-${form}`).waitFor();
    expect(await byTestId(page, 'print-form-visitApproval').count()).toBe(0);
    await session().shot('forms-01-print-menu');
    await byTestId(page, 'print-form-tripApproval').click();
    const frame = page.frameLocator('[data-testid="print-frame"]');
    await expect.poll(() => frame.locator('body').innerText()).toContain('因公出国（境）任务审批表');
    const text = await frame.locator('body').innerText();
    for (const shown of [
      '中国劳动关系学院',
      '赴英国伦敦大学学院学术交流',
      '张明远',
      'E******78',
      '德国（经停）、英国',
      '外事办出访经费',
      '外审〔2026〕12号',
      '学校领导审批意见',
    ])
      expect(text).toContain(shown);
    expect(text).not.toContain('E12345678');
    const html = await printedShot('forms-02-trip-approval');
    expect(html).toContain('@page { size: A4');
  });

  it('prints the 公示 with its notice window from the same menu', async () => {
    const { page } = session();
    await byTestId(page, 'print-forms').click();
    await byTestId(page, 'print-form-tripNotice').click();
    const frame = page.frameLocator('[data-testid="print-frame"]');
    await expect.poll(() => frame.locator('body').innerText()).toContain('出访公示');
    expect(await frame.locator('body').innerText()).toContain('2026年3月16日至2026年3月20日（5 个工作日）');
    await printedShot('forms-03-trip-notice');
  });

  it('offers a conference only its application form, from the record drawer', async () => {
    await fullConference(handlers);
    const { page } = session();
    await byTestId(page, 'nav-conference').click();
    await page.locator('[data-testid^="row-"]').first().click();
    await byTestId(page, 'print-forms').click();
    await byTestId(page, 'print-form-conferenceApplication').waitFor();
    expect(await page.locator('[data-testid^="print-form-"]').count()).toBe(1);
    await byTestId(page, 'print-form-conferenceApplication').click();
    await expect
      .poll(() => page.frameLocator('[data-testid="print-frame"]').locator('body').innerText())
      .toContain('劳动关系与社会治理国际研讨会');
    await printedShot('forms-04-conference-application');
  });
});
