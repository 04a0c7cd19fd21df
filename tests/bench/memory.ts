/**
 * Peak resident memory of the bench's own Node process. A timer cannot fire while a synchronous bulk write
 * holds the event loop, so callers also sample from their progress callbacks; together they see the peak of
 * the work that matters. Chromium's processes are not included (they are separate processes).
 */

let peak = 0;
let timer: NodeJS.Timeout | undefined;

export function sampleRss(): void {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
}

export function startRssSampling(everyMs = 100): void {
  sampleRss();
  timer = setInterval(sampleRss, everyMs);
  timer.unref();
}

export function stopRssSampling(): number {
  if (timer) clearInterval(timer);
  sampleRss();
  return peak / (1024 * 1024);
}
