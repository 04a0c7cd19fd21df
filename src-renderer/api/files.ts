import type { FileHandle, FileKind, OnProgress, Result } from '../../src-main/contract';
import {
  webDownloadPath,
  webFileKindHeader,
  webFileNameHeader,
  webTargetPath,
  webTokenHeader,
  webUploadPath,
} from '../../src-main/contract/transport';
import { downloadBlob, openBlob } from '../util/files';
import { ApiError, transportError } from './errors';
import { unreachable, webToken } from './transport';

/**
 * How the window reaches files without ever holding a path or shipping a file's bytes through a channel: it asks
 * for a file to read or a target to write and gets a handle (FileHandle), which the calls then name.
 */
export interface FilePort {
  /** A file of a kind the person picks, or null when they cancel; `onProgress` hears it being read (an upload). */
  pick(kind: FileKind, onProgress?: OnProgress): Promise<FileHandle | null>;
  /** Where a call is to write a file of a kind, offered under `suggestedName`; null when the person cancels. */
  saveTarget(kind: FileKind, suggestedName: string): Promise<FileHandle | null>;
  /** After a call wrote a target: hands the file to the person (the web host's download; the desktop app wrote it in place). */
  deliver(file: FileHandle): Promise<void>;
  /** A written document shown in a tab, where the platform can (the web host); undefined in the desktop app. */
  view?: (file: FileHandle) => Promise<void>;
}

const value = <T>(result: Result<T>): T => {
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
};

const accepts: Record<FileKind, string> = { bundle: '.waiban', sheet: '.xlsx,.xls,.csv', document: '' };

/** The browser's own file chooser, through a detached input; null once the person cancels it. */
function chooseFile(kind: FileKind): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accepts[kind];
    input.style.display = 'none';
    const done = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => done(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

/** The picked file streamed to the web host (the browser reads it from disk as it sends), answered with its handle. */
function upload(file: File, kind: FileKind, onProgress?: OnProgress): Promise<FileHandle> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', webUploadPath);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader(webTokenHeader, webToken());
    request.setRequestHeader(webFileNameHeader, encodeURIComponent(file.name));
    request.setRequestHeader(webFileKindHeader, kind);
    request.upload.onprogress = (e) => onProgress?.({ stage: 'read', done: e.loaded, total: e.lengthComputable ? e.total : file.size });
    request.onload = () => {
      try {
        resolve(value(JSON.parse(request.responseText) as Result<FileHandle>));
      } catch (err) {
        reject(
          err instanceof ApiError
            ? err
            : transportError({ zh: `上传失败（HTTP ${request.status}）`, en: `The upload failed (HTTP ${request.status})` }),
        );
      }
    };
    request.onerror = () => reject(unreachable());
    onProgress?.({ stage: 'read', done: 0, total: file.size });
    request.send(file);
  });
}

async function webRequest(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: { ...init.headers, [webTokenHeader]: webToken() } });
  } catch {
    throw unreachable();
  }
}

/** A written target from the web host, once: its bytes as a blob (which the browser keeps on disk when large). */
async function download(file: FileHandle): Promise<Blob> {
  const response = await webRequest(`${webDownloadPath}${file.id}`, { method: 'GET' });
  if (!response.ok) value((await response.json()) as Result<never>);
  return response.blob();
}

const webFiles: FilePort = {
  pick: async (kind, onProgress) => {
    const file = await chooseFile(kind);
    return file && upload(file, kind, onProgress);
  },
  saveTarget: async (kind, name) => {
    const response = await webRequest(webTargetPath, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind, name }),
    });
    return value((await response.json()) as Result<FileHandle>);
  },
  deliver: async (file) => downloadBlob(await download(file), file.name),
  view: async (file) => openBlob(await download(file), file.name),
};

/** The desktop app: native dialogs in the main process, which writes a target in place. */
const desktopFiles = (bridge: NonNullable<Window['waiban']>): FilePort => ({
  pick: async (kind) => value(await bridge.pickFile(kind)),
  saveTarget: async (kind, name) => value(await bridge.chooseSaveTarget(kind, name)),
  deliver: async () => {},
});

export const files: FilePort = window.waiban ? desktopFiles(window.waiban) : webFiles;

/**
 * A file the app writes: asks where (the save dialog, or a download in the web host), lets the call write it there,
 * then hands it over. Null when the person cancelled the dialog: nothing was written.
 */
export async function saveFile(
  kind: FileKind,
  suggestedName: string,
  write: (target: FileHandle) => Promise<FileHandle>,
): Promise<FileHandle | null> {
  const target = await files.saveTarget(kind, suggestedName);
  if (!target) return null;
  const written = await write(target);
  await files.deliver(written);
  return written;
}
