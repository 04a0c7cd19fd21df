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

/**
 * Writes the entries, in the order given, to file. yazl checksums each buffer as it is added, synchronously:
 * entries are added one turn of the event loop apart, so a large bundle does not hold the backend for its whole length.
 */
export async function writeZip(entries: ZipEntry[], file: string): Promise<void> {
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(file, { flags: 'wx' }));
  // The file may fail (its folder gone) while entries are still being added: heard at once, reported below.
  let failed = false;
  written.catch(() => {
    failed = true;
  });
  try {
    for (const e of entries) {
      if (failed) break;
      zip.addBuffer(e.bytes, e.path, entryOptions);
      await new Promise((resolve) => setImmediate(resolve));
    }
  } catch (err) {
    // The caller removes the partial file; the write it was streaming to must still end, and not fail unheard.
    zip.end();
    await written.catch(() => undefined);
    throw err;
  }
  zip.end();
  await written;
}
