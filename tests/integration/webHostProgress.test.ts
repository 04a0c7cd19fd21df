import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkProgress } from '../../src-main/contract';
import { webProgressHeader, webTokenHeader } from '../../src-main/contract/transport';
import { createWebHost, type WebHost } from '../../src-main/host/server';
import type { Dispatch } from '../../src-main/rpc/dispatch';

/**
 * A call's progress over the web host: NDJSON lines while it runs, the result last. The work here holds the thread
 * synchronously between reports, as an import's one transaction does, and the client is another process, so the
 * test sees whether each line left while the work was still going.
 */

let root: string;
let host: WebHost;
/** When the dispatch below finished its synchronous work, by the wall clock both processes share. */
let workEnded = 0;

const busy = (ms: number) => {
  const until = Date.now() + ms;
  while (Date.now() < until);
};

const dispatch: Dispatch = async (channel, _input, progress) => {
  if (channel !== 'xlsx.import')
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: { zh: '未知操作', en: 'Unknown operation' } } };
  const steps: WorkProgress[] = [0, 1000, 2000].map((done) => ({ stage: 'write', done, total: 2000 }));
  for (const step of steps) {
    progress?.(step);
    busy(400);
  }
  workEnded = Date.now();
  return { ok: true, value: { written: true } };
};

/** A client in its own process: each line of the answer with the time it arrived. */
function callFromAnotherProcess(headers: Record<string, string>): Promise<{ at: number; line: string }[]> {
  const script = `
    const http = require('node:http');
    const body = JSON.stringify({ channel: 'xlsx.import', input: {} });
    const req = http.request({ host: '127.0.0.1', port: ${host.port}, method: 'POST', path: '/rpc',
      headers: { ...${JSON.stringify(headers)}, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let rest = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        rest += chunk;
        const lines = rest.split('\\n');
        rest = lines.pop();
        for (const line of lines) console.log(JSON.stringify({ at: Date.now(), line }));
      });
      res.on('end', () => { if (rest) console.log(JSON.stringify({ at: Date.now(), line: rest })); });
    });
    req.end(body);`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', () =>
      resolve(
        out
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as { at: number; line: string }),
      ),
    );
  });
}

const headersFor = (extra: Record<string, string>) => ({
  host: `127.0.0.1:${host.port}`,
  origin: `http://127.0.0.1:${host.port}`,
  'content-type': 'application/json',
  [webTokenHeader]: host.token,
  ...extra,
});

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'waiban-progress-'));
  mkdirSync(join(root, 'dist-renderer'));
  writeFileSync(join(root, 'dist-renderer', 'index.html'), '<!doctype html>');
  host = await createWebHost({ dispatch, staticDir: join(root, 'dist-renderer') });
});

afterAll(async () => {
  await host?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('progress of a call over the web host', () => {
  it('sends each report while the synchronous work still runs, then the result', async () => {
    const lines = await callFromAnotherProcess(headersFor({ [webProgressHeader]: '1' }));
    expect(lines.map((l) => JSON.parse(l.line))).toEqual([
      { progress: { stage: 'write', done: 0, total: 2000 } },
      { progress: { stage: 'write', done: 1000, total: 2000 } },
      { progress: { stage: 'write', done: 2000, total: 2000 } },
      { result: { ok: true, value: { written: true } } },
    ]);
    // The first two left at least one busy stretch before the work ended, not all together at its end.
    expect(lines[0]!.at).toBeLessThan(workEnded - 300);
    expect(lines[1]!.at).toBeLessThan(workEnded - 300);
  });

  it('answers a call that did not ask for progress with the plain envelope', async () => {
    const lines = await callFromAnotherProcess(headersFor({}));
    expect(lines.map((l) => JSON.parse(l.line))).toEqual([{ ok: true, value: { written: true } }]);
  });
});
