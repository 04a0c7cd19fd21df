import { inflateRawSync } from 'node:zlib';
import { expandsTooFar, isZip, unreadable } from '../../core/xlsx/readSheet';
import { entryData, zipEntries, type ZipEntry } from '../../core/xlsx/zipSize';

/**
 * Inflates each part of a zipped workbook with its output capped, discarding it, before SheetJS (which inflates
 * without a cap) reads the file: a part whose directory entry understates its size is caught here, not by running
 * out of memory. A part that does not inflate is refused here too: SheetJS's own inflate spun on one until the
 * parse's time limit stopped it.
 */
export function checkInflatedSize(
  bytes: Uint8Array,
  cap: number,
  onPart?: (name: string, data: Buffer) => void,
  partCap?: (name: string) => PartCap | undefined,
): void {
  if (!isZip(bytes)) return;
  let left = cap;
  for (const entry of zipEntries(bytes) ?? []) {
    const own = partCap?.(entry.name);
    const data =
      own && own.bytes < left
        ? inflatePart(bytes, entry, own.bytes + 1, own.refusal)
        : inflatePart(bytes, entry, Math.max(left, 1), () => expandsTooFar(cap));
    if (!data) continue;
    left -= data.length;
    if (left < 0) throw expandsTooFar(cap);
    onPart?.(entry.name, data);
  }
}

/** A part's own cap, lower than the workbook's (the sheet's XML), and the refusal when it is passed. */
export interface PartCap {
  bytes: number;
  refusal: () => Error;
}

/** One part's bytes, inflated with its output capped; null for a part whose data is not in the file. */
export function inflatePart(
  bytes: Uint8Array,
  entry: ZipEntry,
  maxBytes: number,
  tooLarge: () => Error = () => expandsTooFar(maxBytes),
): Buffer | null {
  const data = entryData(bytes, entry);
  if (!data) return null;
  if (entry.method === 0) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge();
    throw unreadable(`a part does not inflate (${(err as Error).message})`);
  }
}
