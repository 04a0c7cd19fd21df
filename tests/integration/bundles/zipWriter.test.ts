import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { ZipFile } from 'yazl';
import { writeZip, type ZipEntry } from '../../../src-main/services/bundle/zipWriter';
import { defaultBundleLimits } from '../../../src-main/core/bundle/limits';
import { openCheckedZip } from '../../../src-main/services/bundle/zipReader';
import { tempDir } from '../../support/tempApp';

type InMemory = Extract<ZipEntry, { bytes: Buffer }>;

/** The bytes yazl wrote for the same entries with the settings bundles always used: what bundles before this writer hold. */
async function yazlBytes(entries: InMemory[], file: string): Promise<Buffer> {
  const zip = new ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(file));
  for (const e of entries)
    zip.addBuffer(e.bytes, e.path, {
      mtime: new Date(1980, 0, 1),
      mode: 0o100644,
      compress: true,
      compressionLevel: 6,
      forceDosTimestamp: true,
    });
  zip.end();
  await written;
  return readFileSync(file);
}

async function bothWriters(entries: InMemory[]): Promise<{ ours: Buffer; yazl: Buffer }> {
  const dir = tempDir();
  await writeZip(entries, join(dir, 'ours.zip'));
  return { ours: readFileSync(join(dir, 'ours.zip')), yazl: await yazlBytes(entries, join(dir, 'yazl.zip')) };
}

describe('zip writer', () => {
  it('writes byte for byte the zip yazl wrote for the same entries, so a re-export matches bundles written before', async () => {
    const ndjson = Buffer.from(Array.from({ length: 2000 }, (_, i) => `{"id":"c${i}","nameZh":"合作院校${i}"}\n`).join(''));
    const entries = [
      { path: 'manifest.json', bytes: Buffer.from('{\n  "format": 1\n}\n') },
      { path: 'segments/a/000001.ndjson', bytes: ndjson },
      { path: 'segments/a/000001.ndjson.minisig', bytes: Buffer.from('untrusted comment: x\nRW...\n') },
      { path: 'files/empty', bytes: Buffer.alloc(0) },
      { path: 'files/名单.txt', bytes: Buffer.from('伦敦') },
    ];
    const { ours, yazl } = await bothWriters(entries);
    expect(ours.equals(yazl)).toBe(true);
  });

  it('streams a document from its file into the same bytes as held in memory, and refuses one that does not match its hash', async () => {
    const dir = tempDir();
    const scan = randomBytes(3 * 1024 * 1024 + 17);
    const sha256 = createHash('sha256').update(scan).digest('hex');
    writeFileSync(join(dir, 'scan'), scan);
    const around = [
      { path: 'manifest.json', bytes: Buffer.from('{}\n') },
      { path: 'segments/a/000001.ndjson', bytes: Buffer.from('{"x":1}\n'.repeat(20_000)) },
    ];
    const streamed = join(dir, 'streamed.zip');
    await writeZip([around[0]!, { path: `files/${sha256}`, file: join(dir, 'scan'), size: scan.length, sha256 }, around[1]!], streamed);
    const { yazl } = await bothWriters([around[0]!, { path: `files/${sha256}`, bytes: scan }, around[1]!]);
    expect(readFileSync(streamed).equals(yazl)).toBe(true);

    writeFileSync(join(dir, 'scan'), Buffer.concat([scan.subarray(1), Buffer.from('x')]));
    const refused = writeZip([{ path: `files/${sha256}`, file: join(dir, 'scan'), size: scan.length, sha256 }], join(dir, 'damaged.zip'));
    await expect(refused).rejects.toMatchObject({ code: 'INTERNAL', localized: { zh: expect.stringContaining('校验值不符') } });
  });

  it('writes more entries than the plain end record counts with a zip64 end record, which a reader takes whole', async () => {
    const name = (i: number) => `files/${i.toString(16).padStart(64, '0')}`;
    const entries = Array.from({ length: 0xffff + 1 }, (_, i) => ({ path: name(i), bytes: Buffer.from(`${i}`) }));
    const file = join(tempDir(), 'many.zip');
    await writeZip(entries, file);
    const zip = await openCheckedZip(file, { ...defaultBundleLimits, entries: 0x10000 });
    try {
      expect(zip.names).toHaveLength(0x10000);
      expect((await zip.read(name(0xffff))).toString()).toBe('65535');
    } finally {
      zip.close();
    }
  });

  it('does not overwrite a file already there', async () => {
    const dir = tempDir();
    const file = join(dir, 'bundle.zip');
    await writeZip([{ path: 'a', bytes: Buffer.from('a') }], file);
    await expect(writeZip([{ path: 'b', bytes: Buffer.from('b') }], file)).rejects.toThrow(/EEXIST/);
  });
});
