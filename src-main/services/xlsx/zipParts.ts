import { constants, crc32, deflateRawSync } from 'node:zlib';
import { centralRecord, endRecords, localHeader, maxPlainOffset, type ZipEntryRecord } from '../zip/zipRecords';

interface Part {
  record: ZipEntryRecord;
  deflated: Buffer[];
  offset: number;
}

/** The size, in characters, of the pieces writers hand a part in: large enough that deflating each apart loses nothing. */
export const pieceChars = 1 << 20;

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
    const record: ZipEntryRecord = { name: Buffer.from(name, 'utf8'), crc: 0, compressed: 0, size: 0 };
    const part: Part = { record, deflated: [], offset: this.offset };
    const push = (bytes: Buffer) => {
      part.deflated.push(bytes);
      record.compressed += bytes.length;
    };
    for (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      record.crc = crc32(bytes, record.crc);
      record.size += bytes.length;
      push(deflateRawSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }));
    }
    push(deflateRawSync(Buffer.alloc(0)));
    if (record.size > maxPlainOffset || this.offset + record.compressed > maxPlainOffset)
      throw new Error(`${name}: too large for a zip without zip64`);
    this.offset += 30 + record.name.length + record.compressed;
    this.parts.push(part);
  }

  bytes(): Buffer {
    const directory = Buffer.concat(this.parts.map((p) => centralRecord(p.record, p.offset)));
    const out = this.parts.flatMap((p) => [localHeader(p.record), ...p.deflated]);
    return Buffer.concat([...out, directory, endRecords(this.parts.length, directory.length, this.offset)]);
  }
}
