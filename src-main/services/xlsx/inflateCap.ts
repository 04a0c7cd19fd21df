import { inflateRawSync } from 'node:zlib';
import { expandsTooFar, isZip, unreadable } from '../../core/xlsx/readSheet';
import { entryData, zipEntries } from '../../core/xlsx/zipSize';

/**
 * Inflates each part of a zipped workbook with its output capped, discarding it, before SheetJS (which inflates
 * without a cap) reads the file: a part whose directory entry understates its size is caught here, not by running
 * out of memory. A part that does not inflate is refused here too: SheetJS's own inflate spun on one until the
 * parse's time limit stopped it.
 */
export function checkInflatedSize(bytes: Uint8Array, cap: number): void {
  if (!isZip(bytes)) return;
  let left = cap;
  for (const entry of zipEntries(bytes) ?? []) {
    const data = entryData(bytes, entry);
    if (!data) continue;
    if (entry.method === 0) left -= data.length;
    else if (entry.method === 8) {
      try {
        left -= inflateRawSync(data, { maxOutputLength: Math.max(left, 1) }).length;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw expandsTooFar(cap);
        throw unreadable(`a part does not inflate (${(err as Error).message})`);
      }
    }
    if (left < 0) throw expandsTooFar(cap);
  }
}
