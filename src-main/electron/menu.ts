import type { MenuItemConstructorOptions } from 'electron';

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The application menu, in Chinese. An installed build has no reload and no developer tools (a reload mid-import
 * would drop the window's view of it, and the tools would open the page to anyone at the desk); `npm start` keeps
 * both for development. Roles give each item its platform's accelerator.
 */
export function appMenuTemplate(o: { packaged: boolean; platform: NodeJS.Platform }): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  const development: MenuItemConstructorOptions[] = o.packaged
    ? []
    : [
        { role: 'reload', label: '重新加载' },
        { role: 'forceReload', label: '强制重新加载' },
        { role: 'toggleDevTools', label: '开发者工具' },
        separator,
      ];
  return [
    ...(mac
      ? [
          {
            label: '外办台账',
            submenu: [
              { role: 'about', label: '关于外办台账' },
              separator,
              { role: 'hide', label: '隐藏外办台账' },
              { role: 'hideOthers', label: '隐藏其他' },
              { role: 'unhide', label: '全部显示' },
              separator,
              { role: 'quit', label: '退出外办台账' },
            ],
          } satisfies MenuItemConstructorOptions,
        ]
      : []),
    { label: '文件', submenu: [mac ? { role: 'close', label: '关闭窗口' } : { role: 'quit', label: '退出' }] },
    {
      label: '编辑',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        separator,
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图',
      submenu: [
        ...development,
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        separator,
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    {
      label: '窗口',
      submenu: [
        { role: 'minimize', label: '最小化' },
        ...(mac ? [{ role: 'zoom', label: '缩放' } as const] : [{ role: 'close', label: '关闭' } as const]),
      ],
    },
    ...(mac ? [] : [{ label: '帮助', submenu: [{ role: 'about', label: '关于外办台账' }] } satisfies MenuItemConstructorOptions]),
  ];
}
