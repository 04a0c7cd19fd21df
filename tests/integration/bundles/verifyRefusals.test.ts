import { readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultBundleLimits } from '../../../src-main/core/bundle/limits';
import { manifestComment } from '../../../src-main/core/bundle/trustedComments';
import { encodeBase64, decodeBase64 } from '../../../src-main/core/signing/encoding';
import { sha256Hex } from '../../../src-main/services/bundle/segments';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { keySigners, rosterSigners } from '../../../src-main/services/bundle/signers';
import { verifyBundle } from '../../../src-main/services/bundle/verifyBundle';
import { requireRoster } from '../../../src-main/services/trust/roster';
import { minisignKeyIdHex } from '../../../src-main/core/signing/minisignKey';
import { installationPublicKey, signAsInstallation } from '../../../src-main/services/signing';
import {
  entriesOf,
  exportedBundle,
  patchCentralRecord,
  relaying,
  renameEntry,
  replacing,
  zipOf,
  type Exported,
  type RawEntry,
} from '../../support/bundles';
import { partnerValues, tempApp } from '../../support/tempApp';
import { rejectionOf } from '../../support/refusal';

const segmentOf = (entries: RawEntry[]): string => entries.find((e) => e.path.endsWith('.jsonl'))!.path;

/** A manifest replaced by other text, signed properly by the exporter so only the JSON checks can refuse it. */
async function withSignedManifest(b: Exported, text: string, others?: RawEntry[]): Promise<string> {
  const bytes = Buffer.from(text);
  const comment = manifestComment({ exporter: b.app.ctx.self.id, sequence: 1, sha256: sha256Hex(bytes) });
  const entries = replacing(
    replacing(others ?? (await entriesOf(b.file)), 'manifest.json', () => bytes),
    'manifest.json.minisig',
    () => Buffer.from(signAsInstallation(b.app.ctx, bytes, comment)),
  );
  return zipOf(entries, b.dir);
}

describe('verifying a bundle refuses, saying why', () => {
  it('accepts the bundle as exported', async () => {
    const b = await exportedBundle();
    expect(await verifyBundle(b.file, b.key)).toMatchObject({ exporter: b.app.ctx.self.id, sequence: 1 });
  });

  it('a tampered entry, as damaged in transit', async () => {
    const b = await exportedBundle();
    const entries = await entriesOf(b.file);
    const forged = await zipOf(
      replacing(entries, segmentOf(entries), (bytes) => Buffer.from(bytes.toString().replace('伦敦', '巴黎'))),
      b.dir,
    );
    const err = await rejectionOf(verifyBundle(forged, b.key));
    expect(err.code).toBe('BAD_BUNDLE');
    expect(err.localized.en).toContain('damaged in transit');
    expect(err.localized.zh).toContain('传输中损坏');
  });

  it('a tampered manifest, as not matching its signature', async () => {
    const b = await exportedBundle();
    const forged = await zipOf(
      replacing(await entriesOf(b.file), 'manifest.json', (bytes) =>
        Buffer.from(bytes.toString().replace('"sequence": 1', '"sequence": 9')),
      ),
      b.dir,
    );
    const err = await rejectionOf(verifyBundle(forged, b.key));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toMatch(/^The manifest is not validly signed by key [0-9A-F]{16}: The file does not match its signature/);
  });

  it('an edited trusted comment', async () => {
    const b = await exportedBundle();
    const forged = await zipOf(
      replacing(await entriesOf(b.file), 'manifest.json.minisig', (bytes) =>
        Buffer.from(bytes.toString().replace('sequence:1', 'sequence:2')),
      ),
      b.dir,
    );
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toContain('The trusted comment was altered');
  });

  it('a validly signed trusted comment that names another sequence than the manifest', async () => {
    const b = await exportedBundle();
    const entries = await entriesOf(b.file);
    const manifest = entries.find((e) => e.path === 'manifest.json')!.bytes;
    const wrong = signAsInstallation(
      b.app.ctx,
      manifest,
      manifestComment({ exporter: b.app.ctx.self.id, sequence: 7, sha256: sha256Hex(manifest) }),
    );
    const forged = await zipOf(
      replacing(entries, 'manifest.json.minisig', () => Buffer.from(wrong)),
      b.dir,
    );
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toBe(
      'The trusted comment of the manifest signature does not match the manifest (sequence): the signature is not for this content.',
    );
  });

  it('a bundle signed by an unknown key', async () => {
    const b = await exportedBundle();
    const stranger = await tempApp();
    const err = await rejectionOf(verifyBundle(b.file, installationPublicKey(stranger.ctx)));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toMatch(/not validly signed by key [0-9A-F]{16}: Signed by another key/);
    expect(err.localized.zh).toContain('清单未经密钥');
  });

  it('a legacy (non-prehashed) signature', async () => {
    const b = await exportedBundle();
    const legacy = (sig: Buffer) => {
      const lines = sig.toString().split('\n');
      const blob = decodeBase64(lines[1]!)!;
      blob[1] = 'd'.charCodeAt(0);
      lines[1] = encodeBase64(blob);
      return Buffer.from(lines.join('\n'));
    };
    const forged = await zipOf(replacing(await entriesOf(b.file), 'manifest.json.minisig', legacy), b.dir);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toContain('legacy minisign signature');
  });

  it('a truncated file', async () => {
    const b = await exportedBundle();
    truncateSync(b.file, Math.floor(readFileSync(b.file).length / 2));
    const err = await rejectionOf(verifyBundle(b.file, b.key));
    expect(err.localized.en).toContain('damaged in transit or truncated');
  });

  it('a file over the size cap, before reading it', async () => {
    const b = await exportedBundle();
    const err = await rejectionOf(verifyBundle(b.file, b.key, { ...defaultBundleLimits, fileBytes: 100 }));
    expect(err.localized.en).toMatch(/^The bundle file is too large: \d+ bytes \(cap 100\)\.$/);
  });

  it('a zip-slip name', async () => {
    const b = await exportedBundle();
    const forged = await zipOf([...(await entriesOf(b.file)), { path: 'files/aaaaaaaaa/escape', bytes: Buffer.from('x') }], b.dir);
    renameEntry(forged, 'files/aaaaaaaaa/escape', '../../../../etc/escape');
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toContain('tries to escape its folder ("../../../../etc/escape"');
  });

  it('a name off the allow-list', async () => {
    const b = await exportedBundle();
    const forged = await zipOf([...(await entriesOf(b.file)), { path: 'autorun.exe', bytes: Buffer.from('MZ') }], b.dir);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toContain('does not belong in a bundle ("autorun.exe")');
  });

  it('two entries with the same name', async () => {
    const b = await exportedBundle();
    const entries = await entriesOf(b.file);
    const forged = await zipOf([...entries, { path: 'manifest.jsoX', bytes: Buffer.from('{}') }], b.dir);
    renameEntry(forged, 'manifest.jsoX', 'manifest.json');
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toBe(
      'The bundle holds two entries named "manifest.json"; refused.',
    );
  });

  it('a symbolic link entry', async () => {
    const b = await exportedBundle();
    const entries = await entriesOf(b.file);
    const link = `files/${'a'.repeat(64)}`;
    const forged = await zipOf([...entries, { path: link, bytes: Buffer.from('/etc/passwd'), mode: 0o120777 }], b.dir);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toBe(`The entry "${link}" is a symbolic link; refused.`);
  });

  it('a directory entry', async () => {
    const b = await exportedBundle();
    const dir = `files/${'c'.repeat(64)}`;
    const forged = await zipOf([...(await entriesOf(b.file)), { path: dir, bytes: Buffer.alloc(0), mode: 0o040755 }], b.dir);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toBe(`The entry "${dir}" is a directory; refused.`);
  });

  it('an encrypted entry', async () => {
    const b = await exportedBundle();
    const segment = segmentOf(await entriesOf(b.file));
    patchCentralRecord(b.file, segment, (zip, at) => zip.writeUInt16LE(zip.readUInt16LE(at + 8) | 1, at + 8));
    expect((await rejectionOf(verifyBundle(b.file, b.key))).localized.en).toBe(`The entry "${segment}" is encrypted; refused.`);
  });

  it('a zip bomb, by its inflate ratio, before inflating it', async () => {
    const b = await exportedBundle();
    const bomb = `files/${'b'.repeat(64)}`;
    const forged = await zipOf([...(await entriesOf(b.file)), { path: bomb, bytes: Buffer.alloc(20 * 1024 * 1024) }], b.dir);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toContain(
      `The entry "${bomb}" inflates more than 200:1 (a zip bomb?)`,
    );
  });

  it('more entries than the cap, from the central directory alone', async () => {
    const b = await exportedBundle();
    const count = (await entriesOf(b.file)).length;
    const err = await rejectionOf(verifyBundle(b.file, b.key, { ...defaultBundleLimits, entries: count - 1 }));
    expect(err.localized.en).toBe(`The bundle has ${count} entries, over the cap of ${count - 1}.`);
    expect(await verifyBundle(b.file, b.key, { ...defaultBundleLimits, entries: count })).toMatchObject({ sequence: 1 });
  });

  it('a declared size over the cap', async () => {
    const b = await exportedBundle();
    patchCentralRecord(b.file, 'manifest.json', (zip, at) => zip.writeUInt32LE(0xfffffff0, at + 24));
    expect((await rejectionOf(verifyBundle(b.file, b.key))).localized.en).toContain(
      '"manifest.json" declares 4294967280 bytes, over the cap',
    );
  });

  it('an entry that inflates to more than it declared', async () => {
    const b = await exportedBundle();
    const segment = segmentOf(await entriesOf(b.file));
    patchCentralRecord(b.file, segment, (zip, at) => zip.writeUInt32LE(zip.readUInt32LE(at + 24) - 10, at + 24));
    const err = await rejectionOf(verifyBundle(b.file, b.key));
    expect(err.localized.en).toContain(`damaged in transit or truncated): ${segment}:`);
  });

  it('an oversize manifest', async () => {
    const b = await exportedBundle();
    const forged = await withSignedManifest(b, JSON.stringify({ padding: 'x'.repeat(4096) }));
    const err = await rejectionOf(verifyBundle(forged, b.key, { ...defaultBundleLimits, jsonBytes: 1024 }));
    expect(err.localized.en).toMatch(/^manifest.json is \d+ bytes, over the cap of 1024\.$/);
  });

  it('a deeply nested manifest', async () => {
    const b = await exportedBundle();
    const forged = await withSignedManifest(b, `${'['.repeat(100)}${']'.repeat(100)}`);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toBe(
      'JSON in the bundle refused: manifest.json nests 100 deep, over the cap of 32',
    );
  });

  it('a manifest with a __proto__ key', async () => {
    const b = await exportedBundle();
    const forged = await withSignedManifest(b, '{"format":1,"__proto__":{"isAdmin":true}}');
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toBe(
      'JSON in the bundle refused: manifest.json has the key "__proto__"',
    );
  });

  it('a manifest that does not follow the schema', async () => {
    const b = await exportedBundle();
    const forged = await withSignedManifest(b, '{"format":2}');
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toMatch(/^The manifest \(manifest.json\) is malformed at format/);
  });

  it('a segment signature swapped for another, as not matching the manifest', async () => {
    const b = await exportedBundle();
    const entries = await entriesOf(b.file);
    const segment = segmentOf(entries);
    const other = signAsInstallation(b.app.ctx, Buffer.from('other\n'), 'author:x');
    const forged = await zipOf(
      replacing(entries, `${segment}.minisig`, () => Buffer.from(other)),
      b.dir,
    );
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toContain(
      `The entry ${segment}.minisig does not match the manifest`,
    );
  });

  it('a segment relayed from an author whose key is not trusted', async () => {
    // The office relays, with the office's own signature on the manifest, a segment properly signed by its
    // author, an installation the office never enrolled.
    const b = await exportedBundle();
    const stranger = await tempApp({ name: '陌生电脑', role: 'department', departments: ['LAW'] });
    await stranger.call('records.put', { register: 'partner', values: partnerValues({ department: 'LAW' }) });
    const theirs = join(b.dir, 'stranger.waiban');
    await exportBundle(stranger.ctx, { out: theirs });
    const forged = await relaying(b.app, b.file, theirs, b.dir);
    const id = stranger.ctx.self.id;
    const theirSegment = (await entriesOf(theirs)).find((e) => e.path.endsWith('.jsonl'))!.path;
    // By the roster held here, which does not list the stranger.
    const byRoster = await rejectionOf(verifyBundle(forged, rosterSigners(requireRoster(b.app.ctx))));
    expect(byRoster.code).toBe('BAD_BUNDLE');
    expect(byRoster.localized.en).toBe(`The segment author ${id} is not in the roster held here: an unknown signer.`);
    expect(byRoster.localized.zh).toContain('不在本机的名册中');
    // By the keys given, which do not include the stranger's.
    const strangerKey = installationPublicKey(stranger.ctx);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toBe(
      `Segment ${theirSegment} is not validly signed by its author: Signed by another key (key id ${minisignKeyIdHex(strangerKey.keyId)}, expected ${minisignKeyIdHex(b.key.keyId)})`,
    );
    // Given the stranger's key too, the same bundle verifies: the refusals above are about that author alone.
    expect(await verifyBundle(forged, keySigners([b.key, strangerKey]))).toMatchObject({ exporter: b.app.ctx.self.id });
  });

  it('a segment listed with another prev than its author signed', async () => {
    const b = await exportedBundle();
    const manifest = (await entriesOf(b.file)).find((e) => e.path === 'manifest.json')!.bytes.toString();
    const broken = manifest.replace(/"prev": "0{64}"/, `"prev": "${'1'.repeat(64)}"`);
    const forged = await withSignedManifest(b, broken);
    expect((await rejectionOf(verifyBundle(forged, b.key))).localized.en).toContain('The trusted comment of segment');
  });
});
