import { open } from 'node:fs/promises';
import { promisify } from 'node:util';
import { crc32, deflateRaw, deflateRawSync } from 'node:zlib';
import { AppError } from '../../contract';

export interface ZipEntry {
  path: string;
  bytes: Buffer;
}

/**
 * Every entry gets the same time (the DOS epoch, 1980-01-01 00:00) and mode (a regular file, 0644), deflate at
 * level 6 and no extra fields, so the zip's bytes depend only on the entries and their order: the bytes yazl
 * wrote with these settings (a test holds the two equal), so a re-export still matches a bundle written before.
 * Written here rather than by yazl, which checksums every entry in JavaScript: a tenth of a 100k-record export,
 * where zlib's native crc32 takes milliseconds.
 */
const level = 6;
const deflateMethod = 8;
const dosTime = 0;
// 1980-01-01: year 1980 + 0, month 1, day 1.
const dosDate = (0 << 9) | (1 << 5) | 1;
const regularFile = (0o100644 << 16) >>> 0;
const utf8Names = 1 << 11;
const madeByUnix = (3 << 8) | 63;
const neededToExtract = 20;
const neededForZip64 = 45;
/** At these, the end record defers to a zip64 one (as yazl did); entry sizes and offsets never get there (see below). */
const maxPlainEntries = 0xffff;
const maxPlainOffset = 0xfffffffe;

const deflate = promisify(deflateRaw);
/** Deflated at once, here: handing a small entry to zlib's threads costs more than deflating it (65k signatures took 30 s). */
const smallEntry = 64 * 1024;

/** The fields the local header and the central directory record share, from "version needed" to the name's length. */
function sharedFields(name: Buffer, crc: number, compressed: number, size: number): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(neededToExtract, 0);
  b.writeUInt16LE(utf8Names, 2);
  b.writeUInt16LE(deflateMethod, 4);
  b.writeUInt16LE(dosTime, 6);
  b.writeUInt16LE(dosDate, 8);
  b.writeUInt32LE(crc, 10);
  b.writeUInt32LE(compressed, 14);
  b.writeUInt32LE(size, 18);
  b.writeUInt16LE(name.length, 22);
  // Extra field length 0.
  return b;
}

const localHeader = (name: Buffer, shared: Buffer): Buffer => Buffer.concat([u32(0x04034b50), shared, name]);

function centralRecord(name: Buffer, shared: Buffer, offset: number): Buffer {
  const tail = Buffer.alloc(14);
  // Comment length, disk number and internal attributes 0.
  tail.writeUInt32LE(regularFile, 6);
  tail.writeUInt32LE(offset, 10);
  return Buffer.concat([u32(0x02014b50), u16(madeByUnix), shared, tail, name]);
}

function endRecords(entries: number, directorySize: number, directoryOffset: number): Buffer {
  const zip64 = entries >= maxPlainEntries;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries, maxPlainEntries), 8);
  end.writeUInt16LE(Math.min(entries, maxPlainEntries), 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryOffset, 16);
  if (!zip64) return end;
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(madeByUnix, 12);
  record.writeUInt16LE(neededForZip64, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  record.writeBigUInt64LE(BigInt(directorySize), 40);
  record.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directorySize), 8);
  locator.writeUInt32LE(1, 16);
  return Buffer.concat([record, locator, end]);
}

const u16 = (n: number): Buffer => Buffer.from([n & 0xff, n >>> 8]);
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
};

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
      const name = Buffer.from(e.path, 'utf8');
      const shared = sharedFields(name, crc32(e.bytes), data.length, e.bytes.length);
      const local = localHeader(name, shared);
      if (offset + local.length + data.length > maxPlainOffset) throw tooLarge();
      directory.push(centralRecord(name, shared, offset));
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
