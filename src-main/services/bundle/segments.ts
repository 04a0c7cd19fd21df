import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/bundle/canonicalJson';
import { noPreviousSegment } from '../../core/bundle/manifest';
import { segmentComment } from '../../core/bundle/trustedComments';
import type { Change, ChangeLine } from '../../db/changeLog';
import type { BundleSegmentTable } from '../../db/schema';
import { prepared } from '../../db/preparedCache';
import { readNumberingFloor, writeNumberingFloor, type NumberingFloor } from '../../db/numberingFloor';
import type { ServiceContext } from '../context';
import { signAsInstallation } from '../signing';

/** Small enough to verify one segment in memory, large enough that 100k changes make a handful of files. */
export const changesPerSegment = 5000;

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * Seals the next segment of this installation's changes that are in no segment yet, in its own transaction
 * that reads where the last one ended: numbered, chained to the previous segment's hash, and signed once.
 * Stored, they never change, so every later export carries the same bytes and signatures. Returns whether a
 * full segment was sealed (more may follow); segments are cut at the same places however many are sealed at once.
 */
function sealNextSegment(ctx: ServiceContext): boolean {
  const author = ctx.self.id;
  return ctx.sqlite.transaction(() => {
    const last = prepared(
      ctx.sqlite,
      'SELECT "seq", "sha256", "lastAuthorSeq" FROM "bundleSegment" WHERE "author" = ? ORDER BY "seq" DESC LIMIT 1',
    ).get(author) as Pick<BundleSegmentTable, 'seq' | 'sha256' | 'lastAuthorSeq'> | undefined;
    const insert = prepared(
      ctx.sqlite,
      `INSERT INTO "bundleSegment" ("author", "seq", "prev", "sha256", "count", "lastAuthorSeq", "content", "signature")
       VALUES (@author, @seq, @prev, @sha256, @count, @lastAuthorSeq, @content, @signature)`,
    );
    const restored = readNumberingFloor(ctx.sqlite);
    if (restored?.installation === author) return sealAfterRestore(ctx, restored, last, (segment) => insert.run({ author, ...segment }));
    const pending = ctx.changes.linesByAuthorAfter(author, last?.lastAuthorSeq ?? 0, changesPerSegment);
    cutSegments(ctx, pending, last ?? { seq: 0, sha256: noPreviousSegment }, (segment) => insert.run({ author, ...segment }));
    return pending.length === changesPerSegment;
  })();
}

/**
 * After a restore (docs/bundles.md, "Restore") the installation's segments start a new chain above the numbering
 * floor — the numbers after the backup's last segment may be held elsewhere with other content — chained to nothing
 * before it. Its own changes go into it in the order they were logged here: those not sealed when the backup was taken,
 * those written since, and those the office sends back, made before the failure under numbers below the floor.
 */
function sealAfterRestore(
  ctx: ServiceContext,
  restored: NumberingFloor,
  last: { seq: number; sha256: string } | undefined,
  store: (segment: CutSegment) => void,
): boolean {
  const pending = ctx.changes.linesByAuthorLoggedAfter(ctx.self.id, restored.sealedLogSeq, changesPerSegment);
  if (pending.length === 0) return false;
  const chained = last && last.seq > restored.floor ? last : { seq: restored.floor, sha256: noPreviousSegment };
  cutSegments(ctx, pending, chained, store);
  writeNumberingFloor(ctx.sqlite, { ...restored, sealedLogSeq: pending.at(-1)!.logSeq });
  return pending.length === changesPerSegment;
}

/** Seals every change that is in no segment yet, all in one transaction. */
export function sealNewSegments(ctx: ServiceContext): void {
  ctx.sqlite.transaction(() => {
    while (sealNextSegment(ctx));
  })();
}

/**
 * The same for an export: a segment per transaction, letting the backend's event loop serve other calls between
 * them (100k changes take seconds to cut and sign). Each segment is whole or absent, so an export interrupted
 * here leaves segments the next one continues from, cut at the same places.
 */
export async function sealNewSegmentsInSteps(ctx: ServiceContext): Promise<void> {
  while (sealNextSegment(ctx)) await new Promise((resolve) => setImmediate(resolve));
}

/** A segment as cut: its number, the hash it chains to, its content and this installation's signature. */
export type CutSegment = Omit<BundleSegmentTable, 'author'>;

/** A change as a segment carries it: canonical JSON, so the same change always hashes and signs the same. */
export const lineOfChange = (c: Change): ChangeLine => ({ author: c.author, authorSeq: c.authorSeq, line: canonicalJson(c) });

/**
 * Cuts changes into segments numbered and chained after `last`, signs each as this installation, and hands it
 * to `store`: the one way segments are made, for the installation's own log and for the office's filtered
 * streams (which relay other authors' changes under the office's signature).
 */
export function cutSegments(
  ctx: ServiceContext,
  pending: ChangeLine[],
  last: { seq: number; sha256: string },
  store: (segment: CutSegment) => void,
): void {
  const author = ctx.self.id;
  let seq = last.seq;
  let prev = last.sha256;
  for (let at = 0; at < pending.length; at += changesPerSegment) {
    const changes = pending.slice(at, at + changesPerSegment);
    const content = Buffer.from(changes.map((c) => `${c.line}\n`).join(''), 'utf8');
    const sha256 = sha256Hex(content);
    seq += 1;
    const signature = signAsInstallation(ctx, content, segmentComment({ author, seq, prev, sha256 }));
    // A stream may hold only relayed changes; then none of this installation's own.
    const lastAuthorSeq = changes.reduce((n, c) => (c.author === author ? Math.max(n, c.authorSeq) : n), 0);
    store({ seq, prev, sha256, count: changes.length, lastAuthorSeq, content, signature });
    prev = sha256;
  }
}

/** This installation's stored segments after the given one, oldest first. */
export const segmentsAfter = (ctx: ServiceContext, afterSeq: number): BundleSegmentTable[] =>
  ctx.sqlite
    .prepare('SELECT * FROM "bundleSegment" WHERE "author" = ? AND "seq" > ? ORDER BY "seq"')
    .all(ctx.self.id, afterSeq) as BundleSegmentTable[];

/** The last of this installation's segments the receiver has confirmed; 0 when none. */
export const acknowledgedSeq = (ctx: ServiceContext): number =>
  (ctx.sqlite.prepare('SELECT "seq" FROM "bundleAck" WHERE "author" = ?').get(ctx.self.id) as { seq: number } | undefined)?.seq ?? 0;
