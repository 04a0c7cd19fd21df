import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDialogOptions, safeFileName, saveDialogOptions, savedPath } from '../../../src-main/electron/fileDialogs';

describe('native file dialogs', () => {
  it('open a file of each kind with a Chinese title and its filter', () => {
    expect(openDialogOptions('bundle')).toMatchObject({
      title: '选择外办台账数据包',
      filters: [{ name: '外办台账数据包 (*.waiban)', extensions: ['waiban'] }],
      properties: ['openFile', 'dontAddToRecent'],
    });
    expect(openDialogOptions('sheet')).toMatchObject({
      title: '选择要导入的表格',
      filters: [{ name: '表格文件 (*.xlsx;*.xls;*.csv)', extensions: ['xlsx', 'xls', 'csv'] }],
    });
    expect(openDialogOptions('document').filters?.map((f) => f.name)).toEqual(['文档和扫描件', '所有文件']);
    expect(openDialogOptions('document').properties).not.toContain('multiSelections');
  });

  it('save under the suggested name in the given folder, asking before replacing a file', () => {
    const bundle = saveDialogOptions('bundle', 'LAW-to-office-2026-01-05.waiban', '/home/li/文档', join);
    expect(bundle).toMatchObject({
      title: '保存外办台账数据包',
      defaultPath: '/home/li/文档/LAW-to-office-2026-01-05.waiban',
      filters: [{ extensions: ['waiban'] }],
    });
    expect(bundle.properties).toContain('showOverwriteConfirmation');
    expect(saveDialogOptions('sheet', '协议-导入模板.xlsx', '/d', join)).toMatchObject({
      title: '保存 Excel 表格',
      filters: [{ extensions: ['xlsx'] }],
    });
    expect(saveDialogOptions('document', '签署版.PDF', '/d', join).filters).toEqual([
      { name: 'PDF 文件', extensions: ['PDF'] },
      { name: '所有文件', extensions: ['*'] },
    ]);
  });

  it('never lets a suggested name leave the folder or carry what a file system refuses', () => {
    expect(safeFileName('../../etc/passwd')).toBe('.._.._etc_passwd');
    expect(safeFileName('C:\\Windows\\协议?.xlsx')).toBe('C__Windows_协议_.xlsx');
    expect(safeFileName('名称. ')).toBe('名称');
    expect(safeFileName('')).toBe('未命名');
    expect(saveDialogOptions('bundle', '../x.waiban', '/d', join).defaultPath).toBe('/d/.._x.waiban');
  });

  it('puts back the extension a bundle or workbook needs when the person typed a name without it', () => {
    expect(savedPath('bundle', '/d/给外事办')).toBe('/d/给外事办.waiban');
    expect(savedPath('bundle', '/d/a.WAIBAN')).toBe('/d/a.WAIBAN');
    expect(savedPath('sheet', '/d/协议')).toBe('/d/协议.xlsx');
    expect(savedPath('document', '/d/scan')).toBe('/d/scan');
  });
});
