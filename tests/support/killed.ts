import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** When to kill a running process, asked every few milliseconds with what it has printed so far. */
export interface KillPoint {
  name: string;
  due(elapsedMs: number, stdout: string): boolean;
}

export const afterMs = (ms: number): KillPoint => ({ name: `after ${Math.round(ms)} ms`, due: (elapsed) => elapsed >= ms });

/** Once a file (a database's -wal, a temporary bundle) has reached a size: the work is writing it. */
export const onceFileReaches = (name: string, file: () => string | undefined, bytes: number): KillPoint => ({
  name: `once ${name} reaches ${bytes} bytes`,
  due: () => {
    const f = file();
    return f !== undefined && existsSync(f) && statSync(f).size >= bytes;
  },
});

/** Once the process has printed its report: its work is done, it has not exited yet. */
export const onceItReports: KillPoint = { name: 'once it reports', due: (_, stdout) => stdout.length > 0 };

/** The first file in dir whose name passes test, if any. */
export const fileIn = (dir: string, test: (name: string) => boolean) => (): string | undefined => {
  const name = readdirSync(dir).find(test);
  return name === undefined ? undefined : join(dir, name);
};

export interface Ended {
  /** False when the process finished before the kill point came. */
  killed: boolean;
  code: number | null;
  stdout: string;
  stderr: string;
  elapsedMs: number;
}

/** Waits for the process, sending it SIGKILL (no clean-up of any kind runs) when the kill point comes. */
export function killAt(child: ChildProcessWithoutNullStreams, point?: KillPoint): Promise<Ended> {
  const started = performance.now();
  let stdout = '';
  let stderr = '';
  let killed = false;
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const poll = setInterval(() => {
    if (point && !killed && child.exitCode === null && point.due(performance.now() - started, stdout)) killed = child.kill('SIGKILL');
  }, 2);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ killed, code, stdout, stderr, elapsedMs: performance.now() - started });
    });
  });
}
