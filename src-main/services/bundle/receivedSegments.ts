import { promisify } from 'node:util';
import { constants, deflateRaw, inflateRawSync } from 'node:zlib';
import type { ReceivedSegmentTable } from '../../db/schema';
import type { ServiceContext } from '../context';
import type { OutgoingSegment } from './destinations';
import { noteOfficeLosses } from './officeReturn';
import type { VerifiedBundle } from './verifyBundle';

/** A segment ready to keep: its content deflated. */
export type PackedSegment = Omit<ReceivedSegmentTable, 'deflated'>;

const deflate = promisify(deflateRaw);

/**
 * Segments other installations signed are kept as they arrived, so the office can relay them with their
 * authors' signatures; stored deflated (migration 0015), as their NDJSON shrinks about fifteenfold. Deflated
 * before the import's transaction, on zlib's threads, since it cannot change what the import does; the
 * fastest level, as this is local storage and the transaction waits for it.
 */
export const packArrived = (segments: VerifiedBundle['segments']): Promise<PackedSegment[]> =>
  Promise.all(
    segments.map(async ({ info, content, signature }) => ({
      author: info.author,
      seq: info.seq,
      prev: info.prev,
      sha256: info.sha256,
      count: info.count,
      content: await deflate(content, { level: constants.Z_BEST_SPEED }),
      signature,
    })),
  );

/**
 * Keeps the segments not kept yet; a segment is immutable, so one already held is left as it is. A laptop first
 * notes the office's segments it holds that the office no longer carries (an office restored from a backup).
 */
export function keepArrived(ctx: ServiceContext, packed: PackedSegment[]): void {
  noteOfficeLosses(ctx, packed);
  const keep = ctx.sqlite.prepare(
    'INSERT OR IGNORE INTO "receivedSegment" ("author", "seq", "prev", "sha256", "count", "content", "deflated", "signature") VALUES (?, ?, ?, ?, ?, ?, 1, ?)',
  );
  for (const s of packed) keep.run(s.author, s.seq, s.prev, s.sha256, s.count, s.content, s.signature);
}

/** Every kept segment by another author than this installation, oldest first per author, with its content as signed. */
export function keptSegmentsOfOthers(ctx: ServiceContext): OutgoingSegment[] {
  const rows = ctx.sqlite
    .prepare('SELECT * FROM "receivedSegment" WHERE "author" != ? ORDER BY "author", "seq"')
    .all(ctx.self.id) as ReceivedSegmentTable[];
  return rows.map(({ deflated, content, ...s }) => ({ ...s, content: deflated ? inflateRawSync(content) : content }));
}
