/**
 * Caps on what a bundle may hold, checked before anything is inflated or parsed: a forged file must not be
 * able to exhaust memory or disk. Generous for a real 100k-record bundle; tests pass smaller ones.
 */
export interface BundleLimits {
  fileBytes: number;
  entries: number;
  /** Declared uncompressed size of one entry. */
  entryBytes: number;
  /** Declared uncompressed size of all entries together. */
  totalBytes: number;
  /** Uncompressed size over compressed size; deflate of real JSON stays far below it. */
  inflateRatio: number;
  /** manifest.json and each JSON line of a segment. */
  jsonBytes: number;
  jsonDepth: number;
}

const mib = 1024 * 1024;

export const defaultBundleLimits: BundleLimits = {
  fileBytes: 2048 * mib,
  entries: 100_000,
  entryBytes: 512 * mib,
  totalBytes: 4096 * mib,
  inflateRatio: 200,
  jsonBytes: 16 * mib,
  jsonDepth: 32,
};
