import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { constants, crc32, createDeflateRaw } from 'node:zlib';
import { centralRecord, endRecords, localHeader, localHeaderFields, type ZipEntryRecord } from './zipRecords';

/** From this size on an entry is written with zip64 sizes: deflate may grow incompressible bytes a little. */
const zip64From = 0xf0000000;
/** Deflated bytes are written once this much has gathered: a few large writes, on a USB disk too. */
const writeChunk = 1024 * 1024;

export interface WrittenEntry {
  size: number;
  sha256: string;
}

/**
 * A zip written entry by entry to a file, each entry's bytes streamed from a file through deflate: a backup holds a
 * database and documents that may not fit in memory together. The local header is written first and its CRC and
 * sizes filled in once the entry's bytes are written. The SHA-256 of what went in comes back with each entry.
 */
export class ZipFileWriter {
  private offset = 0;
  private readonly directory: Buffer[] = [];
  private entries = 0;

  private constructor(private readonly out: FileHandle) {}

  /** A new zip at `file`, which must not exist yet. */
  /** `mode`: a backup, which holds passport numbers, is made the user's alone (0600); others follow the umask. */
  static async create(file: string, mode = 0o666): Promise<ZipFileWriter> {
    return new ZipFileWriter(await open(file, 'wx', mode));
  }

  /**
   * The entry `name` with the bytes of the file at `path`; `onBytes` hears how many were read as they are. When `accept`
   * turns down what was written (a document whose bytes no longer match its hash), the entry is taken out again.
   */
  async addFile(
    name: string,
    path: string,
    expectedSize: number,
    o: { onBytes?: (bytes: number) => void; accept?: (written: WrittenEntry) => boolean } = {},
  ): Promise<WrittenEntry | undefined> {
    const headerAt = this.offset;
    const written = await this.add(name, expectedSize, createReadStream(path, { highWaterMark: writeChunk }), o.onBytes);
    if (!o.accept || o.accept(written)) return written;
    this.offset = headerAt;
    this.directory.pop();
    this.entries--;
    return undefined;
  }

  async addBytes(name: string, bytes: Buffer): Promise<WrittenEntry> {
    return this.add(name, bytes.length, [bytes]);
  }

  private async add(
    name: string,
    expectedSize: number,
    source: AsyncIterable<Buffer> | Iterable<Buffer>,
    onBytes?: (bytes: number) => void,
  ): Promise<WrittenEntry> {
    const record: ZipEntryRecord = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0, zip64: expectedSize >= zip64From };
    const headerAt = this.offset;
    await this.write([localHeader(record)]);
    const hash = createHash('sha256');
    async function* tapped() {
      for await (const chunk of source) {
        record.size += chunk.length;
        record.crc = crc32(chunk, record.crc);
        hash.update(chunk);
        onBytes?.(chunk.length);
        yield chunk;
      }
    }
    const write = this.write.bind(this);
    await pipeline(tapped, createDeflateRaw({ level: constants.Z_BEST_SPEED }), async function (deflated: AsyncIterable<Buffer>) {
      let waiting: Buffer[] = [];
      let bytes = 0;
      for await (const chunk of deflated) {
        waiting.push(chunk);
        bytes += chunk.length;
        record.compressed += chunk.length;
        if (bytes >= writeChunk) {
          await write(waiting);
          waiting = [];
          bytes = 0;
        }
      }
      await write(waiting);
    });
    const fields = localHeaderFields(record);
    const crc = Buffer.alloc(4);
    crc.writeUInt32LE(record.crc >>> 0, 0);
    await this.out.write(crc, 0, 4, headerAt + fields.crc);
    const sizes = Buffer.alloc(record.zip64 ? 16 : 8);
    if (record.zip64) {
      sizes.writeBigUInt64LE(BigInt(record.size), 0);
      sizes.writeBigUInt64LE(BigInt(record.compressed), 8);
    } else {
      sizes.writeUInt32LE(record.compressed, 0);
      sizes.writeUInt32LE(record.size, 4);
    }
    await this.out.write(sizes, 0, sizes.length, headerAt + fields.sizes);
    this.directory.push(centralRecord(record, headerAt));
    this.entries++;
    return { size: record.size, sha256: hash.digest('hex') };
  }

  private async write(buffers: Buffer[]): Promise<void> {
    if (buffers.length === 0) return;
    const { bytesWritten } = await this.out.writev(buffers, this.offset);
    this.offset += bytesWritten;
  }

  /** The central directory and end records, then the file flushed to the disk and closed. */
  async finish(): Promise<void> {
    const central = Buffer.concat(this.directory);
    const at = this.offset;
    await this.write([central, endRecords(this.entries, central.length, at)]);
    // An entry taken out at the end may have left bytes past the end records.
    await this.out.truncate(this.offset);
    await this.out.sync();
    await this.out.close();
  }

  /** Closes the file without finishing it (the caller removes it). */
  async abandon(): Promise<void> {
    await this.out.close().catch(() => undefined);
  }
}
