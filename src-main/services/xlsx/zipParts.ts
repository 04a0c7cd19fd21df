import { constants, deflateRawSync } from 'node:zlib';

const crcTable = Int32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** CRC-32 as zip wants it, carried on from `crc` (0 to start); Node 20's zlib has no crc32 of its own. */
function crc32(bytes: Uint8Array, crc: number): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = crcTable[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

interface Part {
  name: Buffer;
  crc: number;
  size: number;
  deflated: Buffer[];
  deflatedSize: number;
  offset: number;
}

/** The size, in characters, of the pieces writers hand a part in: large enough that deflating each apart loses nothing. */
export const pieceChars = 1 << 20;

/** The DOS date of 1980-01-01, 00:00: every part gets it, so the bytes depend only on the content. */
const dosDate = (1 << 5) | 1;

/**
 * A zip built synchronously from parts given in pieces, each piece deflated as it arrives, so a part of hundreds
 * of MB (a 100k-row sheet's XML) is never whole in memory, only its compressed bytes. Each piece is its own run of
 * deflate blocks ended by a sync flush, which together with a final empty block is one valid deflate stream;
 * pieces of a MB or more lose nothing measurable to the dictionary starting afresh.
 */
export class ZipParts {
  private readonly parts: Part[] = [];
  private offset = 0;

  add(name: string, pieces: Iterable<string>): void {
    const part: Part = { name: Buffer.from(name, 'utf8'), crc: 0, size: 0, deflated: [], deflatedSize: 0, offset: this.offset };
    const push = (bytes: Buffer) => {
      part.deflated.push(bytes);
      part.deflatedSize += bytes.length;
    };
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      part.crc = crc32(bytes, part.crc);
      part.size += bytes.length;
      push(deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }));
    }
    push(deflateRawSync(Buffer.alloc(0)));
    if (part.size > 0xfffffffe || this.offset + part.deflatedSize > 0xfffffffe) throw new Error(`${name}: too large for a zip without zip64`);
    this.offset += 30 + part.name.length + part.deflatedSize;
    this.parts.push(part);
  }

  bytes(): Buffer {
    const out: Buffer[] = [];
    const header = (signature: number, central: boolean, p: Part) => {
      const b = Buffer.alloc(central ? 46 : 30);
      let at = b.writeUInt32LE(signature, 0);
      if (central) at = b.writeUInt16LE(20, at);
      at = b.writeUInt16LE(20, at);
      // Bit 11: the name is UTF-8.
      at = b.writeUInt16LE(0x0800, at);
      at = b.writeUInt16LE(8, at);
      at = b.writeUInt16LE(0, at);
      at = b.writeUInt16LE(dosDate, at);
      at = b.writeUInt32LE(p.crc, at);
      at = b.writeUInt32LE(p.deflatedSize, at);
      at = b.writeUInt32LE(p.size, at);
      at = b.writeUInt16LE(p.name.length, at);
      if (central) b.writeUInt32LE(p.offset, 42);
      return b;
    };
    for (const p of this.parts) out.push(header(0x04034b50, false, p), p.name, ...p.deflated);
    const directory = this.parts.flatMap((p) => [header(0x02014b50, true, p), p.name]);
    const directorySize = directory.reduce((sum, b) => sum + b.length, 0);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.parts.length, 8);
    end.writeUInt16LE(this.parts.length, 10);
    end.writeUInt32LE(directorySize, 12);
    end.writeUInt32LE(this.offset, 16);
    return Buffer.concat([...out, ...directory, end]);
  }
}
