import type { Result } from '../contract';
import { isAppUrl } from './urlPolicy';

/** What the IPC adapter knows about the frame a call came from (Electron's WebFrameMain, reduced). */
export interface SenderFrame {
  url: string;
  isMainFrame: boolean;
}

/**
 * Only the app's own top-level document may call the handler table. A subframe or any page that got
 * loaded by mistake (a navigation the policy missed, an injected iframe) is refused before dispatch.
 * A frame Electron can no longer resolve (null: navigated away or destroyed) is refused too.
 */
export const isTrustedSender = (frame: SenderFrame | null): boolean => frame !== null && frame.isMainFrame && isAppUrl(frame.url);

/** An IPC event as far as the sender check reads it (Electron's IpcMainInvokeEvent, reduced). */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null;
}

export const senderIsTrusted = (event: SenderEvent): boolean => {
  const frame = event.senderFrame;
  return isTrustedSender(frame && { url: frame.url, isMainFrame: frame.parent === null });
};

/** The answer to a call from anywhere but the app's own window. */
export const refusedSender: Result<never> = {
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: { zh: '请求来源不受信任，已拒绝', en: 'Request refused: it did not come from the Waiban window' },
  },
};
