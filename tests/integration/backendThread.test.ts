import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { spawn, startBackend, type Backend } from '../../src-main/backend/startBackend';
import type { BackendOptions } from '../../src-main/backend/messages';
import type { WorkProgress } from '../../src-main/contract';
import type { CallFiles } from '../../src-main/rpc/fileHandles';
import { partnerValues, tempDir } from '../support/tempApp';
import { rejectionOf } from '../support/refusal';

/** The backend as the desktop app and the web host start it, keeping hold of each thread it spawns. */
async function started(dataDir = tempDir()): Promise<{ backend: Backend; threads: Worker[]; dataDir: string }> {
  const threads: Worker[] = [];
  const backend = await startBackend({ dataDir, init: 'default' }, (options: BackendOptions) => {
    const thread = spawn(options);
    threads.push(thread);
    return thread;
  });
  return { backend, threads, dataDir };
}

/** A review export as the window's transport sends it: the chosen target's handle, with the path behind it. */
function reviewExport() {
  const out = join(tempDir(), 'review.waiban');
  const target = { id: 'c'.repeat(32), name: 'review.waiban', size: 0 };
  const files: CallFiles = { [target.id]: { path: out, access: 'write', name: target.name, size: 0 } };
  return { input: { to: 'review', target }, files, out };
}

describe('the backend thread', () => {
  it('answers the handler table as in-process: a record written is listed, a malformed call is refused', async () => {
    const { backend } = await started();
    try {
      const put = await backend.dispatch('records.put', { register: 'partner', values: partnerValues() });
      expect(put.ok).toBe(true);
      expect(await backend.dispatch('records.list', { register: 'partner' })).toMatchObject({
        ok: true,
        value: { total: 1, rows: [{ values: { nameZh: '伦敦大学学院' } }] },
      });
      expect(await backend.dispatch('records.put', { register: 'partner' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      expect(await backend.dispatch('no.such', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    } finally {
      await backend.close();
    }
  });

  it('refuses input nested thousands deep or that cannot be sent, and goes on serving', async () => {
    const { backend } = await started();
    try {
      let deep: unknown = [];
      for (let i = 0; i < 5000; i++) deep = [deep];
      expect(await backend.dispatch('records.list', { register: 'partner', filter: deep })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: { zh: expect.stringContaining('嵌套过深') } },
      });
      expect(await backend.dispatch('records.list', { register: 'partner', filter: () => 1 })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
      expect(await backend.dispatch('records.list', { register: 'partner' })).toMatchObject({ ok: true, value: { total: 0 } });
    } finally {
      await backend.close();
    }
  });

  it('relays the progress of long work to the caller that asked for it', async () => {
    const { backend } = await started();
    try {
      const reports: WorkProgress[] = [];
      const { input, files, out } = reviewExport();
      const exported = await backend.dispatch('sync.export', input, (p) => reports.push(p), files);
      expect(exported).toMatchObject({ ok: true, value: { file: { id: input.target.id, size: statSync(out).size } } });
      expect(reports.length).toBeGreaterThan(0);
      expect(reports.at(-1)).toMatchObject({ stage: 'write' });
    } finally {
      await backend.close();
    }
  });

  it(
    'runs from the file the Electron build writes (bundled CommonJS, beside main.cjs), migrations and all',
    { timeout: 60_000 },
    async () => {
      const root = resolve(import.meta.dirname, '..', '..');
      // @ts-expect-error: the build steps are plain ESM JavaScript without types.
      const { bundleElectron } = (await import('../../src-main/build/electron-steps.mjs')) as { bundleElectron: () => Promise<void> };
      await bundleElectron();
      const backend = await startBackend(
        { dataDir: tempDir(), init: 'default' },
        (options) => new Worker(join(root, 'dist-electron', 'backendWorker.cjs'), { workerData: options }),
      );
      try {
        await backend.dispatch('records.put', { register: 'partner', values: partnerValues() });
        expect(await backend.dispatch('records.list', { register: 'partner' })).toMatchObject({ ok: true, value: { total: 1 } });
      } finally {
        await backend.close();
      }
    },
  );

  it('refuses to start on a folder with no database, saying what to do, when not asked to create one', async () => {
    const refusal = await rejectionOf(startBackend({ dataDir: tempDir() }));
    expect(refusal).toMatchObject({ name: 'AppError', code: 'DATA_DIR_MISSING' });
    expect((refusal as { localized: { zh: string } }).localized.zh).toContain('waiban init');
  });

  it('after a crash, fails the call in flight with a message, and the next call runs on a new thread over the same data', async () => {
    const { backend, threads } = await started();
    try {
      await backend.dispatch('records.put', { register: 'partner', values: partnerValues() });
      const { input, files } = reviewExport();
      const inFlight = backend.dispatch('sync.export', input, undefined, files);
      await threads[0]!.terminate();
      expect(await inFlight).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL', message: { zh: expect.stringContaining('后台服务意外停止') } },
      });
      expect(await backend.dispatch('records.list', { register: 'partner' })).toMatchObject({ ok: true, value: { total: 1 } });
      expect(threads).toHaveLength(2);
    } finally {
      await backend.close();
    }
  });

  it('closes after the calls in flight are answered, and refuses calls after', async () => {
    const { backend, threads, dataDir } = await started();
    const inFlight = backend.dispatch('records.put', { register: 'partner', values: partnerValues() });
    await backend.close();
    expect(await inFlight).toMatchObject({ ok: true });
    expect(threads[0]!.threadId).toBe(-1);
    expect(await backend.dispatch('records.list', { register: 'partner' })).toMatchObject({
      ok: false,
      error: { message: { zh: expect.stringContaining('正在关闭') } },
    });
    const reopened = await started(dataDir);
    try {
      expect(await reopened.backend.dispatch('records.list', { register: 'partner' })).toMatchObject({ ok: true, value: { total: 1 } });
    } finally {
      await reopened.backend.close();
    }
  });
});
