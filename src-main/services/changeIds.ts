import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/**
 * UUIDv7 ids for changes, as the uuid package makes them (time first, then a counter seeded at random each
 * millisecond, so ids made in one millisecond still sort in the order made), with the random bytes drawn from a
 * pool: the package asks Web Crypto for 16 bytes per id, which cost about as much as writing the change row in a
 * 10k-row import.
 */

const pool = new Uint8Array(16 * 512);
let used = pool.length;
let lastMs = -Infinity;
let seq = 0;

export function changeId(): string {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  const random = pool.subarray(used, (used += 16));
  const now = Date.now();
  if (now > lastMs) {
    // The package's own seed: 31 bits of the random bytes, leaving room to count up within the millisecond.
    seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
    lastMs = now;
  } else {
    seq = (seq + 1) | 0;
    if (seq === 0) lastMs++;
  }
  return uuidv7({ random, msecs: lastMs, seq });
}
