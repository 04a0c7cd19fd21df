/**
 * Peak resident memory of the bench's own Node process. A timer cannot fire while a synchronous bulk write
 * holds the event loop, so callers also sample from their progress callbacks; together they see the peak of
 * the work that matters. Chromium's processes are not included (they are separate processes).
 */

let peak = 0;
/** The peak since startPhase: what one piece of work (a 100k-row import) took on top of what was there. */
let phasePeak = 0;
/** The kernel's high-water mark of resident memory at startPhase (KB, as process.resourceUsage gives it). */
let maxRssAtPhaseStart = 0;
let timer: NodeJS.Timeout | undefined;

export function sampleRss(): void {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
  if (rss > phasePeak) phasePeak = rss;
}

/** Starts a phase; returns the resident memory at its start, in MB. */
export function startPhase(): number {
  phasePeak = process.memoryUsage.rss();
  maxRssAtPhaseStart = process.resourceUsage().maxRSS;
  return phasePeak / (1024 * 1024);
}

/**
 * The phase's peak. Samples miss what a synchronous transaction allocates and frees between two of them; the
 * kernel's high-water mark does not, so when the phase raised it, that mark is the phase's exact peak.
 */
export function phasePeakMb(): number {
  sampleRss();
  const maxRss = process.resourceUsage().maxRSS;
  const peakBytes = maxRss > maxRssAtPhaseStart ? Math.max(phasePeak, maxRss * 1024) : phasePeak;
  if (peakBytes > peak) peak = peakBytes;
  return peakBytes / (1024 * 1024);
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
