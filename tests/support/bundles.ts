import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromBufferPromise, type Entry } from 'yauzl';
import { ZipFile } from 'yazl';
import { decodePublicKey, encodePublicKey, type MinisignPublicKey } from '../../src-main/core/signing/minisignKey';
import { segmentPath } from '../../src-main/core/bundle/entryNames';
import { manifestComment, segmentComment } from '../../src-main/core/bundle/trustedComments';
import type { Manifest } from '../../src-main/core/bundle/manifest';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { sha256Hex } from '../../src-main/services/bundle/segments';
import { installationPublicKey, signAsInstallation } from '../../src-main/services/signing';
import { attach, partnerValues, tempApp, tempDir, type TestApp } from './tempApp';

export interface Exported {
  app: TestApp;
  dir: string;
  file: string;
  pubFile: string;
  key: MinisignPublicKey;
}

/** An office installation with a partner and an agreement carrying a document, exported as a full bundle. */
export async function exportedBundle(): Promise<Exported> {
  const app = await tempApp();
  const ref = await attach(app, 'mou.pdf', '%PDF-1.4 签署版');
  const p = await app.call('records.put', { register: 'partner', values: partnerValues() });
  await app.call('records.put', { register: 'agreement', values: { title: '框架协议', partner: p.id, document: ref } });
  const dir = tempDir();
  const file = join(dir, 'office.waiban');
  await exportBundle(app.ctx, { out: file });
  const pubFile = join(dir, 'exporter.pub');
  writeFileSync(pubFile, encodePublicKey(installationPublicKey(app.ctx)));
  return { app, dir, file, pubFile, key: decodePublicKey(readFileSync(pubFile, 'utf8')) };
}

export interface RawEntry {
  path: string;
  bytes: Buffer;
  mode?: number;
}

/** Every entry of a zip, in order, read with the library rather than the code under test. */
export async function entriesOf(file: string): Promise<RawEntry[]> {
  const zip = await fromBufferPromise(readFileSync(file), { lazyEntries: true });
  const out: RawEntry[] = [];
  for (;;) {
    const entry = await new Promise<Entry | undefined>((resolve, reject) => {
      zip.once('entry', resolve);
      zip.once('end', () => resolve(undefined));
      zip.once('error', reject);
      zip.readEntry();
    });
    if (!entry) return out;
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    out.push({ path: entry.fileName, bytes: Buffer.concat(chunks) });
  }
}

/** A zip of the given entries, written to a new file beside the bundle. */
export async function zipOf(entries: RawEntry[], dir: string, name = 'forged.waiban'): Promise<string> {
  const zip = new ZipFile();
  for (const e of entries) zip.addBuffer(e.bytes, e.path, { mode: e.mode ?? 0o100644, forceDosTimestamp: true });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const c of zip.outputStream) chunks.push(c as Buffer);
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

/** The same entries with one replaced by what change returns. */
export const replacing = (entries: RawEntry[], path: string, change: (bytes: Buffer) => Buffer): RawEntry[] =>
  entries.map((e) => (e.path === path ? { ...e, bytes: change(e.bytes) } : e));

/**
 * Rewrites a field of one entry's central directory record in a zip file, for the lies a zip library will not
 * write: a name it refuses, or a declared size that is not the real one.
 */
export function patchCentralRecord(file: string, name: string, patch: (zip: Buffer, record: number) => void): void {
  const zip = readFileSync(file);
  for (
    let at = zip.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'));
    at >= 0;
    at = zip.lastIndexOf(Buffer.from('PK\x01\x02', 'latin1'), at - 1)
  ) {
    const nameLength = zip.readUInt16LE(at + 28);
    if (zip.subarray(at + 46, at + 46 + nameLength).toString('latin1') === name) {
      patch(zip, at);
      writeFileSync(file, zip);
      return;
    }
  }
  throw new Error(`no central directory record for ${name}`);
}

/** Replaces every occurrence of a name in a zip (local header and central directory) with another of the same length. */
export function renameEntry(file: string, from: string, to: string): void {
  if (from.length !== to.length) throw new Error('names must have the same length');
  const zip = readFileSync(file);
  const needle = Buffer.from(from, 'latin1');
  for (let at = zip.indexOf(needle); at >= 0; at = zip.indexOf(needle, at + 1)) zip.write(to, at, 'latin1');
  writeFileSync(file, zip);
}

/**
 * The bundle `file` the installation `exporter` made, also relaying the segments of the bundle `theirs` (each
 * with its own author's signature, untouched), its manifest listing them and signed again by the exporter: a
 * relay exactly as the exporter could make it, so only the trust in the relayed author can refuse it.
 */
export async function relaying(exporter: TestApp, file: string, theirs: string, dir: string): Promise<string> {
  const ours = await entriesOf(file);
  const manifest = JSON.parse(ours.find((e) => e.path === 'manifest.json')!.bytes.toString('utf8')) as Manifest;
  const other = JSON.parse((await entriesOf(theirs)).find((e) => e.path === 'manifest.json')!.bytes.toString('utf8')) as Manifest;
  const relayed = (await entriesOf(theirs)).filter((e) => e.path.startsWith('segments/'));
  const paths = new Set(relayed.map((e) => e.path));
  const value: Manifest = {
    ...manifest,
    entries: [...manifest.entries, ...other.entries.filter((e) => paths.has(e.path))],
    segments: [...manifest.segments, ...other.segments],
  };
  const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const signature = signAsInstallation(
    exporter.ctx,
    bytes,
    manifestComment({ exporter: value.exporter, sequence: value.sequence, sha256: sha256Hex(bytes) }),
  );
  const rest = ours.filter((e) => e.path !== 'manifest.json' && e.path !== 'manifest.json.minisig');
  return zipOf(
    [{ path: 'manifest.json', bytes }, { path: 'manifest.json.minisig', bytes: Buffer.from(signature, 'utf8') }, ...rest, ...relayed],
    dir,
    'relaying.waiban',
  );
}

/**
 * The bundle `file` with one segment's content rewritten and everything above it signed again by `exporter`
 * (the segment, its manifest entry and the manifest): a forgery only the exporter's own key could make, so
 * only a rule about what the segment may hold can refuse it.
 */
export async function resigningSegment(
  exporter: TestApp,
  file: string,
  path: string,
  change: (content: string) => string,
  dir: string,
): Promise<string> {
  const entries = await entriesOf(file);
  const manifest = JSON.parse(entries.find((e) => e.path === 'manifest.json')!.bytes.toString('utf8')) as Manifest;
  const content = Buffer.from(change(entries.find((e) => e.path === path)!.bytes.toString('utf8')), 'utf8');
  const sha256 = sha256Hex(content);
  const lines = content.toString('utf8').split('\n').filter(Boolean).length;
  const segments = manifest.segments.map((s) => (segmentPath(s.author, s.seq) === path ? { ...s, sha256, count: lines } : s));
  const segment = segments.find((s) => segmentPath(s.author, s.seq) === path)!;
  const segmentSignature = Buffer.from(signAsInstallation(exporter.ctx, content, segmentComment(segment)), 'utf8');
  const value: Manifest = {
    ...manifest,
    segments,
    entries: manifest.entries.map((e) =>
      e.path === path
        ? { ...e, size: content.length, sha256 }
        : e.path === `${path}.minisig`
          ? { ...e, size: segmentSignature.length, sha256: sha256Hex(segmentSignature) }
          : e,
    ),
  };
  const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const signature = signAsInstallation(
    exporter.ctx,
    bytes,
    manifestComment({ exporter: value.exporter, sequence: value.sequence, sha256: sha256Hex(bytes) }),
  );
  const rest = entries
    .filter((e) => e.path !== 'manifest.json' && e.path !== 'manifest.json.minisig')
    .map((e) => (e.path === path ? { ...e, bytes: content } : e.path === `${path}.minisig` ? { ...e, bytes: segmentSignature } : e));
  return zipOf(
    [{ path: 'manifest.json', bytes }, { path: 'manifest.json.minisig', bytes: Buffer.from(signature, 'utf8') }, ...rest],
    dir,
    'resigned.waiban',
  );
}

/**
 * The bundle `file` with entries added (documents nobody names, say), its manifest listing them and signed again
 * by `exporter`: what the holder of that installation's key could send.
 */
export async function withExtraEntries(exporter: TestApp, file: string, extra: RawEntry[], dir: string): Promise<string> {
  const entries = await entriesOf(file);
  const manifest = JSON.parse(entries.find((e) => e.path === 'manifest.json')!.bytes.toString('utf8')) as Manifest;
  const value: Manifest = {
    ...manifest,
    entries: [...manifest.entries, ...extra.map((e) => ({ path: e.path, size: e.bytes.length, sha256: sha256Hex(e.bytes) }))],
  };
  const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const signature = signAsInstallation(
    exporter.ctx,
    bytes,
    manifestComment({ exporter: value.exporter, sequence: value.sequence, sha256: sha256Hex(bytes) }),
  );
  const rest = entries.filter((e) => e.path !== 'manifest.json' && e.path !== 'manifest.json.minisig');
  return zipOf(
    [{ path: 'manifest.json', bytes }, { path: 'manifest.json.minisig', bytes: Buffer.from(signature, 'utf8') }, ...rest, ...extra],
    dir,
    'with-extra.waiban',
  );
}
