import { ipcMain } from 'electron';
import type { Result, WorkProgress } from '../contract';
import type { Dispatch } from '../rpc/dispatch';
import { invokeChannel, progressChannel } from './ipcChannel';
import { isTrustedSender } from './ipcSender';

const refused: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: { zh: '请求来源不受信任，已拒绝', en: 'Request refused: it did not come from the Waiban window' },
  },
};

/** The Electron transport: the handler table behind one IPC channel, reachable only from the app's own page. */
export function serveDispatchOverIpc(dispatch: Dispatch): void {
  ipcMain.handle(invokeChannel, (event, channel: unknown, input: unknown, callId: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame && { url: frame.url, isMainFrame: frame.parent === null })) return refused;
    // A call that asked for progress names itself; its reports go back to the window that asked, under that name.
    const progress = typeof callId === 'string'
      ? (p: WorkProgress) => {
        if (!event.sender.isDestroyed()) event.sender.send(progressChannel, callId, p);
      }
      : undefined;
    // dispatch validates everything else; a non-string channel simply names no channel.
    return dispatch(typeof channel === 'string' ? channel : '', input, progress);
  });
}
