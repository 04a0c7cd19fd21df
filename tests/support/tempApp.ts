import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach } from 'vitest';
import {
  AppError,
  type ChannelInput,
  type ChannelName,
  type ChannelOutput,
  type FileHandle,
  type FileRef,
  type OnProgress,
  type Result,
} from '../../src-main/contract';
import { FileHandleRegistry, filesForCall } from '../../src-main/rpc/fileHandles';
import { openApp, type WaibanApp } from '../../src-main/app/openApp';
import type { InstallationSetup } from '../../src-main/services/installation';

const dirs: string[] = [];
const apps: WaibanApp[] = [];

afterEach(() => {
  for (const app of apps.splice(0)) app.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waiban-test-'));
  dirs.push(dir);
  return dir;
}

/** A fixed "today" so expiry badges and windows are stable. */
export const fixedNow = Date.parse('2026-11-27T10:00:00+08:00');

/**
 * Handles for the files a test hands to channels, issued and resolved as a transport does (rpc/fileHandles.ts):
 * `pick` stands for the open dialog, `saveTo` for the save dialog.
 */
export interface TestFiles {
  pick(path: string): FileHandle;
  saveTo(path: string): FileHandle;
  /** A call as a transport makes it: the handles its input names resolved first, refused when foreign. */
  dispatch(dispatch: WaibanApp['dispatch'], channel: string, input: unknown, progress?: OnProgress): Promise<Result<unknown>>;
}

export function testFiles(owner = 'test', registry = new FileHandleRegistry()): TestFiles {
  return {
    pick: (path) => registry.issue(owner, { path, name: basename(path), size: statSync(path).size, access: 'read' }),
    saveTo: (path) =>
      registry.issue(owner, { path, name: basename(path), size: existsSync(path) ? statSync(path).size : 0, access: 'write' }),
    dispatch: async (dispatch, channel, input, progress) => {
      const resolved = filesForCall(channel, input, registry, owner);
      if ('refused' in resolved) return { ok: false, error: resolved.refused };
      return dispatch(channel, input, progress, resolved.files);
    },
  };
}

export interface TestApp extends WaibanApp, Pick<TestFiles, 'pick' | 'saveTo'> {
  /** A call as the window's transport makes it, file handles resolved. */
  send(channel: ChannelName, input: unknown, progress?: OnProgress): Promise<Result<unknown>>;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  fail(channel: ChannelName, input: unknown): Promise<AppError>;
}

/**
 * An installation in its own data folder whose clock starts at `start` (the fixed "today" unless a test needs a wrong
 * clock). The folder is inside a temporary one, so the backups an import makes beside it go when it goes.
 */
export async function tempApp(
  setup: InstallationSetup | 'default' = 'default',
  dataDir = join(tempDir(), 'data'),
  start = fixedNow,
): Promise<TestApp> {
  let now = start;
  const app = await openApp({ dataDir, init: setup, clock: { now: () => (now += 1) } });
  apps.push(app);
  const files = testFiles();
  return Object.assign(app, {
    pick: files.pick,
    saveTo: files.saveTo,
    send: (channel: ChannelName, input: unknown, progress?: OnProgress) => files.dispatch(app.dispatch, channel, input, progress),
    async call<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
      const r = await files.dispatch(app.dispatch, channel, input);
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.issues);
      return r.value as ChannelOutput<C>;
    },
    async fail(channel: ChannelName, input: unknown) {
      const r = await files.dispatch(app.dispatch, channel, input);
      if (r.ok) throw new Error(`${channel} was expected to fail`);
      return new AppError(r.error.code, r.error.message, r.error.issues);
    },
  });
}

export const closeApp = (app: WaibanApp): void => {
  const i = apps.indexOf(app);
  if (i >= 0) apps.splice(i, 1);
  app.close();
};

export const partnerValues = (over: Record<string, unknown> = {}) => ({
  nameZh: '伦敦大学学院',
  nameOriginal: 'University College London',
  country: 'GB',
  city: '伦敦',
  ...over,
});

/** A document picked from disk and stored through the real files channel, as the form's file field does. */
export async function attach(app: TestApp, name: string, bytes: Buffer | string): Promise<FileRef> {
  const dir = join(tempDir(), 'picked');
  mkdirSync(dir);
  writeFileSync(join(dir, name), bytes);
  return app.call('files.put', { file: app.pick(join(dir, name)) });
}
