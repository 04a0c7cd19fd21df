import { createHash, timingSafeEqual } from 'node:crypto';
import { isFileKind, type ErrorCode, type Localized } from '../contract';
import {
  webDownloadPath,
  webFileKindHeader,
  webMaxBodyBytes,
  webRpcPath,
  webTargetPath,
  webTokenHeader,
  webUploadPath,
} from '../contract/transport';
import { uploadCaps } from './uploadCaps';

export interface RequestFacts {
  method: string;
  /** The request target as sent, query included (`/assets/x.js?v=1`). */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Declared Content-Length; undefined for chunked bodies, which the server caps while reading. */
  bodyLength: number | undefined;
}

export interface HostSecrets {
  port: number;
  token: string;
}

export interface Refusal {
  status: number;
  code: ErrorCode;
  reason: Localized;
}

const refuse = (status: number, code: ErrorCode, zh: string, en: string): Refusal => ({ status, code, reason: { zh, en } });

/** Node joins or keeps repeated headers; a repeated security header is ambiguous, so it counts as absent-and-wrong. */
const single = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? undefined : value);

const loopbackAuthorities = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

/** Hashing first makes the comparison constant-time even when the lengths differ. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** What a token-bearing endpoint accepts: its method and, for a body, its media type and cap. */
interface Endpoint {
  method: 'GET' | 'POST';
  mediaType?: 'application/json' | 'application/octet-stream';
  cap?: (headers: RequestFacts['headers']) => number | null;
}

const jsonCap = () => webMaxBodyBytes;
/** An upload's cap is its kind's; an upload that names no kind is refused. */
const uploadCap = (headers: RequestFacts['headers']) => {
  const kind = single(headers[webFileKindHeader]);
  return isFileKind(kind) ? uploadCaps[kind] : null;
};

function endpointOf(pathname: string): Endpoint | undefined {
  if (pathname === webRpcPath || pathname === webTargetPath) return { method: 'POST', mediaType: 'application/json', cap: jsonCap };
  if (pathname === webUploadPath) return { method: 'POST', mediaType: 'application/octet-stream', cap: uploadCap };
  if (pathname.startsWith(webDownloadPath)) return { method: 'GET' };
  return undefined;
}

/**
 * Decides, before any body is read, whether the loopback host may serve a request; null means yes.
 *
 * - Host must name the loopback listener: a page on evil.example whose DNS rebinds to 127.0.0.1 still
 *   sends `Host: evil.example`, so it is turned away (DNS-rebinding guard).
 * - Origin, when a browser sends one, must be this host (CSRF guard for other local or remote pages).
 * - /rpc and the file endpoints (upload, save target, download) take only their method and media type, with the
 *   per-launch token, within their size cap. The token reaches the page in the URL fragment, so another page on
 *   the machine cannot know it.
 * - Everything else is the renderer build: GET/HEAD only, no token (it holds no data).
 */
export function checkRequest(request: RequestFacts, secrets: HostSecrets): Refusal | null {
  const { headers } = request;
  const host = single(headers.host)?.toLowerCase();
  if (host === undefined || !loopbackAuthorities(secrets.port).includes(host)) {
    return refuse(403, 'FORBIDDEN', '请求的主机名不是本机服务，已拒绝', 'Refused: the Host header does not name this local service');
  }
  const origin = headers.origin;
  if (origin !== undefined) {
    const allowed = loopbackAuthorities(secrets.port).map((a) => `http://${a}`);
    if (!allowed.includes(single(origin)?.toLowerCase() ?? '')) {
      return refuse(403, 'FORBIDDEN', '请求来自其他网页，已拒绝', 'Refused: the request came from another web page');
    }
  }

  const endpoint = endpointOf(request.path.split('?', 1)[0] ?? '');
  if (!endpoint) {
    if (request.method === 'GET' || request.method === 'HEAD') return null;
    return refuse(405, 'FORBIDDEN', '此地址只允许读取', 'Only GET is allowed here');
  }

  if (request.method !== endpoint.method) {
    return refuse(405, 'FORBIDDEN', `此地址只接受 ${endpoint.method} 请求`, `Only ${endpoint.method} is allowed here`);
  }
  if (endpoint.mediaType) {
    const mediaType = single(headers['content-type'])?.split(';', 1)[0]?.trim().toLowerCase();
    if (mediaType !== endpoint.mediaType) {
      return refuse(415, 'FORBIDDEN', `请求内容必须是 ${endpoint.mediaType}`, `The request must be ${endpoint.mediaType}`);
    }
  }
  const token = single(headers[webTokenHeader]);
  if (token === undefined || !sameSecret(token, secrets.token)) {
    return refuse(
      401,
      'FORBIDDEN',
      '访问令牌缺失或不正确：请打开启动程序打印的完整地址',
      'Access token missing or wrong: open the full address the launcher printed',
    );
  }
  if (endpoint.cap) {
    const cap = endpoint.cap(headers);
    if (cap === null) return refuse(400, 'VALIDATION', '上传的文件未注明类型', 'The upload does not say what kind of file it is');
    if (request.bodyLength !== undefined && request.bodyLength > cap) return tooLarge(cap);
  }
  return null;
}

/** Also used by the server when a body without Content-Length grows past the cap while being read. */
export const tooLarge = (cap: number): Refusal =>
  refuse(413, 'FILE_TOO_LARGE', `请求过大（上限 ${cap / 1024 / 1024} MB）`, `Request too large (limit ${cap / 1024 / 1024} MB)`);
