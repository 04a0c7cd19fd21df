import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const bin = resolve(import.meta.dirname, '..', '..', 'src-main', 'cli', 'bin.mjs');

/** Runs the real `waiban` command on a data folder, in English, as a user's terminal would. */
export function waiban(dataDir: string, args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, WAIBAN_DATA_DIR: dataDir, LANG: 'en_US.UTF-8', WAIBAN_LANG: '', ...env },
    input,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export const json = (s: string) => JSON.parse(s) as Record<string, unknown> & { id: string; values: Record<string, unknown> };
