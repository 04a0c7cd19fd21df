import { ipcMain } from 'electron';
import type { WorkProgress } from '../contract';
import type { Dispatch } from '../rpc/dispatch';
import { filesForCall, type FileHandleRegistry } from '../rpc/fileHandles';
import { ownerOf } from './fileIpc';
import { invokeChannel, progressChannel } from './ipcChannel';
import { refusedSender, senderIsTrusted } from './ipcSender';

/**
 * The Electron transport: the handler table behind one IPC channel, reachable only from the app's own page. The
 * file handles a call names are mapped to paths here, from the handles this window's dialogs issued, before the call
 * is dispatched; a call naming any other handle is refused whole.
 */
export function serveDispatchOverIpc(dispatch: Dispatch, registry: FileHandleRegistry): void {
  ipcMain.handle(invokeChannel, (event, channel: unknown, input: unknown, callId: unknown) => {
    if (!senderIsTrusted(event)) return refusedSender;
    // dispatch validates everything else; a non-string channel simply names no channel.
    const name = typeof channel === 'string' ? channel : '';
    const resolved = filesForCall(name, input, registry, ownerOf(event.sender));
    if ('refused' in resolved) return { ok: false, error: resolved.refused };
    // A call that asked for progress names itself; its reports go back to the window that asked, under that name.
    const progress =
      typeof callId === 'string'
        ? (p: WorkProgress) => {
            if (!event.sender.isDestroyed()) event.sender.send(progressChannel, callId, p);
          }
        : undefined;
    return dispatch(name, input, progress, resolved.files);
  });
}
