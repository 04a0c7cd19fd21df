import type { OnProgress, Result, WaibanBridge, WorkProgress } from '../../src-main/contract';
import { webProgressHeader, webRpcPath, webTokenHeader } from '../../src-main/contract/transport';
import { transportError } from './errors';

declare global {
  interface Window {
    waiban?: WaibanBridge;
  }
}

export type Transport = (channel: string, input: unknown, onProgress?: OnProgress) => Promise<Result<unknown>>;

const tokenKey = 'waiban.token';

/**
 * The launcher hands the web token over in the URL fragment (never sent to a server). Keep it in
 * sessionStorage so a reload still works, and take it out of the address bar so it is not copied around.
 */
function takeWebToken(): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    sessionStorage.setItem(tokenKey, fromHash);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
    return fromHash;
  }
  return sessionStorage.getItem(tokenKey);
}

/** Taken as this module loads, before the router reads the address; the desktop app has none. */
const token = window.waiban ? null : takeWebToken();

/** The web host's per-launch token, for every request this page makes to it: calls, uploads, downloads. */
export function webToken(): string {
  if (token) return token;
  throw transportError({
    zh: '缺少访问令牌：请打开启动程序打印的完整地址（含 #token=…）',
    en: 'Access token missing: open the full address the launcher printed (with #token=…)',
  });
}

/** Failures that never reached the web host. */
export const unreachable = () =>
  transportError({
    zh: '无法连接本机服务：请确认外办台账仍在运行，然后刷新页面',
    en: 'Cannot reach the local service: check that Waiban is still running, then reload the page',
  });

/** The web host's answer to a call that asked for progress: `{"progress": ...}` lines, then `{"result": ...}`. */
async function readProgressLines(body: ReadableStream<Uint8Array>, onProgress: OnProgress): Promise<Result<unknown>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let rest = '';
  for (;;) {
    const { done, value } = await reader.read();
    rest += decoder.decode(value, { stream: !done });
    const lines = rest.split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const message = JSON.parse(line) as { progress: WorkProgress } | { result: Result<unknown> };
      if ('result' in message) return message.result;
      onProgress(message.progress);
    }
    if (done) throw new Error('answer ended without a result');
  }
}

function webTransport(): Transport {
  return async (channel, input, onProgress) => {
    const token = webToken();
    let response: Response;
    try {
      response = await fetch(webRpcPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [webTokenHeader]: token, ...(onProgress ? { [webProgressHeader]: '1' } : {}) },
        body: JSON.stringify({ channel, input }),
      });
    } catch {
      throw unreachable();
    }
    try {
      if (onProgress && response.ok && response.body) return await readProgressLines(response.body, onProgress);
      return JSON.parse(await response.text()) as Result<unknown>;
    } catch {
      throw transportError({
        zh: `本机服务返回了无法识别的应答（HTTP ${response.status}）：请重新打开启动程序打印的地址`,
        en: `The local service sent an unreadable answer (HTTP ${response.status}): reopen the address the launcher printed`,
      });
    }
  };
}

/** The Electron preload bridge when present, otherwise the loopback web host that served this page. */
export const pickTransport = (): Transport => {
  const bridge = window.waiban;
  return bridge ? (channel, input, onProgress) => bridge.invoke(channel, input, onProgress) : webTransport();
};
