/** One part of a zip as its central directory describes it. */
export interface ZipEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** What the directory claims; a crafted file may lie, so whoever inflates must still cap the output. */
  declaredSize: number;
  localHeader: number;
  /** The part's path in the zip ("xl/worksheets/sheet1.xml"). */
  name: string;
}

/**
 * The parts of a zip from its central directory, read before anything is inflated, so an .xlsx that would expand
 * to gigabytes (a decompression bomb) can be refused without expanding it. Null when the directory is damaged.
 * Zip64 archives declare 0xffffffff sizes; no spreadsheet an office keeps needs one, so they read as too large.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  // The end-of-central-directory record is within the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(at) === 0x06054b50) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = u16(eocd + 10);
  let at = u32(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) return null;
    const declared = u32(at + 24);
    const nameLength = u16(at + 28);
    if (at + 46 + nameLength > bytes.length) return null;
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      declaredSize: declared === 0xffffffff ? Infinity : declared,
      localHeader: u32(at + 42),
      name,
    });
    at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
  }
  return entries;
}

/** Where an entry's data starts: after its local header, whose name and extra field lengths may differ from the directory's. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  return start + entry.compressedSize > bytes.length ? null : bytes.subarray(start, start + entry.compressedSize);
}
