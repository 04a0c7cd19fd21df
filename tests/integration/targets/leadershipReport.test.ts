import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waiban } from '../../support/cli';
import { closeApp, tempApp, tempDir } from '../../support/tempApp';
import { agreement, partner, plan13, target } from '../../support/targets';

describe('the leadership report', () => {
  it("is one standalone Chinese HTML page, dated with the as-of time, holding each target's figure and status, the evaluation and the open risks", async () => {
    const app = await tempApp();
    ['伦敦大学学院', '牛津大学', '剑桥大学'].forEach((n) =>
      agreement(app, partner(app, n), { signedDate: '2016-01-01', expiryDate: '2030-01-01' }),
    );
    await app.call('targets.adjustEvaluation', { year: 2020, department: 'LAW', suggestion: 'keep', note: '新组建学院<首年>' });
    const { html } = await app.call('targets.reportHtml', { plan: plan13(app), year: 2020 });
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("font-family: 'Noto Sans CJK SC', sans-serif");
    expect(html).toContain('size: A4');
    expect(html).not.toMatch(/<link|<script|src=/);
    expect(html).toContain('国际交流与合作规划执行情况报告');
    expect(html).toContain('报告日期：2026-11-27');
    expect(html).toMatch(/数据截至：2026-11-27 \d\d:\d\d/);
    const t1 = target(await app.call('targets.report', { plan: plan13(app), year: 2020 }), 'T1');
    expect(t1.actual).toBe(3);
    expect(html).toMatch(/<td>T1<\/td><td>[^<]+<\/td><td>30所<\/td><td class="num">3<\/td><td><span class="badge behind">滞后<\/span>/);
    expect(html).toContain('三、院系部年度考核');
    expect(html).toContain('维持：新组建学院&lt;首年&gt;');
    expect(html).toContain('四、待关注的风险');
    expect(html).toContain('缺少 2020 年的专任教师人数');
    const en = (await app.call('targets.reportHtml', { plan: plan13(app), year: 2020, locale: 'en' })).html;
    expect(en).toContain('Progress Report');
  });
});

describe('waiban targets, evaluation and report', () => {
  it('targets --json gives what the handler gives; the table and evaluation read the same figures; report writes HTML and PDF', async () => {
    const dir = tempDir();
    const app = await tempApp('default', dir);
    agreement(app, partner(app, '伦敦大学学院'), { signedDate: '2016-01-01', expiryDate: '2030-01-01' });
    const plan = plan13(app);
    const fromHandler = await app.call('targets.report', { plan, year: 2019 });
    closeApp(app);

    const json = waiban(dir, ['targets', '--json', '--plan', plan, '--year', '2019']);
    expect(json.code).toBe(0);
    const fromCli = JSON.parse(json.out) as typeof fromHandler;
    const { asOf: _a, ...handlerRest } = fromHandler;
    const { asOf: _b, ...cliRest } = fromCli;
    expect(cliRest).toEqual(handlerRest);

    const table = waiban(dir, ['targets', '--plan', plan, '--year', '2019']);
    expect(table.out).toMatch(/^T1\s+1\s+30所\s+behind/m);
    expect(waiban(dir, ['evaluation', '--year', '2019']).out).toMatch(/^LAW\s+—\s+0\s+noPlan/m);
    expect(JSON.parse(waiban(dir, ['evaluation', '--year', '2019', '--json']).out).year).toBe(2019);
    expect(waiban(dir, ['evaluation']).code).toBe(2);
    expect(waiban(dir, ['targets', '--year', 'soon']).code).toBe(2);

    const htmlFile = join(dir, '报告.html');
    expect(waiban(dir, ['report', '--out', htmlFile, '--plan', plan, '--year', '2019']).code).toBe(0);
    expect(readFileSync(htmlFile, 'utf8')).toContain('Progress Report');
    expect(waiban(dir, ['report', '--out', join(dir, 'x.docx')]).code).toBe(2);

    if (existsSync('/usr/bin/chromium')) {
      const pdf = join(dir, 'report.pdf');
      const r = waiban(dir, ['report', '--out', pdf, '--plan', plan, '--year', '2019']);
      expect(r.err).toBe('');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
    const noChromium = waiban(dir, ['report', '--out', join(dir, 'y.pdf')], undefined, { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(noChromium.code).toBe(1);
    expect(noChromium.err).toContain('Use --out report.html');
  }, 60_000);
});
