/**
 * Hybrid logical clock: wall-clock milliseconds plus a counter, tagged with the installation, serialised so
 * that string order is causal order. Ordering of a record's versions comes from change parents; the HLC only
 * picks a deterministic winner among concurrent heads and stamps history.
 */
export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

/** A remote clock further ahead than this is not adopted, only reported. */
export const maxClockSkewMs = 24 * 60 * 60 * 1000;

export const formatHlc = (h: Hlc): string => `${h.wall.toString().padStart(15, '0')}-${h.counter.toString().padStart(6, '0')}-${h.node}`;

export function parseHlc(s: string): Hlc {
  const m = /^(\d{15})-(\d{6})-(.+)$/.exec(s);
  if (!m) throw new Error(`Malformed HLC: ${s}`);
  return { wall: Number(m[1]), counter: Number(m[2]), node: m[3]! };
}

/** The next timestamp for a local event. */
export function tick(last: Hlc, now: number): Hlc {
  if (now > last.wall) return { wall: now, counter: 0, node: last.node };
  return { wall: last.wall, counter: last.counter + 1, node: last.node };
}

/** Merge a timestamp seen in a received change; refuses to jump far into the future. */
export function receive(last: Hlc, remote: Hlc, now: number): { clock: Hlc; skewed: boolean } {
  if (remote.wall - now > maxClockSkewMs) return { clock: tick(last, now), skewed: true };
  const wall = Math.max(last.wall, remote.wall, now);
  let counter = 0;
  if (wall === last.wall && wall === remote.wall) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wall) counter = last.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  return { clock: { wall, counter, node: last.node }, skewed: false };
}
