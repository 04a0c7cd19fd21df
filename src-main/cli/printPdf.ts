import { existsSync } from 'node:fs';
import { AppError, type Localized } from '../contract';

/** The Chromium that prints reports and forms to PDF: the one the browser tests use, or CHROMIUM_PATH. */
const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const noPrinter = (instead: Localized) =>
  new AppError('NOT_FOUND', {
    zh: `无法生成 PDF：未找到 Chromium（${chromiumPath()}）。请${instead.zh}，在浏览器中打开后打印。`,
    en: `Cannot make a PDF: Chromium was not found (${chromiumPath()}). ${instead.en} and print it from a browser.`,
  });

/**
 * Each standalone page printed to its PDF on A4 (the page's own @page rules), in one Chromium. `instead`
 * says how to get the HTML when there is no Chromium.
 */
export async function printPdfs(pages: { html: string; out: string }[], instead: Localized): Promise<void> {
  if (!existsSync(chromiumPath())) throw noPrinter(instead);
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw noPrinter(instead);
  }
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    for (const { html, out } of pages) {
      await page.setContent(html, { waitUntil: 'load' });
      await page.pdf({ path: out, format: 'A4', printBackground: true, preferCSSPageSize: true });
    }
  } finally {
    await browser.close();
  }
}
