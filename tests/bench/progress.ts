/**
 * Progress on stderr, so stdout carries only the result (the JSON object with --json). Each line is
 * stamped with the time since the bench started: a long step is visible while it runs, and a slow run can be
 * read afterwards without a profiler.
 */

const started = performance.now();

const stamp = () => `[${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s]`;

export function note(message: string): void {
  process.stderr.write(`${stamp()} ${message}\n`);
}

/** Announces a step before it runs and its duration after, so work over a second is never silent. */
export async function step<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  note(`${label} ...`);
  const t0 = performance.now();
  const result = await work();
  note(`${label} done (${((performance.now() - t0) / 1000).toFixed(2)} s)`);
  return result;
}

/**
 * Limits a chatty callback (row counts every few thousand rows) to one line a second, always letting the
 * final line through.
 */
export function throttled(report: (message: string) => void, everyMs = 1000): (message: string, final?: boolean) => void {
  let last = 0;
  let lastMessage = '';
  return (message, final = false) => {
    const now = performance.now();
    if (message !== lastMessage && (final || now - last >= everyMs)) {
      last = now;
      lastMessage = message;
      report(message);
    }
  };
}
