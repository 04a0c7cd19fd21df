import { noPreviousSegment } from '../../core/bundle/manifest';
import type { Change } from '../../db/changeLog';
import type { StreamSegmentTable } from '../../db/schema';
import type { ServiceContext } from '../context';
import { cutSegments } from './segments';

/**
 * Cuts this installation's changes that a destination may see, and that no segment of its stream holds
 * yet, into new segments of that stream: numbered from 1, chained and signed once like the installation's
 * own segments, and kept, so the next export to the same destination carries the same bytes.
 */
export function sealStream(ctx: ServiceContext, stream: string, include: (c: Change) => boolean): void {
  const author = ctx.self.id;
  const last = ctx.sqlite.prepare('SELECT "seq", "sha256" FROM "streamSegment" WHERE "stream" = ? ORDER BY "seq" DESC LIMIT 1').get(stream) as
    | Pick<StreamSegmentTable, 'seq' | 'sha256'>
    | undefined;
  const scanned = (ctx.sqlite.prepare('SELECT "lastAuthorSeq" FROM "streamScan" WHERE "stream" = ?').pluck().get(stream) as number | undefined) ?? 0;
  const all = ctx.changes.byAuthorAfter(author, scanned);
  if (all.length === 0) return;
  const pending = all.filter(include);
  const insert = ctx.sqlite.prepare(
    `INSERT INTO "streamSegment" ("stream", "seq", "prev", "sha256", "count", "lastAuthorSeq", "content", "signature")
     VALUES (@stream, @seq, @prev, @sha256, @count, @lastAuthorSeq, @content, @signature)`,
  );
  ctx.sqlite.transaction(() => {
    cutSegments(ctx, pending, last ?? { seq: 0, sha256: noPreviousSegment }, (segment) => insert.run({ stream, ...segment }));
    ctx.sqlite
      .prepare('INSERT INTO "streamScan" ("stream", "lastAuthorSeq") VALUES (?, ?) ON CONFLICT ("stream") DO UPDATE SET "lastAuthorSeq" = excluded."lastAuthorSeq"')
      .run(stream, all.at(-1)!.authorSeq);
  })();
}

/** Every segment of a stream, oldest first. */
export const streamSegments = (ctx: ServiceContext, stream: string): StreamSegmentTable[] =>
  ctx.sqlite.prepare('SELECT * FROM "streamSegment" WHERE "stream" = ? ORDER BY "seq"').all(stream) as StreamSegmentTable[];
