import { createHash, timingSafeEqual } from 'node:crypto';
import type { ErrorCode, Localized } from '../contract';
import { webMaxBodyBytes, webRpcPath, webTokenHeader } from '../contract/transport';

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

/**
 * Decides, before any body is read, whether the loopback host may serve a request; null means yes.
 *
 * - Host must name the loopback listener: a page on evil.example whose DNS rebinds to 127.0.0.1 still
 *   sends `Host: evil.example`, so it is turned away (DNS-rebinding guard).
 * - Origin, when a browser sends one, must be this host (CSRF guard for other local or remote pages).
 * - /rpc takes only POST of JSON with the per-launch token, within the size cap. The token reaches the page
 *   in the URL fragment, so another page on the machine cannot know it.
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

  const pathname = request.path.split('?', 1)[0];
  if (pathname !== webRpcPath) {
    if (request.method === 'GET' || request.method === 'HEAD') return null;
    return refuse(405, 'FORBIDDEN', '此地址只允许读取', 'Only GET is allowed here');
  }

  if (request.method !== 'POST') return refuse(405, 'FORBIDDEN', '此地址只接受 POST 请求', 'Only POST is allowed here');
  const mediaType = single(headers['content-type'])?.split(';', 1)[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') {
    return refuse(415, 'FORBIDDEN', '请求必须是 JSON（application/json）', 'The request must be JSON (application/json)');
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
  if (request.bodyLength !== undefined && request.bodyLength > webMaxBodyBytes) return tooLarge();
  return null;
}

/** Also used by the server when a body without Content-Length grows past the cap while being read. */
export const tooLarge = (): Refusal =>
  refuse(
    413,
    'FILE_TOO_LARGE',
    `请求过大（上限 ${webMaxBodyBytes / 1024 / 1024} MB）`,
    `Request too large (limit ${webMaxBodyBytes / 1024 / 1024} MB)`,
  );
