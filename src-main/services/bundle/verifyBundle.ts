import { AppError } from '../../contract';
import { parseBoundedJson } from '../../core/bundle/boundedJson';
import { manifestName, manifestSignatureName, segmentPath } from '../../core/bundle/entryNames';
import { defaultBundleLimits, type BundleLimits } from '../../core/bundle/limits';
import { noPreviousSegment, readManifest, type Manifest, type SegmentInfo } from '../../core/bundle/manifest';
import { bundleRefusal } from '../../core/bundle/refusal';
import { manifestComment, requireCommentMatches, segmentComment } from '../../core/bundle/trustedComments';
import { minisignKeyIdHex, type MinisignPublicKey } from '../../core/signing/minisignKey';
import { verifyMinisign } from '../minisign';
import { sha256Hex } from './segments';
import { keySigners, signatureKeyId, type Signers } from './signers';
import { openCheckedZip, type CheckedZip } from './zipReader';

export interface VerifyReport {
  exporter: string;
  sequence: number;
  created: string;
  segments: number;
  changes: number;
  files: number;
}

/** A verified bundle's content: the manifest, its hash, and each segment's changes as parsed (not yet validated). */
export interface VerifiedBundle {
  report: VerifyReport;
  manifest: Manifest;
  manifestSha256: string;
  changes: unknown[];
  /** Each segment with its author's signature, as the office keeps them to relay. */
  segments: { info: SegmentInfo; content: Buffer; signature: string }[];
}

/** A signature failure, said of the file it concerns. */
function verifySigned(content: Uint8Array, signature: string, key: MinisignPublicKey, what: { zh: string; en: string }): string {
  try {
    return verifyMinisign(content, signature, key);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw new AppError(err.code, { zh: `${what.zh}：${err.localized.zh}`, en: `${what.en}: ${err.localized.en}` });
  }
}

export async function readSmall(zip: CheckedZip, name: string, limits: BundleLimits): Promise<Buffer> {
  if (!zip.names.includes(name))
    throw bundleRefusal(`数据包中缺少 ${name}，不是完整的数据包。`, `The bundle has no ${name}; it is not a complete bundle.`);
  if (zip.declaredSize(name) > limits.jsonBytes) {
    throw bundleRefusal(
      `${name} 有 ${zip.declaredSize(name)} 字节，超过上限 ${limits.jsonBytes}。`,
      `${name} is ${zip.declaredSize(name)} bytes, over the cap of ${limits.jsonBytes}.`,
    );
  }
  return zip.read(name);
}

/**
 * Steps 2 and 3: the exporter's signature, by a key the verifier trusts, its trusted comment against the
 * manifest, then the manifest's form; a key the roster gives to one installation signs only for that one.
 */
async function signedManifest(zip: CheckedZip, signers: Signers, limits: BundleLimits): Promise<{ manifest: Manifest; sha256: string }> {
  const bytes = await readSmall(zip, manifestName, limits);
  const signature = (await readSmall(zip, manifestSignatureName, limits)).toString('utf8');
  const signer = signers.forManifest(signatureKeyId(signature, { zh: '清单签名无法读取', en: 'The manifest signature cannot be read' }));
  const keyHex = minisignKeyIdHex(signer.key.keyId);
  const comment = verifySigned(bytes, signature, signer.key, {
    zh: `清单未经密钥 ${keyHex} 有效签名`,
    en: `The manifest is not validly signed by key ${keyHex}`,
  });
  const manifest = readManifest(parseBoundedJson(bytes.toString('utf8'), limits, manifestName));
  requireCommentMatches(comment, manifestComment({ exporter: manifest.exporter, sequence: manifest.sequence, sha256: sha256Hex(bytes) }), {
    zh: '清单签名',
    en: 'the manifest signature',
  });
  if (signer.installation && signer.installation !== manifest.exporter) {
    throw bundleRefusal(
      `清单自称由 ${manifest.exporter} 导出，签名却出自名册中 ${signer.installation} 的密钥。`,
      `The manifest claims exporter ${manifest.exporter} but is signed with the key the roster gives ${signer.installation}.`,
    );
  }
  return { manifest, sha256: sha256Hex(bytes) };
}

const mismatch = (path: string, what: string): AppError =>
  bundleRefusal(
    `条目 ${path} 与清单不符（${what}）：数据包在传输中损坏或被改动过，请对方重新导出。`,
    `The entry ${path} does not match the manifest (${what}): the bundle was damaged in transit or altered; ask for a new export.`,
  );

/** Step 4: exactly the listed entries, each streamed, counted and hashed; returns the bytes of the segments and their signatures. */
async function checkEntries(zip: CheckedZip, manifest: Manifest): Promise<Map<string, Buffer>> {
  const listed = new Map(manifest.entries.map((e) => [e.path, e]));
  if (listed.size !== manifest.entries.length) throw bundleRefusal('清单中有重复的条目。', 'The manifest lists an entry twice.');
  const unlisted = zip.names.filter((n) => n !== manifestName && n !== manifestSignatureName && !listed.has(n));
  if (unlisted.length)
    throw bundleRefusal(
      `数据包中有清单未列出的条目：${unlisted[0]}`,
      `The bundle holds an entry the manifest does not list: ${unlisted[0]}`,
    );
  const kept = new Map<string, Buffer>();
  // Segments are read all at once, inflated on zlib's threads, and checked here in order. One that fails
  // after an earlier refusal is not awaited: heard here, so it is not reported as unhandled.
  const reads = new Map(
    manifest.entries.filter((e) => e.path.startsWith('segments/') && zip.names.includes(e.path)).map((e) => [e.path, zip.read(e.path)]),
  );
  for (const read of reads.values()) read.catch(() => undefined);
  for (const entry of manifest.entries) {
    if (!zip.names.includes(entry.path)) throw mismatch(entry.path, '缺失 / missing');
    const read = reads.get(entry.path);
    const bytes = read ? await read : undefined;
    const got = bytes ? { size: bytes.length, sha256: sha256Hex(bytes) } : await zip.digest(entry.path);
    if (got.size !== entry.size) throw mismatch(entry.path, `${got.size} ≠ ${entry.size} bytes`);
    if (got.sha256 !== entry.sha256) throw mismatch(entry.path, 'SHA-256');
    if (entry.path.startsWith('files/') && entry.path !== `files/${got.sha256}`) throw mismatch(entry.path, 'files/<sha256>');
    if (bytes) kept.set(entry.path, bytes);
  }
  return kept;
}

/** Step 5 (signatures and chain; scope comes with import): each segment signed by its author and chained to the one before. */
function checkSegments(
  manifest: Manifest,
  contents: Map<string, Buffer>,
  signers: Signers,
  limits: BundleLimits,
  onSegment?: (done: number, total: number) => void,
): Pick<VerifiedBundle, 'changes' | 'segments'> {
  const listed = new Set(manifest.segments.flatMap((s) => [segmentPath(s.author, s.seq), `${segmentPath(s.author, s.seq)}.minisig`]));
  const stray = [...contents.keys()].find((p) => !listed.has(p));
  if (stray) throw bundleRefusal(`条目 ${stray} 不属于清单中的任何数据段。`, `The entry ${stray} belongs to no segment in the manifest.`);
  // checkEntries hashed each segment's content and held it to its entry: the entry's hash is the content's.
  const hashOf = new Map(manifest.entries.map((e) => [e.path, e.sha256]));
  const previous = new Map<string, SegmentInfo>();
  const changes: unknown[] = [];
  const segments: VerifiedBundle['segments'] = [];
  for (const s of [...manifest.segments].sort((a, b) => (a.author === b.author ? a.seq - b.seq : a.author < b.author ? -1 : 1))) {
    const path = segmentPath(s.author, s.seq);
    const what = { zh: `数据段 ${path}`, en: `Segment ${path}` };
    const content = contents.get(path);
    const signature = contents.get(`${path}.minisig`);
    if (!content || !signature) throw bundleRefusal(`${what.zh}或其签名缺失。`, `${what.en} or its signature is missing.`);
    // The exporter's own segments and those it relays alike: each verifies with its author's key, which the
    // signers resolve (from the roster, or among the keys given) and refuse when that author is not trusted.
    const key = signers.forSegment(s, signatureKeyId(signature.toString('utf8'), what));
    const comment = verifySigned(content, signature.toString('utf8'), key, {
      zh: `${what.zh}未经作者有效签名`,
      en: `${what.en} is not validly signed by its author`,
    });
    if (hashOf.get(path) !== s.sha256) throw mismatch(path, 'SHA-256');
    requireCommentMatches(comment, segmentComment(s), { zh: what.zh, en: what.en.toLowerCase() });
    const before = previous.get(s.author);
    // An author restored from a backup starts a new chain above its old numbers, chained to nothing (core/bundle/restart.ts).
    const restarts = (b: SegmentInfo) => s.prev === noPreviousSegment && s.seq > b.seq;
    const chained = before
      ? (before.seq + 1 === s.seq && before.sha256 === s.prev) || restarts(before)
      : s.seq > 1 || s.prev === noPreviousSegment;
    if (!chained)
      throw bundleRefusal(
        `${what.zh}未接上同一作者的前一段（序号或 prev 不符）。`,
        `${what.en} does not follow the author's previous segment (seq or prev).`,
      );
    previous.set(s.author, s);
    const relays = signers.relays(s.author);
    const lines = content.toString('utf8').split('\n').filter(Boolean);
    if (lines.length !== s.count)
      throw bundleRefusal(
        `${what.zh}有 ${lines.length} 条变更，清单称 ${s.count} 条。`,
        `${what.en} holds ${lines.length} changes; the manifest says ${s.count}.`,
      );
    for (const line of lines) {
      const change = parseBoundedJson(line, limits, path) as { author?: unknown };
      if (change.author !== s.author && !relays)
        throw bundleRefusal(`${what.zh}中有他人的变更。`, `${what.en} holds a change by someone else.`);
      changes.push(change);
    }
    segments.push({ info: s, content, signature: signature.toString('utf8') });
    onSegment?.(segments.length, manifest.segments.length);
  }
  return { changes, segments };
}

/**
 * Steps 1 to 5 of the import pipeline without the database: everything that can be checked with the signer's
 * public key alone. Nothing is written anywhere; the first failed check is the refusal.
 */
export async function verifyBundle(
  file: string,
  trust: Signers | MinisignPublicKey,
  limits: BundleLimits = defaultBundleLimits,
): Promise<VerifyReport> {
  return (await readVerifiedBundle(file, trust, limits)).report;
}

/** The same checks, keeping what import needs: the manifest and every change the segments carry. */
export async function readVerifiedBundle(
  file: string,
  trust: Signers | MinisignPublicKey,
  limits: BundleLimits = defaultBundleLimits,
  onSegment?: (done: number, total: number) => void,
): Promise<VerifiedBundle> {
  const signers = 'forManifest' in trust ? trust : keySigners([trust]);
  const zip = await openCheckedZip(file, limits);
  try {
    const { manifest, sha256 } = await signedManifest(zip, signers, limits);
    const contents = await checkEntries(zip, manifest);
    const { changes, segments } = checkSegments(manifest, contents, signers, limits, onSegment);
    const report = {
      exporter: manifest.exporter,
      sequence: manifest.sequence,
      created: manifest.created,
      segments: manifest.segments.length,
      changes: changes.length,
      files: manifest.entries.filter((e) => e.path.startsWith('files/')).length,
    };
    return { report, manifest, manifestSha256: sha256, changes, segments };
  } finally {
    zip.close();
  }
}
