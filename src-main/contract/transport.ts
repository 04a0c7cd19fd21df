import type { Result } from './result';

/** What the Electron preload exposes on `window.waiban`: one function, the channel name and its input. */
export interface WaibanBridge {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
}

/** The web host's single endpoint: POST JSON `{ channel, input }`, answered with a Result envelope. */
export const webRpcPath = '/rpc';
/** Header carrying the per-launch secret; the secret reaches the page in the URL fragment, never in a request. */
export const webTokenHeader = 'x-waiban-token';
/** Largest request body the web host reads. */
export const webMaxBodyBytes = 32 * 1024 * 1024;
