import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileHandle, FileRef, Result } from '../../src-main/contract';
import { webFileKindHeader, webFileNameHeader, webMaxBodyBytes, webTokenHeader } from '../../src-main/contract/transport';
import { uploadCaps } from '../../src-main/host/uploadCaps';
import { createWebHost, type WebHost } from '../../src-main/host/server';
import { openApp, type WaibanApp } from '../../src-main/app/openApp';
import { partnerValues } from '../support/tempApp';

/**
 * The web host's file endpoints over real HTTP, with the real handler table: what the window does where there is no
 * native dialog. Bodies are sent in chunks, as a browser streams a picked file.
 */

let root: string;
let app: WaibanApp;
let host: WebHost;

const base = () => `http://127.0.0.1:${host.port}`;
const tokenHeaders = () => ({ [webTokenHeader]: host.token, origin: base() });

/** A body sent in 1 MB chunks, with no length declared: the host learns the size only by reading it. */
const chunked = (bytes: Buffer) =>
  Readable.toWeb(
    Readable.from(
      (function* () {
        for (let at = 0; at < bytes.length; at += 1024 * 1024) yield bytes.subarray(at, at + 1024 * 1024);
      })(),
    ),
  ) as ReadableStream<Uint8Array>;

async function upload(
  bytes: Buffer,
  name: string,
  kind: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: Result<FileHandle> }> {
  const response = await fetch(`${base()}/files/upload`, {
    method: 'POST',
    headers: {
      ...tokenHeaders(),
      'content-type': 'application/octet-stream',
      [webFileNameHeader]: encodeURIComponent(name),
      [webFileKindHeader]: kind,
      ...headers,
    },
    body: chunked(bytes),
    duplex: 'half',
  } as RequestInit);
  return { status: response.status, body: (await response.json()) as Result<FileHandle> };
}

async function rpc<T>(channel: string, input: unknown): Promise<Result<T>> {
  const response = await fetch(`${base()}/rpc`, {
    method: 'POST',
    headers: { ...tokenHeaders(), 'content-type': 'application/json' },
    body: JSON.stringify({ channel, input }),
  });
  return (await response.json()) as Result<T>;
}

async function target(kind: string, name: string): Promise<FileHandle> {
  const response = await fetch(`${base()}/files/target`, {
    method: 'POST',
    headers: { ...tokenHeaders(), 'content-type': 'application/json' },
    body: JSON.stringify({ kind, name }),
  });
  const body = (await response.json()) as Result<FileHandle>;
  if (!body.ok) throw new Error(body.error.message.en);
  return body.value;
}

const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'waiban-webfiles-'));
  mkdirSync(join(root, 'dist-renderer'));
  writeFileSync(join(root, 'dist-renderer', 'index.html'), '<!doctype html><title>外办台账</title>');
  app = await openApp({ dataDir: join(root, 'data'), init: 'default' });
  host = await createWebHost({ dispatch: app.dispatch, staticDir: join(root, 'dist-renderer') });
});

afterAll(async () => {
  await host?.close();
  app?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('web host files', () => {
  it('streams an upload past the JSON cap to a picked-file handle, which a call then reads', async () => {
    const bytes = randomBytes(webMaxBodyBytes + 3 * 1024 * 1024);
    const uploaded = await upload(bytes, '扫描件/签署版协议.pdf', 'document');
    expect(uploaded.status).toBe(200);
    const handle = value(uploaded.body);
    expect(handle).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: '签署版协议.pdf', size: bytes.length });
    const ref = value(await rpc<FileRef>('files.put', { file: handle }));
    expect(ref).toEqual({ sha256: createHash('sha256').update(bytes).digest('hex'), name: '签署版协议.pdf', size: bytes.length });
  });

  it('writes a call’s output to a target and hands it over once, as an attachment under its name', async () => {
    value(await rpc('records.put', { register: 'partner', values: partnerValues() }));
    const file = await target('bundle', 'office-to-review.waiban');
    expect(file).toMatchObject({ name: 'office-to-review.waiban', size: 0 });
    const exported = value(await rpc<{ file: FileHandle; changes: number }>('sync.export', { to: 'review', target: file }));
    expect(exported.file.size).toBeGreaterThan(0);
    const download = await fetch(`${base()}/files/download/${file.id}`, { headers: tokenHeaders() });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="office-to-review.waiban"; filename*=UTF-8''office-to-review.waiban`,
    );
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.length).toBe(exported.file.size);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect((await fetch(`${base()}/files/download/${file.id}`, { headers: tokenHeaders() })).status).toBe(404);
    const chinese = await target('sheet', '协议-2026-01-05.xlsx');
    value(await rpc('xlsx.template', { register: 'agreement', target: chinese }));
    const sheet = await fetch(`${base()}/files/download/${chinese.id}`, { headers: tokenHeaders() });
    expect(sheet.headers.get('content-disposition')).toBe(
      `attachment; filename="__-2026-01-05.xlsx"; filename*=UTF-8''${encodeURIComponent('协议-2026-01-05.xlsx')}`,
    );
    await sheet.arrayBuffer();
  });

  it('refuses a call naming a handle it did not issue, or a picked file as a target, running nothing', async () => {
    const before = value(await rpc<{ total: number }>('records.list', { register: 'partner' })).total;
    const forged = await rpc('sync.import', { file: { id: 'ab'.repeat(16), name: 'x.waiban', size: 10 } });
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: { zh: expect.stringContaining('重新选择') } } });
    const picked = value((await upload(Buffer.from('PK not really'), 'mine.waiban', 'bundle')).body);
    const overwrite = await rpc('sync.export', { to: 'review', target: picked });
    expect(overwrite).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A picked file is not something to download either: it is the person's own.
    expect((await fetch(`${base()}/files/download/${picked.id}`, { headers: tokenHeaders() })).status).toBe(404);
    expect(value(await rpc<{ total: number }>('records.list', { register: 'partner' })).total).toBe(before);
  });

  it('refuses an upload over its kind’s cap as it streams, and keeps serving', async () => {
    const refused = await upload(Buffer.alloc(uploadCaps.sheet + 1024 * 1024, 1), '大表格.xlsx', 'sheet');
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE' } });
    expect((await upload(Buffer.from('a,b\n1,2\n'), '小表格.csv', 'sheet')).status).toBe(200);
  });

  it('refuses uploads and downloads without the token or from another page', async () => {
    expect((await upload(Buffer.from('x'), 'a.pdf', 'document', { [webTokenHeader]: 'wrong' })).status).toBe(401);
    expect((await upload(Buffer.from('x'), 'a.pdf', 'document', { origin: 'https://evil.example' })).status).toBe(403);
    const file = await target('document', 'a.pdf');
    expect((await fetch(`${base()}/files/download/${file.id}`)).status).toBe(401);
  });

  it('removes its temporary folder when it closes', async () => {
    expect(host.filesDir.startsWith(join(tmpdir(), 'waiban-web-'))).toBe(true);
    expect(readdirSync(host.filesDir).length).toBeGreaterThan(0);
    await host.close();
    expect(existsSync(host.filesDir)).toBe(false);
  });
});
