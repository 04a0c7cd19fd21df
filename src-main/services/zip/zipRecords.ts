/**
 * The records of a zip file (APPNOTE 6.3), written the one way this app writes zips, bundles, spreadsheets and backups alike:
 * every entry deflated, with the same time (the DOS epoch, 1980-01-01 00:00) and mode (a regular file, 0644) and no
 * extra fields, so a zip's bytes depend only on its entries and their order — the bytes yazl wrote with these
 * settings (a test holds the two equal), so a bundle's re-export still matches one written before.
 * Written here rather than by yazl, which checksums every entry in JavaScript (a tenth of a 100k-record export, where
 * zlib's native crc32 takes milliseconds) and cannot take an entry in pieces (a 100k-row sheet's XML).
 */
const deflateMethod = 8;
const dosTime = 0;
// 1980-01-01: year 1980 + 0, month 1, day 1.
const dosDate = (0 << 9) | (1 << 5) | 1;
const regularFile = (0o100644 << 16) >>> 0;
const utf8Names = 1 << 11;
const madeByUnix = (3 << 8) | 63;
const neededToExtract = 20;
const neededForZip64 = 45;
/** At these, the end record defers to a zip64 one (as yazl did); a bundle's or a workbook's sizes and offsets never get there. */
const maxPlainEntries = 0xffff;
/** What a 32-bit size or offset field holds when the value is in the entry's zip64 extra field instead. */
const inZip64 = 0xffffffff;
const zip64ExtraId = 0x0001;
/** The largest offset or size a zip without zip64 holds; writers refuse to go past it. */
export const maxPlainOffset = 0xfffffffe;

/** An entry as both its local header and the central directory describe it. */
export interface ZipEntryRecord {
  name: Buffer;
  crc: number;
  compressed: number;
  size: number;
  /** Sizes in a zip64 extra field: an entry that may pass 4 GB (a backup's database), decided before it is written. */
  zip64?: boolean;
}

/** The zip64 extra field holding these values, in the order APPNOTE 4.5.3 gives them. */
function zip64Extra(values: number[]): Buffer {
  const b = Buffer.alloc(4 + 8 * values.length);
  b.writeUInt16LE(zip64ExtraId, 0);
  b.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => b.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return b;
}

/** The fields the local header and the central directory record share, from "version needed" to the extra field's length. */
function sharedFields({ name, crc, compressed, size }: ZipEntryRecord, zip64: boolean, extra: number): Buffer {
  const b = Buffer.alloc(26);
  b.writeUInt16LE(zip64 ? neededForZip64 : neededToExtract, 0);
  b.writeUInt16LE(utf8Names, 2);
  b.writeUInt16LE(deflateMethod, 4);
  b.writeUInt16LE(dosTime, 6);
  b.writeUInt16LE(dosDate, 8);
  b.writeUInt32LE(crc, 10);
  b.writeUInt32LE(zip64 ? inZip64 : compressed, 14);
  b.writeUInt32LE(zip64 ? inZip64 : size, 18);
  b.writeUInt16LE(name.length, 22);
  b.writeUInt16LE(extra, 24);
  return b;
}

/** The local header, followed in the file by the entry's deflated bytes. */
export function localHeader(entry: ZipEntryRecord): Buffer {
  const extra = entry.zip64 ? zip64Extra([entry.size, entry.compressed]) : Buffer.alloc(0);
  return Buffer.concat([u32(0x04034b50), sharedFields(entry, !!entry.zip64, extra.length), entry.name, extra]);
}

/** Where, from the start of an entry's local header, its CRC, and its sizes (in the zip64 extra field, or in the header), are written. */
export const localHeaderFields = (entry: ZipEntryRecord) => ({ crc: 14, sizes: entry.zip64 ? 30 + entry.name.length + 4 : 18 });

/** The entry's record in the central directory; `offset` is where its local header starts. */
export function centralRecord(entry: ZipEntryRecord, offset: number): Buffer {
  const zip64 = !!entry.zip64 || offset > maxPlainOffset || entry.compressed > maxPlainOffset || entry.size > maxPlainOffset;
  const extra = zip64 ? zip64Extra([entry.size, entry.compressed, offset]) : Buffer.alloc(0);
  const tail = Buffer.alloc(14);
  // Comment length, disk number and internal attributes 0.
  tail.writeUInt32LE(regularFile, 6);
  tail.writeUInt32LE(zip64 ? inZip64 : offset, 10);
  return Buffer.concat([u32(0x02014b50), u16(madeByUnix), sharedFields(entry, zip64, extra.length), tail, entry.name, extra]);
}

/** What ends the file after the central directory: the end record, with zip64's before it past 65,534 entries or 4 GB. */
export function endRecords(entries: number, directorySize: number, directoryOffset: number): Buffer {
  const zip64 = entries >= maxPlainEntries || directoryOffset > maxPlainOffset || directorySize > maxPlainOffset;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries, maxPlainEntries), 8);
  end.writeUInt16LE(Math.min(entries, maxPlainEntries), 10);
  end.writeUInt32LE(Math.min(directorySize, inZip64), 12);
  end.writeUInt32LE(Math.min(directoryOffset, inZip64), 16);
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
