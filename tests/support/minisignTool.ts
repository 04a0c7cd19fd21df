import { spawnSync } from 'node:child_process';

export interface ToolRun {
  code: number | null;
  out: string;
  err: string;
}

/**
 * Runs the real minisign (Debian package `minisign`; .ci/run installs it). A missing tool fails the test with
 * the way to install it, never skips it: these tests are the proof that the standard tool agrees with us.
 * stdin is empty so a password prompt ends at once instead of waiting.
 */
export function minisign(args: string[], cwd: string): ToolRun {
  const r = spawnSync('minisign', args, { cwd, input: '', encoding: 'utf8', timeout: 20_000 });
  if (r.error) {
    throw new Error(`minisign could not be run (${r.error.message}); install it with \`apt-get install minisign\` (.ci/run does)`);
  }
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A key pair from `minisign -G`, without a password, as pub and sec in cwd. */
export function minisignKeyPair(cwd: string): void {
  const r = minisign(['-G', '-W', '-p', 'pub', '-s', 'sec'], cwd);
  if (r.code !== 0) throw new Error(`minisign -G failed: ${r.err}`);
}
