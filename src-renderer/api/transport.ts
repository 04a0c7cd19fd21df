import type { Result, WaibanBridge } from '../../src-main/contract';
import { webRpcPath, webTokenHeader } from '../../src-main/contract/transport';
import { transportError } from './errors';

declare global {
  interface Window {
    waiban?: WaibanBridge;
  }
}

export type Transport = (channel: string, input: unknown) => Promise<Result<unknown>>;

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

function webTransport(): Transport {
  const token = takeWebToken();
  return async (channel, input) => {
    if (!token) {
      throw transportError({
        zh: '缺少访问令牌：请打开启动程序打印的完整地址（含 #token=…）',
        en: 'Access token missing: open the full address the launcher printed (with #token=…)',
      });
    }
    let response: Response;
    try {
      response = await fetch(webRpcPath, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [webTokenHeader]: token },
        body: JSON.stringify({ channel, input }),
      });
    } catch {
      throw transportError({
        zh: '无法连接本机服务：请确认外办台账仍在运行，然后刷新页面',
        en: 'Cannot reach the local service: check that Waiban is still running, then reload the page',
      });
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as Result<unknown>;
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
  return bridge ? (channel, input) => bridge.invoke(channel, input) : webTransport();
};
