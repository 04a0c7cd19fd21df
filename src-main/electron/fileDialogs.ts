import type { FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { FileKind } from '../contract';

interface KindDialogs {
  open: { title: string; filters: FileFilter[] };
  save: { title: string; filters: FileFilter[] };
  /** The extension a saved file of this kind must carry for the app to open it again; none for documents. */
  extension?: string;
}

const allFiles: FileFilter = { name: '所有文件', extensions: ['*'] };

/** The native dialogs' titles and filters, in Chinese as the office reads them. */
const kinds: Record<FileKind, KindDialogs> = {
  bundle: {
    open: { title: '选择外办台账数据包', filters: [{ name: '外办台账数据包 (*.waiban)', extensions: ['waiban'] }] },
    save: { title: '保存外办台账数据包', filters: [{ name: '外办台账数据包 (*.waiban)', extensions: ['waiban'] }] },
    extension: 'waiban',
  },
  sheet: {
    open: { title: '选择要导入的表格', filters: [{ name: '表格文件 (*.xlsx;*.xls;*.csv)', extensions: ['xlsx', 'xls', 'csv'] }] },
    save: { title: '保存 Excel 表格', filters: [{ name: 'Excel 工作簿 (*.xlsx)', extensions: ['xlsx'] }] },
    extension: 'xlsx',
  },
  document: {
    open: {
      title: '选择文件',
      filters: [
        {
          name: '文档和扫描件',
          extensions: ['pdf', 'ofd', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'jpg', 'jpeg', 'png', 'tif', 'tiff', 'txt'],
        },
        allFiles,
      ],
    },
    save: { title: '保存文件', filters: [allFiles] },
  },
};

export function openDialogOptions(kind: FileKind): OpenDialogOptions {
  return { ...kinds[kind].open, properties: ['openFile', 'dontAddToRecent'] };
}

/** A name the file systems of all three platforms accept: no folders, no reserved characters, no trailing dots. */
export function safeFileName(name: string): string {
  const clean = name
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return clean === '' ? '未命名' : clean.slice(0, 200);
}

/** `folder`: where the dialog opens (the user's documents). A document keeps its own extension as the only filter. */
export function saveDialogOptions(
  kind: FileKind,
  suggestedName: string,
  folder: string,
  join: (...parts: string[]) => string,
): SaveDialogOptions {
  const name = safeFileName(suggestedName);
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1];
  const filters =
    kind === 'document' && ext ? [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext] }, allFiles] : kinds[kind].save.filters;
  return {
    title: kinds[kind].save.title,
    defaultPath: join(folder, name),
    filters,
    properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'],
  };
}

/**
 * The path a save dialog answered, with the kind's extension when the person typed a name without it (GTK's dialog
 * does not add it): a bundle or workbook without its extension would not show in the open dialog that reads it.
 */
export function savedPath(kind: FileKind, path: string): string {
  const ext = kinds[kind].extension;
  return ext && !path.toLowerCase().endsWith(`.${ext}`) ? `${path}.${ext}` : path;
}
