import { randomBytes } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ErrorCode, Result } from '../contract';
import { webDownloadPath, webMaxBodyBytes, webProgressHeader, webRpcPath, webTargetPath, webUploadPath } from '../contract/transport';
import { staticResponseHeaders } from '../serving/csp';
import type { Dispatch } from '../rpc/dispatch';
import { FileHandleRegistry, filesForCall } from '../rpc/fileHandles';
import { serveDownload, serveTarget, serveUpload, webOwner, type FileRouteIo, type HostFiles } from './fileRoutes';
import { checkRequest, tooLarge, type Refusal } from './requestPolicy';
import { contentTypeFor, resolveStaticPath } from '../serving/staticPath';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** The renderer build (dist-renderer). */
  staticDir: string;
  /** 0 (the default) lets the OS pick a free port, so no fixed port can be squatted or guessed. */
  port?: number;
}

export interface WebHost {
  /** What to open in a browser; the token travels in the fragment, which browsers never send. */
  url: string;
  port: number;
  token: string;
  /** Where uploads and download targets wait: private to this launch, removed on close. */
  filesDir: string;
  close(): Promise<void>;
}

const jsonType = 'application/json; charset=utf-8';
const ndjsonType = 'application/x-ndjson; charset=utf-8';

function sendJson(res: ServerResponse, status: number, body: Result<unknown>): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { ...staticResponseHeaders(jsonType), 'Content-Length': Buffer.byteLength(payload) });
  res.end(payload);
}

/** How long a refused client may keep uploading (into the void) before its connection is cut. */
const lingerMs = 2_000;

/**
 * Answers without reading the body, then discards whatever the client is still sending. Closing at once
 * would reset the connection while the upload is in flight, and the client would see a network error
 * instead of the reason (the "lingering close" web servers do); past the grace period the socket is cut,
 * so nobody can keep the host busy uploading.
 */
function sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  sendJson(res, refusal.status, { ok: false, error: { code: refusal.code, message: refusal.reason } });
  if (req.complete) return;
  req.resume();
  const cut = setTimeout(() => req.socket.destroy(), lingerMs);
  // 'close' comes once the body has ended or the socket is gone, whichever is first.
  req.once('close', () => clearTimeout(cut));
}

/** Reads the body up to the cap; resolves null (and stops reading) as soon as it grows past it. */
function readCappedBody(req: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > webMaxBodyBytes) {
        req.off('data', onData);
        chunks.length = 0;
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const failure = (code: ErrorCode, zh: string, en: string): Result<never> => ({ ok: false, error: { code, message: { zh, en } } });

function parseCall(parsed: unknown): { channel: string; input: unknown } | null {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const { channel, input } = parsed as { channel?: unknown; input?: unknown };
  return typeof channel === 'string' ? { channel, input } : null;
}

/** A JSON body within the cap, parsed; null when it is too large (already refused) or not JSON. */
async function readJsonBody(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
  const body = await readCappedBody(req);
  if (body === null) {
    sendRefusal(req, res, tooLarge(webMaxBodyBytes));
    return undefined;
  }
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}

async function serveRpc(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch, files: HostFiles): Promise<void> {
  const parsed = await readJsonBody(req, res);
  if (parsed === undefined) return;
  const call = parseCall(parsed);
  if (call === null) {
    sendJson(
      res,
      400,
      failure(
        'VALIDATION',
        '请求内容必须是 JSON：{"channel": "…", "input": …}',
        'The request body must be JSON {"channel": "...", "input": ...}',
      ),
    );
    return;
  }
  // The call reaches the files behind its handles only if this host issued them; otherwise it is refused whole.
  const resolved = filesForCall(call.channel, call.input, files.registry, webOwner);
  const run = (progress?: Parameters<Dispatch>[2]): Promise<Result<unknown>> =>
    'refused' in resolved
      ? Promise.resolve({ ok: false, error: resolved.refused })
      : dispatch(call.channel, call.input, progress, resolved.files);
  if (req.headers[webProgressHeader] !== '1') {
    sendJson(res, 200, await run());
    return;
  }
  res.writeHead(200, staticResponseHeaders(ndjsonType));
  const line = (value: unknown) => {
    res.write(`${JSON.stringify(value)}\n`);
    // Node holds a response's writes until the current tick ends, and an import's rows are written in one
    // synchronous transaction: sent now, or the page would see every line at once when the work is over.
    res.socket?.uncork();
  };
  const result = await run((progress) => line({ progress }));
  res.end(`${JSON.stringify({ result })}\n`);
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string): Promise<void> {
  const file = resolveStaticPath(staticDir, (req.url ?? '/').split('?', 1)[0] ?? '/');
  const info = file === null ? null : await stat(file).catch(() => null);
  if (file === null || info === null || !info.isFile()) {
    res.writeHead(404, staticResponseHeaders('text/plain; charset=utf-8'));
    res.end('Not found');
    return;
  }
  res.writeHead(200, { ...staticResponseHeaders(contentTypeFor(file)), 'Content-Length': info.size });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/**
 * The browser transport for `npm run web` and the browser tests: the renderer build plus the handler
 * table on 127.0.0.1 only. Every request passes checkRequest first; no CORS headers are ever sent.
 */
export async function createWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(32).toString('base64url');
  let port = 0;
  // Uploads and download targets: private to this launch, removed when it closes or once a file goes unused an hour.
  const files: HostFiles = { registry: new FileHandleRegistry(), dir: mkdtempSync(join(tmpdir(), 'waiban-web-')) };
  const sweep = setInterval(() => files.registry.sweep().forEach((f) => rmSync(f.path, { force: true })), 10 * 60_000).unref();
  const io: FileRouteIo = { sendJson, sendRefusal, readJsonBody };

  const server = createServer((req, res) => {
    const declared = req.headers['content-length'];
    const refusal = checkRequest(
      {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        bodyLength: declared === undefined ? undefined : Number(declared),
      },
      { port, token },
    );
    if (refusal) {
      sendRefusal(req, res, refusal);
      return;
    }
    const pathname = (req.url ?? '').split('?', 1)[0] ?? '';
    const work =
      pathname === webRpcPath
        ? serveRpc(req, res, options.dispatch, files)
        : pathname === webUploadPath
          ? serveUpload(req, res, files, io)
          : pathname === webTargetPath
            ? serveTarget(req, res, files, io)
            : pathname.startsWith(webDownloadPath)
              ? Promise.resolve(serveDownload(req, res, files, io))
              : serveStatic(req, res, options.staticDir);
    work.catch(() => {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, 500, failure('INTERNAL', '本机服务内部错误', 'Internal error in the local service'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    filesDir: files.dir,
    close: () =>
      new Promise<void>((resolve) => {
        clearInterval(sweep);
        server.close(() => {
          rmSync(files.dir, { recursive: true, force: true });
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
