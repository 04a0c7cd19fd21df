import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webMaxBodyBytes, webTokenHeader } from '../../src-main/contract/transport';
import { createWebHost, type WebHost } from '../../src-main/host/server';
import { openApp, type WaibanApp } from '../../src-main/app/openApp';

/**
 * The real host over real HTTP with the real handler table on a fresh database. Every refusal is paired
 * with an otherwise identical request that succeeds, so removing a guard turns its test red.
 */

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

interface Call {
  method?: string;
  path?: string;
  headers?: Record<string, string | number | undefined>;
  body?: string;
}

let root: string;
let app: WaibanApp;
let host: WebHost;

/** node:http rather than fetch: fetch will not let a test forge Host or omit Origin at will. */
function open(call: Call, onResponse: (res: IncomingMessage) => void): ClientRequest {
  const headers = Object.fromEntries(Object.entries(call.headers ?? {}).filter(([, v]) => v !== undefined)) as Record<
    string,
    string | number
  >;
  return request({ host: '127.0.0.1', port: host.port, method: call.method ?? 'GET', path: call.path ?? '/', headers }, onResponse);
}

function send(call: Call): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = open(call, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(call.body);
  });
}

const rpcCall = (body: unknown, headers: Call['headers'] = {}): Call => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    method: 'POST',
    path: '/rpc',
    body: text,
    headers: {
      host: `127.0.0.1:${host.port}`,
      origin: `http://127.0.0.1:${host.port}`,
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
      [webTokenHeader]: host.token,
      ...headers,
    },
  };
};

const appInfo = { channel: 'app.info', input: {} };
const envelope = (a: Answer) =>
  JSON.parse(a.body) as { ok: boolean; value?: { dataDir: string; locale?: string }; error?: { code: string } };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'waiban-webhost-'));
  const staticDir = join(root, 'dist-renderer');
  mkdirSync(join(staticDir, 'assets'), { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>外办台账</title>');
  writeFileSync(join(staticDir, 'assets', 'index-test.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the build');
  app = await openApp({ dataDir: join(root, 'data'), init: 'default' });
  host = await createWebHost({ dispatch: app.dispatch, staticDir });
});

afterAll(async () => {
  await host?.close();
  app?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('web host', () => {
  it('listens on loopback with a fresh 256-bit token carried in the URL fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers a valid call with the handler table’s envelope', async () => {
    const answer = await send(rpcCall(appInfo));
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(envelope(answer)).toMatchObject({ ok: true, value: { dataDir: join(root, 'data') } });
  });

  it('passes handler errors through as envelopes', async () => {
    const answer = await send(rpcCall({ channel: 'no.such.channel', input: {} }));
    expect(answer.status).toBe(200);
    expect(envelope(answer)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('refuses a call without the token, or with a wrong one, and does not run it', async () => {
    const change = { channel: 'settings.set', input: { locale: 'en' } };
    const before = envelope(await send(rpcCall({ channel: 'settings.get', input: {} }))).value;

    const missing = await send(rpcCall(change, { [webTokenHeader]: undefined }));
    expect(missing.status).toBe(401);
    expect(envelope(missing)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const wrong = await send(rpcCall(change, { [webTokenHeader]: `${host.token.slice(0, -1)}x` }));
    expect(wrong.status).toBe(401);

    expect(envelope(await send(rpcCall({ channel: 'settings.get', input: {} }))).value).toEqual(before);
  });

  it('refuses a foreign Host (DNS rebinding) even with the right token', async () => {
    expect((await send(rpcCall(appInfo, { host: `evil.example:${host.port}` }))).status).toBe(403);
    expect((await send({ path: '/', headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await send(rpcCall(appInfo, { host: `localhost:${host.port}`, origin: `http://localhost:${host.port}` }))).status).toBe(200);
  });

  it('refuses a foreign Origin (CSRF) even with the right token', async () => {
    expect((await send(rpcCall(appInfo, { origin: 'https://evil.example' }))).status).toBe(403);
    expect((await send(rpcCall(appInfo, { origin: 'null' }))).status).toBe(403);
    expect((await send(rpcCall(appInfo, { origin: undefined }))).status).toBe(200);
  });

  it('answers 405 to GET /rpc and 415 to a non-JSON call', async () => {
    expect((await send({ path: '/rpc', headers: { host: `127.0.0.1:${host.port}`, [webTokenHeader]: host.token } })).status).toBe(405);
    expect((await send(rpcCall(appInfo, { 'content-type': 'text/plain' }))).status).toBe(415);
  });

  it('answers 400 to malformed JSON and to JSON that is not a call', async () => {
    const broken = await send(rpcCall('{"channel": "app.info", '));
    expect(broken.status).toBe(400);
    expect(envelope(broken)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await send(rpcCall('[1,2]'))).status).toBe(400);
    expect((await send(rpcCall({ input: {} }))).status).toBe(400);
  });

  it('answers 413 to a body declared over the cap, before reading it', async () => {
    const call = rpcCall(appInfo, { 'content-length': webMaxBodyBytes + 1 });
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = open(call, (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' });
        req.destroy();
      });
      req.on('error', reject);
      req.flushHeaders();
    });
    expect(answer.status).toBe(413);
  });

  it('answers 413 to a chunked body that grows over the cap', async () => {
    const call = rpcCall(appInfo, { 'content-length': undefined });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    const status = await new Promise<number>((resolve, reject) => {
      const req = open(call, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      let sent = 0;
      const pump = () => {
        while (sent <= webMaxBodyBytes) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    // The connection that was refused must not have taken the host down with it.
    expect((await send(rpcCall(appInfo))).status).toBe(200);
  });

  it('serves the build with the CSP and nosniff, and no CORS headers', async () => {
    const page = await send({ path: '/', headers: { host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('外办台账');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(Object.keys(page.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    const script = await send({ path: '/assets/index-test.js', headers: { host: `127.0.0.1:${host.port}` } });
    expect(script.headers['content-type']).toMatch(/^text\/javascript/);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/assets/'])(
    'does not serve %s',
    async (path) => {
      const answer = await send({ path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(answer.status).toBe(404);
      expect(answer.body).not.toContain('outside the build');
    },
  );
});
