import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

export interface ZipEntry {
  path: string;
  bytes: Buffer;
}

/**
 * Every entry gets the same time (the DOS epoch, as local time, which is how the format stores it) and mode,
 * and no extra fields (no Info-ZIP timestamp), so the zip's bytes depend only on the entries and their order.
 */
const entryOptions = { mtime: new Date(1980, 0, 1), mode: 0o100644, compress: true, compressionLevel: 6, forceDosTimestamp: true };

/** Writes the entries, in the order given, to file. */
export async function writeZip(entries: ZipEntry[], file: string): Promise<void> {
  const zip = new ZipFile();
  for (const e of entries) zip.addBuffer(e.bytes, e.path, entryOptions);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file, { flags: 'wx' }));
}
