import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { canonicalJson } from '../../core/bundle/canonicalJson';
import { filePath, manifestName, manifestSignatureName, segmentPath } from '../../core/bundle/entryNames';
import { fileHashesOf } from '../../core/bundle/fileRefs';
import { bundleFormatVersion, type Manifest } from '../../core/bundle/manifest';
import { manifestComment } from '../../core/bundle/trustedComments';
import type { Change } from '../../db/changeLog';
import type { Destination } from '../../contract';
import type { BundleExportTable } from '../../db/schema';
import type { ServiceContext } from '../context';
import { storedFilePath } from '../files';
import { signAsInstallation } from '../signing';
import { trustEntries } from '../trust/trustEntries';
import { contextEntries } from '../contextRecords/bundleEntry';
import { reissueRosterAfterRestore } from '../trust/roster';
import { floorFor } from '../../db/numberingFloor';
import { segmentsFor, type OutgoingSegment } from './destinations';
import { sha256Hex } from './segments';
import { writeZip, type ZipEntry } from './zipWriter';
import { isRunning } from '../processAlive';

export interface ExportOptions {
  out: string;
  /** Where the bundle goes; without it, this installation's own changes (as `bundle export` always did). */
  to?: Destination;
  /** Every segment this installation ever sealed, not only those after the last acknowledged. */
  full?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Add the office's public key: an enrolment bundle, which the new installation pins after confirming it. */
  officeKey?: boolean;
}

export interface ExportReport {
  sequence: number;
  segments: number;
  changes: number;
  files: number;
}

/** The documents the segments' changes name and this data folder holds, each once, in hash order: read as they are written. */
function documentEntries(ctx: ServiceContext, segments: OutgoingSegment[]): ZipEntry[] {
  const hashes = new Set<string>();
  for (const s of segments) {
    // A document is named by an object with a "sha256" key; a line that cannot spell one (not even with a
    // \u escape) names none, and is not parsed — nor is a segment none of whose lines can.
    if (!s.content.includes('"sha256"') && !s.content.includes('\\u')) continue;
    for (const line of s.content.toString('utf8').split('\n').filter(Boolean)) {
      if (!line.includes('"sha256"') && !line.includes('\\u')) continue;
      const change = JSON.parse(line) as Change;
      for (const h of fileHashesOf(change.register, change.data)) hashes.add(h);
    }
  }
  return [...hashes]
    .sort()
    .filter((h) => existsSync(storedFilePath(ctx.dataDir, h)))
    .map((h) => ({
      path: filePath(h),
      file: storedFilePath(ctx.dataDir, h),
      size: statSync(storedFilePath(ctx.dataDir, h)).size,
      sha256: h,
    }));
}

/**
 * The signed manifest for these entries. An export with the same content as an earlier one reuses its stored
 * manifest and signature (same sequence, same creation time), which is what makes a re-export byte-identical —
 * also when the office exported to other destinations in between.
 */
function signedManifest(
  ctx: ServiceContext,
  entries: ZipEntry[],
  segments: OutgoingSegment[],
): { manifest: Buffer; signature: string; sequence: number } {
  const listed = entries.map((e) =>
    'bytes' in e ? { path: e.path, size: e.bytes.length, sha256: sha256Hex(e.bytes) } : { path: e.path, size: e.size, sha256: e.sha256 },
  );
  const contentKey = sha256Hex(Buffer.from(canonicalJson(listed)));
  const same = ctx.sqlite
    .prepare('SELECT * FROM "bundleExport" WHERE "contentKey" = ? ORDER BY "sequence" DESC LIMIT 1')
    .get(contentKey) as BundleExportTable | undefined;
  if (same) return { manifest: same.manifest, signature: same.signature, sequence: same.sequence };
  // A restored installation numbers its bundles past those its lost copy may have sent (core/bundle/restart.ts).
  const held = (ctx.sqlite.prepare('SELECT max("sequence") FROM "bundleExport"').pluck().get() as number | null) ?? 0;
  const sequence = Math.max(held, floorFor(ctx.sqlite, ctx.self.id)) + 1;
  const value: Manifest = {
    format: bundleFormatVersion,
    exporter: ctx.self.id,
    sequence,
    created: new Date(ctx.clock.now()).toISOString(),
    entries: listed,
    segments: segments.map((s) => ({ author: s.author, seq: s.seq, prev: s.prev, sha256: s.sha256, count: s.count })),
  };
  const manifest = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const signature = signAsInstallation(ctx, manifest, manifestComment({ exporter: ctx.self.id, sequence, sha256: sha256Hex(manifest) }));
  ctx.sqlite
    .prepare('INSERT INTO "bundleExport" ("sequence", "contentKey", "manifest", "signature") VALUES (?, ?, ?, ?)')
    .run(sequence, contentKey, manifest, signature);
  return { manifest, signature, sequence };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Temporary files an export killed part-way left beside the target; one still being written is left alone. */
function removeAbandonedParts(out: string): void {
  const dir = dirname(out);
  const prefix = `${basename(out)}.`;
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const pid = name.startsWith(prefix) && name.endsWith('.part') ? Number(name.slice(prefix.length, -'.part'.length)) : NaN;
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isRunning(pid)) rmSync(join(dir, name), { force: true });
  }
}

/**
 * A bundle for one destination (see segmentsFor: department -> office, office -> department, office ->
 * review), from stored signed segments, with the documents they name. Written beside the target and renamed
 * into place, so an interrupted export never leaves a half bundle under the final name.
 */
export async function exportBundle(ctx: ServiceContext, o: ExportOptions): Promise<ExportReport> {
  const segments = await segmentsFor(ctx, o.to, !!o.full);
  const entries: ZipEntry[] = [];
  segments.forEach((s, i) => {
    const path = segmentPath(s.author, s.seq);
    entries.push({ path, bytes: s.content }, { path: `${path}.minisig`, bytes: Buffer.from(s.signature, 'utf8') });
    o.onProgress?.(i + 1, segments.length);
  });
  // Each step runs whole; between them the backend's event loop serves other calls.
  await nextTurn();
  const documents = documentEntries(ctx, segments);
  reissueRosterAfterRestore(ctx);
  entries.push(...documents, ...trustEntries(ctx, !!o.officeKey), ...contextEntries(ctx, o.to));
  await nextTurn();
  const { manifest, signature, sequence } = signedManifest(ctx, entries, segments);
  const temp = `${o.out}.${process.pid}.part`;
  removeAbandonedParts(o.out);
  rmSync(temp, { force: true });
  try {
    await writeZip(
      [{ path: manifestName, bytes: manifest }, { path: manifestSignatureName, bytes: Buffer.from(signature, 'utf8') }, ...entries],
      temp,
    );
    renameSync(temp, o.out);
  } finally {
    rmSync(temp, { force: true });
  }
  return { sequence, segments: segments.length, changes: segments.reduce((n, s) => n + s.count, 0), files: documents.length };
}
