import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src-main/contract';
import { addDemoData } from '../../../src-main/services/demo';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { waiban } from '../../support/cli';
import { changeCount } from '../../support/delegations';
import { refusalOf } from '../../support/refusal';
import { closeApp, tempApp, tempDir } from '../../support/tempApp';

describe('what a role may write, on every path', () => {
  it('refuses sample data on a review computer and on a department laptop, writing nothing', async () => {
    const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    const before = changeCount(review);
    const readOnly = refusalOf(() => addDemoData(review.ctx, review.writer, 20));
    expect(readOnly.code).toBe('READ_ONLY');
    expect(readOnly.localized.zh).toContain('只读审阅安装，不能生成示例数据');
    expect(changeCount(review)).toBe(before);

    const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] });
    const count = changeCount(laptop);
    const forbidden = refusalOf(() => addDemoData(laptop.ctx, laptop.writer, 20));
    expect(forbidden.code).toBe('FORBIDDEN');
    expect(forbidden.localized.en).toContain('only an office installation takes it');
    expect(changeCount(laptop)).toBe(count);
  });

  it("says so on the command line, in the terminal's language", async () => {
    const dir = tempDir();
    const app = await tempApp({ name: '领导审阅', role: 'review', departments: [] }, dir);
    closeApp(app);
    const en = waiban(dir, ['demo', '--records', '10']);
    expect(en.code).toBe(1);
    expect(en.err).toContain('read-only review installation; it takes no sample data');
    const zh = waiban(dir, ['demo', '--records', '10'], undefined, { WAIBAN_LANG: 'zh_CN.UTF-8' });
    expect(zh.err).toContain('只读审阅安装，不能生成示例数据');
  });

  it('refuses every export on a review computer, with or without a destination', async () => {
    const review = await tempApp({ name: '领导审阅', role: 'review', departments: [] });
    for (const to of [undefined, 'office' as const]) {
      const err = await exportBundle(review.ctx, { out: join(tempDir(), 'x.waiban'), to }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).localized.zh).toContain('只读审阅安装，不导出数据包');
    }
  });
});
