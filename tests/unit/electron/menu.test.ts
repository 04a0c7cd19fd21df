import { describe, expect, it } from 'vitest';
import { appMenuTemplate } from '../../../src-main/electron/menu';

const roles = (template: ReturnType<typeof appMenuTemplate>): string[] =>
  template.flatMap((m) => [m.role ?? '', ...(Array.isArray(m.submenu) ? m.submenu.map((i) => i.role ?? '') : [])]).filter(Boolean);

const labels = (template: ReturnType<typeof appMenuTemplate>): string[] =>
  template.flatMap((m) => [m.label ?? '', ...(Array.isArray(m.submenu) ? m.submenu.map((i) => i.label ?? '') : [])]).filter(Boolean);

describe('the application menu', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has no reload and no developer tools once installed (%s)', (platform) => {
    const installed = roles(appMenuTemplate({ packaged: true, platform }));
    expect(installed).not.toContain('toggleDevTools');
    expect(installed).not.toContain('reload');
    expect(installed).not.toContain('forceReload');
    expect(installed).toEqual(expect.arrayContaining(['copy', 'paste', 'undo', 'zoomIn']));
    expect(roles(appMenuTemplate({ packaged: false, platform }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });

  it('speaks Chinese, menus and items alike', () => {
    for (const platform of ['linux', 'darwin'] as const) {
      const all = labels(appMenuTemplate({ packaged: true, platform }));
      expect(all.length).toBeGreaterThan(10);
      for (const label of all) expect(label).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(appMenuTemplate({ packaged: true, platform: 'win32' }).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    expect(appMenuTemplate({ packaged: true, platform: 'darwin' })[0]?.label).toBe('外办台账');
  });
});
