import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import { AppError } from '../../contract';
import { centralRecord, endRecords, localHeader, maxPlainOffset } from '../zip/zipRecords';

export interface ZipEntry {
  path: string;
  bytes: Buffer;
}

/** Deflate's level for bundles: the level yazl used, so the bytes stay those of bundles written before. */
const level = 6;
const deflate = promisify(deflateRaw);
/** Deflated at once, here: handing a small entry to zlib's threads costs more than deflating it (65k signatures took 30 s). */
const smallEntry = 64 * 1024;

// No importer takes a bundle over 2 GB (limits.ts): one past the zip's 4 GB offsets is refused here rather than written with zip64 sizes.
const tooLarge = () =>
  new AppError('VALIDATION', { zh: '数据包超过 4 GB，无法写出（导入方也只接受 2 GB 以内的数据包）。', en: 'The bundle would exceed 4 GB and cannot be written (an import takes at most 2 GB).' });

/** Written out whenever this much is waiting: a few large writes, however many small entries. */
const writeChunk = 4 * 1024 * 1024;

/**
 * Writes the entries, in the order given, to file (which must not exist yet). Large ones are deflated on
 * zlib's threads, all at once, while the event loop stays free, then all are written in order.
 */
export async function writeZip(entries: ZipEntry[], file: string): Promise<void> {
  const out = await open(file, 'wx');
  try {
    const compressed = await Promise.all(entries.map((e) => (e.bytes.length < smallEntry ? deflateRawSync(e.bytes, { level }) : deflate(e.bytes, { level }))));
    const directory: Buffer[] = [];
    let waiting: Buffer[] = [];
    let waitingBytes = 0;
    let offset = 0;
    for (const [i, e] of entries.entries()) {
      const data = compressed[i]!;
      const record = { name: Buffer.from(e.path, 'utf8'), crc: crc32(e.bytes), compressed: data.length, size: e.bytes.length };
      const local = localHeader(record);
      if (offset + local.length + data.length > maxPlainOffset) throw tooLarge();
      directory.push(centralRecord(record, offset));
      waiting.push(local, data);
      waitingBytes += local.length + data.length;
      offset += local.length + data.length;
      if (waitingBytes >= writeChunk) {
        await out.writev(waiting);
        waiting = [];
        waitingBytes = 0;
      }
    }
    const central = Buffer.concat(directory);
    if (offset + central.length > maxPlainOffset) throw tooLarge();
    await out.writev([...waiting, central, endRecords(entries.length, central.length, offset)]);
  } finally {
    await out.close();
  }
}
