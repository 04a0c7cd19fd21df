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
export const isTrustedSender = (frame: SenderFrame | null): boolean =>
  frame !== null && frame.isMainFrame && isAppUrl(frame.url);
