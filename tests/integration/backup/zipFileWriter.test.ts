import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZipFileWriter } from '../../../src-main/services/zip/zipFileWriter';
import { entriesOf } from '../../support/bundles';
import { tempDir } from '../../support/tempApp';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('the streaming zip writer of backups', () => {
  it('writes entries a zip reader reads back byte for byte, zip64 ones too, and takes out an entry it was told to', async () => {
    const dir = tempDir();
    const big = Buffer.alloc(3 * 1024 * 1024 + 17, 'waiban ');
    const bigFile = join(dir, 'big.bin');
    writeFileSync(bigFile, big);
    const dropped = join(dir, 'dropped.bin');
    writeFileSync(dropped, Buffer.alloc(100_000, 1));
    const file = join(dir, 'out.zip');
    const zip = await ZipFileWriter.create(file);
    const first = await zip.addFile('a/big.bin', bigFile, big.length);
    // Announced as past 4 GB: written with its sizes in a zip64 extra field.
    const wide = await zip.addFile('a/wide.bin', bigFile, 0xf0000000);
    expect(await zip.addFile('a/dropped.bin', dropped, 100_000, { accept: () => false })).toBeUndefined();
    await zip.addBytes('manifest.json', Buffer.from('{"ok":true}'));
    await zip.finish();

    expect(first).toEqual({ size: big.length, sha256: sha(big) });
    expect(wide).toEqual(first);
    const read = await entriesOf(file);
    expect(read.map((e) => e.path)).toEqual(['a/big.bin', 'a/wide.bin', 'manifest.json']);
    expect(read.map((e) => sha(e.bytes))).toEqual([sha(big), sha(big), sha(Buffer.from('{"ok":true}'))]);
    // Deflated: the file is far smaller than what it holds.
    expect(statSync(file).size).toBeLessThan(big.length / 10);
    expect(readFileSync(file).includes(Buffer.from('dropped.bin'))).toBe(false);
  });
});
