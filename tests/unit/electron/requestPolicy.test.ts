import { describe, expect, it } from 'vitest';
import { webFileKindHeader, webMaxBodyBytes, webTokenHeader } from '../../../src-main/contract/transport';
import { checkRequest, type RequestFacts } from '../../../src-main/host/requestPolicy';
import { uploadCaps } from '../../../src-main/host/uploadCaps';

const secrets = { port: 43117, token: 'tok-3f9a' };

const rpc = (over: Partial<RequestFacts> & { headers?: RequestFacts['headers'] } = {}): RequestFacts => ({
  method: 'POST',
  path: '/rpc',
  bodyLength: 40,
  ...over,
  headers: {
    host: '127.0.0.1:43117',
    origin: 'http://127.0.0.1:43117',
    'content-type': 'application/json',
    [webTokenHeader]: 'tok-3f9a',
    ...over.headers,
  },
});

const page = (path: string, headers: RequestFacts['headers'] = {}, method = 'GET'): RequestFacts => ({
  method,
  path,
  bodyLength: undefined,
  headers: { host: '127.0.0.1:43117', ...headers },
});

describe('web host request policy', () => {
  it('admits a well-formed call from the app page, on either loopback name', () => {
    expect(checkRequest(rpc(), secrets)).toBeNull();
    expect(checkRequest(rpc({ headers: { host: 'localhost:43117', origin: 'http://localhost:43117' } }), secrets)).toBeNull();
    expect(checkRequest(rpc({ headers: { 'content-type': 'application/json; charset=utf-8' } }), secrets)).toBeNull();
    expect(checkRequest(rpc({ headers: { origin: undefined } }), secrets)).toBeNull();
  });

  it('serves the build to GET and HEAD without a token', () => {
    expect(checkRequest(page('/'), secrets)).toBeNull();
    expect(checkRequest(page('/assets/index-x.js?v=1'), secrets)).toBeNull();
    expect(checkRequest(page('/index.html', {}, 'HEAD'), secrets)).toBeNull();
  });

  describe('DNS rebinding: the Host header must name this listener', () => {
    it.each([
      ['evil.example:43117'],
      ['127.0.0.1:1'],
      ['127.0.0.1'],
      ['localhost'],
      ['127.0.0.1.evil.example:43117'],
      ['[::1]:43117'],
      ['0.0.0.0:43117'],
    ])('refuses Host %s, for calls and for pages', (host) => {
      expect(checkRequest(rpc({ headers: { host } }), secrets)?.status).toBe(403);
      expect(checkRequest(page('/', { host }), secrets)?.status).toBe(403);
    });

    it('refuses a missing or repeated Host', () => {
      expect(checkRequest(rpc({ headers: { host: undefined } }), secrets)?.status).toBe(403);
      expect(checkRequest(rpc({ headers: { host: ['127.0.0.1:43117', 'evil.example'] } }), secrets)?.status).toBe(403);
    });
  });

  describe('CSRF: a browser-sent Origin must be this host', () => {
    it.each(['https://evil.example', 'http://127.0.0.1:1', 'http://localhost:43118', 'null', 'https://127.0.0.1:43117', 'app://waiban'])(
      'refuses Origin %s',
      (origin) => {
        expect(checkRequest(rpc({ headers: { origin } }), secrets)?.status).toBe(403);
        expect(checkRequest(page('/', { origin }), secrets)?.status).toBe(403);
      },
    );
  });

  it('answers 405 to anything but POST on /rpc and anything but GET/HEAD elsewhere', () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      expect(checkRequest(rpc({ method }), secrets)?.status).toBe(405);
    }
    expect(checkRequest(rpc({ method: 'POST', path: '/index.html' }), secrets)?.status).toBe(405);
    expect(checkRequest(page('/', {}, 'OPTIONS'), secrets)?.status).toBe(405);
  });

  it.each([undefined, 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'answers 415 to a call sent as %s (what a cross-site form could send)',
    (contentType) => {
      expect(checkRequest(rpc({ headers: { 'content-type': contentType } }), secrets)?.status).toBe(415);
    },
  );

  it.each([
    ['missing', undefined],
    ['wrong', 'tok-3f9b'],
    ['a prefix', 'tok-3f9'],
    ['longer', 'tok-3f9a-and-more'],
    ['empty', ''],
    ['repeated', ['tok-3f9a', 'tok-3f9a']],
  ])('answers 401 when the token is %s', (_label, token) => {
    expect(checkRequest(rpc({ headers: { [webTokenHeader]: token } }), secrets)?.status).toBe(401);
  });

  it('answers 413 when the declared body exceeds the cap, and admits it at the cap', () => {
    expect(checkRequest(rpc({ bodyLength: webMaxBodyBytes + 1 }), secrets)?.status).toBe(413);
    expect(checkRequest(rpc({ bodyLength: webMaxBodyBytes }), secrets)).toBeNull();
  });

  it('explains every refusal in both languages', () => {
    const refusal = checkRequest(rpc({ headers: { [webTokenHeader]: undefined } }), secrets);
    expect(refusal?.reason.zh).toMatch(/令牌/);
    expect(refusal?.reason.en).toMatch(/token/i);
  });

  describe('the file endpoints: the same token, Host and Origin as /rpc', () => {
    const upload = (over: Partial<RequestFacts> & { headers?: RequestFacts['headers'] } = {}) =>
      rpc({
        path: '/files/upload',
        bodyLength: 150 * 1024 * 1024,
        ...over,
        headers: { 'content-type': 'application/octet-stream', [webFileKindHeader]: 'bundle', ...over.headers },
      });
    const target = (over: Partial<RequestFacts> & { headers?: RequestFacts['headers'] } = {}) => rpc({ path: '/files/target', ...over });
    const download = (over: { headers?: RequestFacts['headers'] } = {}) =>
      rpc({
        method: 'GET',
        path: `/files/download/${'a'.repeat(32)}`,
        bodyLength: undefined,
        headers: { 'content-type': undefined, ...over.headers },
      });

    it('admits an upload of raw bytes far past the JSON cap, a target request and a download', () => {
      expect(checkRequest(upload(), secrets)).toBeNull();
      expect(checkRequest(target(), secrets)).toBeNull();
      expect(checkRequest(download(), secrets)).toBeNull();
    });

    it('refuses each without the token, from another Host or Origin', () => {
      for (const make of [upload, target, download] as const) {
        expect(checkRequest(make({ headers: { [webTokenHeader]: undefined } }), secrets)?.status).toBe(401);
        expect(checkRequest(make({ headers: { host: 'evil.example:43117' } }), secrets)?.status).toBe(403);
        expect(checkRequest(make({ headers: { origin: 'https://evil.example' } }), secrets)?.status).toBe(403);
      }
      // A download is a data read: unlike the build's pages it needs the token.
      expect(checkRequest(page(`/files/download/${'a'.repeat(32)}`), secrets)?.status).toBe(401);
    });

    it('takes an upload only as raw bytes of a named kind, within that kind’s cap', () => {
      expect(checkRequest(upload({ headers: { 'content-type': 'multipart/form-data; boundary=x' } }), secrets)?.status).toBe(415);
      expect(checkRequest(upload({ method: 'PUT' }), secrets)?.status).toBe(405);
      expect(checkRequest(upload({ headers: { [webFileKindHeader]: undefined } }), secrets)?.status).toBe(400);
      expect(checkRequest(upload({ headers: { [webFileKindHeader]: 'executable' } }), secrets)?.status).toBe(400);
      expect(checkRequest(upload({ headers: { [webFileKindHeader]: 'sheet' }, bodyLength: uploadCaps.sheet + 1 }), secrets)?.status).toBe(
        413,
      );
      expect(checkRequest(upload({ headers: { [webFileKindHeader]: 'sheet' }, bodyLength: uploadCaps.sheet }), secrets)).toBeNull();
      expect(checkRequest(upload({ bodyLength: uploadCaps.bundle + 1 }), secrets)?.status).toBe(413);
    });

    it('takes a target request only as JSON, and a download only by GET', () => {
      expect(checkRequest(target({ headers: { 'content-type': 'text/plain' } }), secrets)?.status).toBe(415);
      expect(checkRequest(download({ headers: { 'content-type': 'application/json' } }), secrets)).toBeNull();
      expect(checkRequest(rpc({ path: `/files/download/${'a'.repeat(32)}` }), secrets)?.status).toBe(405);
    });
  });
});
