import type { FileHandle, FileKind } from './files';
import type { OnProgress } from './progress';
import type { Result } from './result';

/**
 * What the Electron preload exposes on `window.waiban`: the channel call (its name and input, and whom to tell how
 * far it got), and the two dialogs that hand out file handles: a file of a kind to read, a target of a kind to write
 * (offered under a suggested name). A dialog the person cancels answers null.
 */
export interface WaibanBridge {
  invoke(channel: string, input: unknown, onProgress?: OnProgress): Promise<Result<unknown>>;
  pickFile(kind: FileKind): Promise<Result<FileHandle | null>>;
  chooseSaveTarget(kind: FileKind, suggestedName: string): Promise<Result<FileHandle | null>>;
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
/** Largest JSON request body the web host reads (files travel through the upload endpoint instead). */
export const webMaxBodyBytes = 32 * 1024 * 1024;

/**
 * The web host's file endpoints, behind the same token, Host and Origin checks as /rpc. An upload is POSTed as
 * raw bytes (its name and kind in headers) and streamed to a temporary file, answered with the handle of a picked
 * file; a save target is asked for with POST JSON `{ kind, name }`; what a call wrote to a target is fetched once
 * with GET from the download path followed by the handle's id.
 */
export const webUploadPath = '/files/upload';
export const webTargetPath = '/files/target';
export const webDownloadPath = '/files/download/';
/** The upload's file name (URI-encoded, so any script travels in a header) and kind. */
export const webFileNameHeader = 'x-waiban-file-name';
export const webFileKindHeader = 'x-waiban-file-kind';
