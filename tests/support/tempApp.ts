import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { AppError, type ChannelInput, type ChannelName, type ChannelOutput } from '../../src-main/contract';
import { openApp, type WaibanApp } from '../../src-main/services/app';
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

export interface TestApp extends WaibanApp {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  fail(channel: ChannelName, input: unknown): Promise<AppError>;
}

/**
 * An installation in its own data folder whose clock starts at `start` (the fixed "today" unless a test needs a wrong
 * clock). The folder is inside a temporary one, so the backups an import makes beside it go when it goes.
 */
export async function tempApp(setup: InstallationSetup | 'default' = 'default', dataDir = join(tempDir(), 'data'), start = fixedNow): Promise<TestApp> {
  let now = start;
  const app = await openApp({ dataDir, init: setup, clock: { now: () => (now += 1) } });
  apps.push(app);
  return Object.assign(app, {
    async call<C extends ChannelName>(channel: C, input: ChannelInput<C>) {
      const r = await app.dispatch(channel, input);
      if (!r.ok) throw new AppError(r.error.code, r.error.message, r.error.issues);
      return r.value as ChannelOutput<C>;
    },
    async fail(channel: ChannelName, input: unknown) {
      const r = await app.dispatch(channel, input);
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
