import { statSync } from 'node:fs';
import { AppError, type FileAccess, type FileHandle } from '../contract';
import type { CallFiles, ResolvedFile } from './fileHandles';

/** What a handler may do with the file handles of its call: the files the transport resolved for it, and nothing else. */
export interface HandlerFiles {
  /** The picked file a handle names, to read. */
  read(handle: FileHandle): ResolvedFile;
  /** The chosen target a handle names, to write. */
  write(handle: FileHandle): ResolvedFile;
  /** A written target as the window sees it again: its handle with the size written. */
  written(handle: FileHandle): FileHandle;
}

const notResolved = () =>
  new AppError('FORBIDDEN', {
    zh: '这一操作没有可用的文件：请通过“选择文件”或“保存”对话框重新选择。',
    en: 'No file was given to this operation: choose it again through the open or save dialog.',
  });

/** The handler side of CallFiles; a handle the transport did not resolve for this use is refused. */
export function handlerFiles(files: CallFiles = {}): HandlerFiles {
  const find = (handle: FileHandle, access: FileAccess): ResolvedFile => {
    const file = Object.prototype.hasOwnProperty.call(files, handle.id) ? files[handle.id] : undefined;
    if (!file || file.access !== access) throw notResolved();
    return file;
  };
  return {
    read: (handle) => find(handle, 'read'),
    write: (handle) => find(handle, 'write'),
    written: (handle) => {
      const file = find(handle, 'write');
      return { id: handle.id, name: file.name, size: statSync(file.path).size };
    },
  };
}
