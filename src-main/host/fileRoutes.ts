import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { isFileKind, type FileHandle, type Result } from '../contract';
import { webDownloadPath, webFileKindHeader, webFileNameHeader } from '../contract/transport';
import { staticResponseHeaders } from '../serving/csp';
import type { FileHandleRegistry } from '../rpc/fileHandles';
import { tooLarge, type Refusal } from './requestPolicy';
import { uploadCaps } from './uploadCaps';

/** Every handle the web host issues belongs to the one page it serves, whose token all its tabs share. */
export const webOwner = 'web';

/** The web host's files: its handles and the private folder their temporary files live in. */
export interface HostFiles {
  registry: FileHandleRegistry;
  dir: string;
}

export interface FileRouteIo {
  sendJson(res: ServerResponse, status: number, body: Result<unknown>): void;
  sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void;
  /** The parsed JSON body; undefined once a too-large body has been refused, null when it is not JSON. */
  readJsonBody(req: IncomingMessage, res: ServerResponse): Promise<unknown>;
}

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? undefined : value;
};

const badRequest = (zh: string, en: string): Refusal => ({ status: 400, code: 'VALIDATION', reason: { zh, en } });

/** A fresh file name in the host's folder: no name a client sends ever becomes part of a path. */
const newPath = (files: HostFiles) => join(files.dir, randomBytes(16).toString('hex'));

/**
 * Streams a request body to `path`, never holding it whole: paused while the disk catches up, stopped (and
 * 'tooLarge' answered) as soon as it passes the cap, rejected when the client goes away half-way.
 */
function receive(req: IncomingMessage, path: string, cap: number): Promise<{ size: number } | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path, { flags: 'wx' });
    let size = 0;
    let settled = false;
    const stop = () => {
      settled = true;
      req.off('data', onData).off('end', onEnd).off('close', onClose);
      req.resume();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        stop();
        out.destroy();
        resolve('tooLarge');
        return;
      }
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    };
    const onEnd = () => out.end();
    const onClose = () => {
      if (settled || req.complete) return;
      stop();
      out.destroy();
      reject(new Error('the upload was cut off'));
    };
    req.on('data', onData).on('end', onEnd).on('close', onClose);
    out.on('finish', () => {
      if (settled) return;
      settled = true;
      resolve({ size });
    });
    out.on('error', (err) => {
      if (settled) return;
      stop();
      reject(err);
    });
  });
}

/** POST /files/upload: a picked file's bytes into a temporary file, answered with its handle. */
export async function serveUpload(req: IncomingMessage, res: ServerResponse, files: HostFiles, io: FileRouteIo): Promise<void> {
  const kind = header(req, webFileKindHeader);
  let name: string;
  try {
    name = decodeURIComponent(header(req, webFileNameHeader) ?? '');
  } catch {
    name = '';
  }
  if (!isFileKind(kind) || name === '') {
    return io.sendRefusal(req, res, badRequest('上传的文件缺少名称或类型', 'The upload lacks its file name or kind'));
  }
  const path = newPath(files);
  let received: Awaited<ReturnType<typeof receive>>;
  try {
    received = await receive(req, path, uploadCaps[kind]);
  } catch (err) {
    rmSync(path, { force: true });
    throw err;
  }
  if (received === 'tooLarge') {
    rmSync(path, { force: true });
    return io.sendRefusal(req, res, tooLarge(uploadCaps[kind]));
  }
  const handle: FileHandle = files.registry.issue(webOwner, { path, name, size: received.size, access: 'read' });
  io.sendJson(res, 200, { ok: true, value: handle });
}

/** POST /files/target `{ kind, name }`: a target in the host's folder for a call to write, then to download. */
export async function serveTarget(req: IncomingMessage, res: ServerResponse, files: HostFiles, io: FileRouteIo): Promise<void> {
  const body = (await io.readJsonBody(req, res)) as { kind?: unknown; name?: unknown } | null | undefined;
  if (body === undefined) return;
  const kind = body?.kind;
  const name = body?.name;
  if (!isFileKind(kind) || typeof name !== 'string' || name === '') {
    return io.sendJson(res, 400, {
      ok: false,
      error: { code: 'VALIDATION', message: { zh: '保存位置须注明类型和文件名', en: 'A save target needs its kind and file name' } },
    });
  }
  io.sendJson(res, 200, { ok: true, value: files.registry.issue(webOwner, { path: newPath(files), name, size: 0, access: 'write' }) });
}

/** `filename*` carries any script; the plain `filename` is an ASCII stand-in for clients that read only that. */
const disposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** GET /files/download/<id>: what a call wrote to a target, streamed once, then the file and its handle are gone. */
export function serveDownload(req: IncomingMessage, res: ServerResponse, files: HostFiles, io: FileRouteIo): void {
  const id = (req.url ?? '').split('?', 1)[0]!.slice(webDownloadPath.length);
  const found = files.registry.resolve(webOwner, id, 'write');
  if ('refused' in found) return io.sendJson(res, 404, { ok: false, error: found.refused });
  let size: number;
  try {
    size = statSync(found.file.path).size;
  } catch {
    return io.sendJson(res, 404, {
      ok: false,
      error: { code: 'NOT_FOUND', message: { zh: '文件尚未写出', en: 'The file has not been written' } },
    });
  }
  // Claimed as it starts: a second request for it finds nothing, whatever this one's fate.
  files.registry.drop(id);
  res.writeHead(200, {
    ...staticResponseHeaders('application/octet-stream'),
    'Content-Length': size,
    'Content-Disposition': disposition(found.file.name),
  });
  res.once('close', () => rmSync(found.file.path, { force: true }));
  createReadStream(found.file.path)
    .on('error', () => res.destroy())
    .pipe(res);
}
