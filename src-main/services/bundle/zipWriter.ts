import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw, deflateRawSync } from 'node:zlib';
import { AppError } from '../../contract';
import { centralRecord, endRecords, localHeader, maxPlainOffset, type ZipEntryRecord } from '../zip/zipRecords';

/**
 * An entry held in memory (a segment, a signature, the manifest), or a document read from its file as it is
 * written, checked against the SHA-256 it is stored under, so that no export holds a bundle's documents whole.
 */
export type ZipEntry = { path: string; bytes: Buffer } | ZipFileEntry;
export interface ZipFileEntry {
  path: string;
  file: string;
  size: number;
  sha256: string;
}

/** Deflate's level for bundles: the level yazl used, so the bytes stay those of bundles written before. */
const level = 6;
const deflate = promisify(deflateRaw);
/** Deflated at once, here: handing a small entry to zlib's threads costs more than deflating it (65k signatures took 30 s). */
const smallEntry = 64 * 1024;

// No importer takes a bundle over 2 GB (limits.ts): one past the zip's 4 GB offsets is refused here rather than written with zip64 sizes.
const tooLarge = () =>
  new AppError('VALIDATION', {
    zh: '数据包超过 4 GB，无法写出（导入方也只接受 2 GB 以内的数据包）。',
    en: 'The bundle would exceed 4 GB and cannot be written (an import takes at most 2 GB).',
  });

const changed = (path: string) =>
  new AppError('INTERNAL', {
    zh: `${path} 的内容与记录的校验值不符（文件可能已损坏或正被改动），数据包未写出。`,
    en: `${path} does not match its recorded checksum (the file may be damaged or changing); the bundle was not written.`,
  });

/** Written out whenever this much is waiting: a few large writes, however many small entries. */
const writeChunk = 4 * 1024 * 1024;

/**
 * A document's entry at `offset`: its local header with the sizes still unknown, its bytes deflated as they are
 * read (the same bytes as deflating it whole: zlib's output does not depend on how its input arrives), then the
 * header again with the checksum and sizes. Returns the entry's record.
 */
async function writeFileEntry(out: FileHandle, entry: ZipFileEntry, name: Buffer, offset: number): Promise<ZipEntryRecord> {
  const record: ZipEntryRecord = { name, crc: 0, compressed: 0, size: 0 };
  const dataStart = offset + localHeader(record).length;
  const hash = createHash('sha256');
  const read = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      record.crc = crc32(chunk, record.crc);
      record.size += chunk.length;
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const write = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const at = dataStart + record.compressed;
      record.compressed += chunk.length;
      if (at + chunk.length > maxPlainOffset) return done(tooLarge());
      out.write(chunk, 0, chunk.length, at).then(() => done(), done);
    },
  });
  await pipeline(createReadStream(entry.file), read, createDeflateRaw({ level }), write);
  if (record.size !== entry.size || hash.digest('hex') !== entry.sha256) throw changed(entry.path);
  const header = localHeader(record);
  await out.write(header, 0, header.length, offset);
  return record;
}

/**
 * Writes the entries, in the order given, to file (which must not exist yet). Entries in memory that are large are
 * deflated on zlib's threads, all at once, while the event loop stays free; documents are streamed from their files
 * in their turn. Every write names its position, so the two can interleave.
 */
export async function writeZip(entries: ZipEntry[], file: string): Promise<void> {
  const out = await open(file, 'wx');
  try {
    const compressed = await Promise.all(
      entries.map((e) =>
        'bytes' in e ? (e.bytes.length < smallEntry ? deflateRawSync(e.bytes, { level }) : deflate(e.bytes, { level })) : null,
      ),
    );
    const directory: Buffer[] = [];
    /** Where the next entry starts: the end of what is written and waiting. */
    let offset = 0;
    /** Buffers waiting to be written, from `waitingAt` on. */
    let waiting: Buffer[] = [];
    let waitingAt = 0;
    const wait = (...buffers: Buffer[]) => {
      waiting.push(...buffers);
      offset += buffers.reduce((n, b) => n + b.length, 0);
    };
    const flush = async () => {
      if (waiting.length) await out.writev(waiting, waitingAt);
      waiting = [];
      waitingAt = offset;
    };
    for (const [i, e] of entries.entries()) {
      const name = Buffer.from(e.path, 'utf8');
      if (!('bytes' in e)) {
        await flush();
        const record = await writeFileEntry(out, e, name, offset);
        directory.push(centralRecord(record, offset));
        offset += localHeader(record).length + record.compressed;
        waitingAt = offset;
        continue;
      }
      const data = compressed[i]!;
      const record = { name, crc: crc32(e.bytes), compressed: data.length, size: e.bytes.length };
      const local = localHeader(record);
      if (offset + local.length + data.length > maxPlainOffset) throw tooLarge();
      directory.push(centralRecord(record, offset));
      wait(local, data);
      if (offset - waitingAt >= writeChunk) await flush();
    }
    const central = Buffer.concat(directory);
    if (offset + central.length > maxPlainOffset) throw tooLarge();
    const directoryAt = offset;
    wait(central);
    wait(endRecords(entries.length, central.length, directoryAt));
    await flush();
  } finally {
    await out.close();
  }
}
