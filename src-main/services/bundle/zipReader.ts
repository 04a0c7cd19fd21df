import { createHash } from 'node:crypto';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { openPromise, type Entry, type ZipFile } from 'yauzl';
import { bundleRefusal } from '../../core/bundle/refusal';
import { checkEntryName } from '../../core/bundle/entryNames';
import type { BundleLimits } from '../../core/bundle/limits';

const damaged = (detail: string) =>
  bundleRefusal(
    `数据包文件已损坏或不完整（可能在传输中损坏或被截断）：${detail}`,
    `The bundle file is damaged or incomplete (damaged in transit or truncated): ${detail}`,
  );

const unixFileType = (e: Entry): number => (e.externalFileAttributes >>> 16) & 0o170000;
const symlinkType = 0o120000;
const directoryType = 0o040000;

/** Refuses what no bundle we write contains, from the central directory alone, before any data is read. */
function checkEntry(e: Entry, name: string, limits: BundleLimits): void {
  checkEntryName(name);
  if (unixFileType(e) === symlinkType)
    throw bundleRefusal(`条目“${name}”是符号链接，不予接受。`, `The entry "${name}" is a symbolic link; refused.`);
  if (unixFileType(e) === directoryType)
    throw bundleRefusal(`条目“${name}”是文件夹，不予接受。`, `The entry "${name}" is a directory; refused.`);
  if (e.isEncrypted()) throw bundleRefusal(`条目“${name}”已加密，不予接受。`, `The entry "${name}" is encrypted; refused.`);
  if (e.compressionMethod !== 0 && e.compressionMethod !== 8) {
    throw bundleRefusal(
      `条目“${name}”使用未知的压缩方式 ${e.compressionMethod}。`,
      `The entry "${name}" uses unknown compression method ${e.compressionMethod}.`,
    );
  }
  if (e.uncompressedSize > limits.entryBytes) {
    throw bundleRefusal(
      `条目“${name}”声明 ${e.uncompressedSize} 字节，超过上限 ${limits.entryBytes}（疑似压缩炸弹）。`,
      `The entry "${name}" declares ${e.uncompressedSize} bytes, over the cap of ${limits.entryBytes} (a zip bomb?).`,
    );
  }
  if (e.uncompressedSize > limits.inflateRatio * Math.max(e.compressedSize, 1)) {
    throw bundleRefusal(
      `条目“${name}”的压缩比超过 ${limits.inflateRatio}:1（疑似压缩炸弹）。`,
      `The entry "${name}" inflates more than ${limits.inflateRatio}:1 (a zip bomb?).`,
    );
  }
}

/** A bundle zip whose central directory has passed the checks; entries are read only through the caps. */
export interface CheckedZip {
  names: string[];
  declaredSize(name: string): number;
  /** The entry's bytes; refused when it inflates beyond what its directory record declared. */
  read(name: string): Promise<Buffer>;
  /** The entry's size and SHA-256, streamed, for entries too large to hold; with `copyTo`, written to that file as it streams. */
  digest(name: string, copyTo?: string): Promise<{ size: number; sha256: string }>;
  close(): void;
}

/** Every entry of a zip opened with lazyEntries, from its central directory. */
export async function readAllEntries(zip: ZipFile): Promise<Entry[]> {
  const entries: Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: Entry) => {
      entries.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return entries;
}

/**
 * Opens a bundle read-only and checks step 1 of the import pipeline: file size, entry count, names (allow-list,
 * no duplicates), types, encryption, declared sizes and inflate ratios. yauzl then checks while streaming that
 * no entry inflates to more or less than it declared.
 */
export async function openCheckedZip(file: string, limits: BundleLimits): Promise<CheckedZip> {
  const size = statSync(file).size;
  if (size > limits.fileBytes)
    throw bundleRefusal(
      `数据包文件过大：${size} 字节（上限 ${limits.fileBytes}）。`,
      `The bundle file is too large: ${size} bytes (cap ${limits.fileBytes}).`,
    );
  let zip: ZipFile;
  try {
    zip = await openPromise(file, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (err) {
    throw damaged((err as Error).message);
  }
  const close = () => zip.close();
  try {
    if (zip.entryCount > limits.entries)
      throw bundleRefusal(
        `数据包有 ${zip.entryCount} 个条目，超过上限 ${limits.entries}。`,
        `The bundle has ${zip.entryCount} entries, over the cap of ${limits.entries}.`,
      );
    const byName = new Map<string, Entry>();
    let declared = 0;
    for (const e of await readAllEntries(zip).catch((err: Error) => Promise.reject(damaged(err.message)))) {
      const name = e.fileNameRaw.toString('utf8');
      checkEntry(e, name, limits);
      if (byName.has(name))
        throw bundleRefusal(`数据包中有两个同名条目“${name}”，不予接受。`, `The bundle holds two entries named "${name}"; refused.`);
      byName.set(name, e);
      declared += e.uncompressedSize;
    }
    if (declared > limits.totalBytes)
      throw bundleRefusal(
        `数据包解压后共 ${declared} 字节，超过上限 ${limits.totalBytes}。`,
        `The bundle would inflate to ${declared} bytes, over the cap of ${limits.totalBytes}.`,
      );
    const stream = async (name: string, onChunk: (chunk: Buffer) => void) => {
      try {
        const s = await zip.openReadStreamPromise(byName.get(name)!);
        for await (const chunk of s) onChunk(chunk as Buffer);
      } catch (err) {
        throw damaged(`${name}: ${(err as Error).message}`);
      }
    };
    return {
      names: [...byName.keys()],
      declaredSize: (name) => byName.get(name)!.uncompressedSize,
      async read(name) {
        const chunks: Buffer[] = [];
        await stream(name, (c) => chunks.push(c));
        return Buffer.concat(chunks);
      },
      async digest(name, copyTo) {
        const hash = createHash('sha256');
        let bytes = 0;
        const fd = copyTo === undefined ? undefined : openSync(copyTo, 'w');
        try {
          await stream(name, (c) => {
            bytes += c.length;
            hash.update(c);
            if (fd !== undefined) writeSync(fd, c);
          });
        } finally {
          if (fd !== undefined) closeSync(fd);
        }
        return { size: bytes, sha256: hash.digest('hex') };
      },
      close,
    };
  } catch (err) {
    close();
    throw err;
  }
}
