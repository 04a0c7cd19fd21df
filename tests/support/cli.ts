import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';

export const bin = resolve(import.meta.dirname, '..', '..', 'src-main', 'cli', 'bin.mjs');

const cliEnv = (dataDir: string, env: Record<string, string>) => ({
  ...process.env,
  WAIBAN_DATA_DIR: dataDir,
  LANG: 'en_US.UTF-8',
  WAIBAN_LANG: '',
  ...env,
});

/** Runs the real `waiban` command on a data folder, in English, as a user's terminal would. */
export function waiban(dataDir: string, args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { env: cliEnv(dataDir, env), input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/**
 * Starts the real `waiban` command without waiting for it, for a test that kills it part-way. With `clockAt`
 * the process's clock reads that instant throughout, so two runs that stamp what they write (a bundle's
 * creation time) can be compared byte for byte.
 */
export function startWaiban(dataDir: string, args: string[], o: { clockAt?: number } = {}): ChildProcessWithoutNullStreams {
  const clock = o.clockAt === undefined ? [] : [`--import=data:text/javascript,Date.now=()=>${o.clockAt}`];
  return spawn(process.execPath, [...clock, bin, ...args], { env: cliEnv(dataDir, {}) });
}

export const json = (s: string) => JSON.parse(s) as Record<string, unknown> & { id: string; values: Record<string, unknown> };
