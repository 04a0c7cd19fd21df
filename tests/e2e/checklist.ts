import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { byTestId, choose, pickFile } from './ui';

const item = (page: Page, key: string) => byTestId(page, `checklist-item-${key}`);

/** Sets a checklist item's status inline, attaching a small evidence document when asked. */
export async function settle(page: Page, key: string, status: '已完成' | '不适用', evidence?: string) {
  const row = item(page, key);
  await choose(page, row.locator('[data-field$=".status"]'), status, status);
  if (evidence) {
    await pickFile(page, row.locator('[data-field$=".evidence"]'), {
      name: evidence,
      mimeType: 'application/pdf',
      buffer: Buffer.from(`%PDF-1.4 ${evidence}`),
    });
    await row.locator('[data-testid="file-ref"]').waitFor();
  }
}

export async function saveChecklist(page: Page) {
  await byTestId(page, 'checklist-save').click();
  await byTestId(page, 'checklist-unsaved').waitFor({ state: 'detached' });
}

/**
 * Clicks the next step to `status` once the checklist allows it, answers what the move asks for (an approval's
 * 批件号), and waits for the record to show `label`.
 */
export async function moveTo(page: Page, status: string, label: string, asked: Record<string, string> = {}) {
  const button = byTestId(page, `next-${status}`);
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  if (Object.keys(asked).length) {
    const dialog = byTestId(page, 'move-fields');
    for (const [field, value] of Object.entries(asked)) await dialog.locator(`[data-field="${field}"]`).fill(value);
    await byTestId(page, 'confirm-move-fields').click();
  }
  await expect.poll(() => byTestId(page, 'next-steps').innerText()).toContain(label);
}
