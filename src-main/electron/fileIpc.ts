import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { isFileKind, type FileHandle, type Result } from '../contract';
import type { FileHandleRegistry } from '../rpc/fileHandles';
import { openDialogOptions, saveDialogOptions, savedPath } from './fileDialogs';
import { refusedSender, senderIsTrusted } from './ipcSender';
import { pickFileChannel, saveTargetChannel } from './ipcChannel';

/** A window's handles are its own: its webContents id names them, and they go when it closes. */
export const ownerOf = (contents: WebContents): string => `window-${contents.id}`;

const badKind: Result<never> = { ok: false, error: { code: 'VALIDATION', message: { zh: '未知的文件类型', en: 'Unknown kind of file' } } };

/**
 * The preload's two dialogs, answered in the main process: a native open dialog for a file of a kind to read, and
 * a native save dialog for a target to write. Each answers a handle that only the asking window can use, for that
 * use only (rpc/fileHandles.ts); the path stays here.
 */
export function serveFileDialogs(registry: FileHandleRegistry): void {
  const known = new Set<number>();
  const issue = (event: IpcMainInvokeEvent, file: Parameters<FileHandleRegistry['issue']>[1]): FileHandle => {
    const contents = event.sender;
    if (!known.has(contents.id)) {
      known.add(contents.id);
      contents.once('destroyed', () => registry.dropOwner(ownerOf(contents)));
    }
    return registry.issue(ownerOf(contents), file);
  };

  ipcMain.handle(pickFileChannel, async (event, kind: unknown): Promise<Result<FileHandle | null>> => {
    if (!senderIsTrusted(event)) return refusedSender;
    if (!isFileKind(kind)) return badKind;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = openDialogOptions(kind);
    const answer = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const path = answer.filePaths[0];
    if (answer.canceled || path === undefined) return { ok: true, value: null };
    const { size } = await stat(path);
    return { ok: true, value: issue(event, { path, name: basename(path), size, access: 'read' }) };
  });

  ipcMain.handle(saveTargetChannel, async (event, kind: unknown, suggestedName: unknown): Promise<Result<FileHandle | null>> => {
    if (!senderIsTrusted(event)) return refusedSender;
    if (!isFileKind(kind)) return badKind;
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = saveDialogOptions(kind, typeof suggestedName === 'string' ? suggestedName : '', app.getPath('documents'), join);
    const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (answer.canceled || !answer.filePath) return { ok: true, value: null };
    const path = savedPath(kind, answer.filePath);
    return { ok: true, value: issue(event, { path, name: basename(path), size: 0, access: 'write' }) };
  });
}
