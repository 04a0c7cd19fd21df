import { ipcMain } from 'electron';
import type { Result } from '../contract';
import type { Dispatch } from '../rpc/dispatch';
import { invokeChannel } from './ipcChannel';
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
  ipcMain.handle(invokeChannel, (event, channel: unknown, input: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame && { url: frame.url, isMainFrame: frame.parent === null })) return refused;
    // dispatch validates everything else; a non-string channel simply names no channel.
    return dispatch(typeof channel === 'string' ? channel : '', input);
  });
}
