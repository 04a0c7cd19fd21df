import type { OnProgress } from './progress';
import type { Result } from './result';

/** What the Electron preload exposes on `window.waiban`: one function, the channel name and its input (and whom to tell how far it got). */
export interface WaibanBridge {
  invoke(channel: string, input: unknown, onProgress?: OnProgress): Promise<Result<unknown>>;
}

/** The web host's single endpoint: POST JSON `{ channel, input }`, answered with a Result envelope. */
export const webRpcPath = '/rpc';
/** Header carrying the per-launch secret; the secret reaches the page in the URL fragment, never in a request. */
export const webTokenHeader = 'x-waiban-token';
/**
 * Header asking the web host for the call's progress: it then answers with NDJSON, `{"progress": ...}` lines while
 * the call runs and one `{"result": ...}` line last.
 */
export const webProgressHeader = 'x-waiban-progress';
/** Largest request body the web host reads. */
export const webMaxBodyBytes = 32 * 1024 * 1024;
