import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waiban } from '../../support/cli';
import { fullInboundVisit, fullOutboundTrip, passports } from '../../support/forms';
import { closeApp, tempApp, tempDir } from '../../support/tempApp';

/** Where the pages are left to be looked at (ignored by git, beside the e2e screenshots). */
const pngDir = resolve(import.meta.dirname, '..', '..', 'e2e', 'screenshots', 'forms-pdf');
const poppler = (tool: string, args: string[]) => spawnSync(tool, args, { encoding: 'utf8' });
const hasPoppler = poppler('pdftoppm', ['-v']).status === 0;

describe('waiban forms', () => {
  it("writes a trip's forms as A4 PDFs through Chromium, turned into PNG pages; the 审批表 and 公示 one page each, passports masked", async () => {
    const app = await tempApp();
    const trip = await fullOutboundTrip(app);
    const dir = app.dataDir;
    closeApp(app);
    const out = join(tempDir(), 'forms');
    const r = waiban(dir, ['forms', '--register', 'delegation', '--id', trip.id, '--out', out, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const written = JSON.parse(r.out) as { form: string; file: string }[];
    expect(written.map((w) => w.form)).toEqual(['tripApproval', 'tripNotice', 'memberVetting', 'memberPledge', 'tripReport']);
    for (const { file } of written) expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    if (!hasPoppler) throw new Error('pdftoppm (poppler-utils) is needed to check the printed pages');
    mkdirSync(pngDir, { recursive: true });
    const pages: Record<string, number> = {};
    for (const { form, file } of written) {
      const info = poppler('pdfinfo', [file]).stdout;
      expect(info, form).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      pages[form] = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const text = poppler('pdftotext', ['-layout', file, '-']).stdout;
      expect(text, form).toContain('中国劳动关系学院');
      for (const passport of passports) expect(text, form).not.toContain(passport);
      expect(text, form).not.toMatch(/undefined|null|NaN/);
      expect(poppler('pdftoppm', ['-png', '-r', '70', file, join(pngDir, form)]).status).toBe(0);
    }
    expect(pages).toMatchObject({ tripApproval: 1, tripNotice: 1, memberVetting: 2, memberPledge: 2 });
    const approval = poppler('pdftotext', ['-layout', written[0]!.file, '-']).stdout;
    for (const shown of ['因公出国（境）任务审批表', '张明远', 'E******78', '外事办出访经费', '¥42,770.00', '学校领导审批意见'])
      expect(approval).toContain(shown);
    expect(readdirSync(pngDir).filter((f) => f.startsWith('tripApproval')).length).toBe(1);
  }, 120_000);

  it("writes one form as HTML, and refuses an unknown record, a form not the record's and a bad option, in zh and en", async () => {
    const app = await tempApp();
    const visit = await fullInboundVisit(app);
    const dir = app.dataDir;
    closeApp(app);
    const out = join(tempDir(), 'html');
    const html = waiban(dir, ['forms', '--register', 'delegation', '--id', visit.id, '--out', out, '--form', '来访接待审批表', '--html']);
    expect(html.code).toBe(0);
    const file = join(out, '来访接待审批表.html');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('澳大利亚悉尼大学代表团来访');

    const unknown = waiban(dir, ['forms', '--register', 'delegation', '--id', 'nope', '--out', out]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No such record');
    const wrong = waiban(dir, ['forms', '--register', 'delegation', '--id', visit.id, '--out', out, '--form', 'tripApproval'], undefined, {
      WAIBAN_LANG: 'zh_CN.UTF-8',
    });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('“因公出国（境）任务审批表”不适用于此记录；此记录可打印：来访接待审批表');
    expect(waiban(dir, ['forms', '--register', 'delegation', '--id', visit.id, '--out', out, '--form', 'payslip']).code).toBe(2);
  }, 240_000);
});
