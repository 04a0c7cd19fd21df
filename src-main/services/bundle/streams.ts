import { noPreviousSegment } from '../../core/bundle/manifest';
import type { Change } from '../../db/changeLog';
import type { StreamScanTable, StreamSegmentTable } from '../../db/schema';
import type { ServiceContext } from '../context';
import { cutSegments, lineOfChange } from './segments';

/**
 * Cuts the changes a destination may see, and that no segment of its stream holds yet, into new segments of
 * that stream: numbered from 1, chained and signed once like the installation's own segments, and kept, so
 * the next export to the same destination carries the same bytes. Every change held counts, whoever wrote it:
 * a partner one department's laptop added reaches the other departments through the office, which vouches for
 * it with its signature; each change keeps its author, and the receiver checks the change against that
 * author's scope as the roster lists it.
 */
export function sealStream(ctx: ServiceContext, stream: string, include: (c: Change) => boolean): void {
  const self = ctx.self.id;
  const last = ctx.sqlite
    .prepare('SELECT "seq", "sha256" FROM "streamSegment" WHERE "stream" = ? ORDER BY "seq" DESC LIMIT 1')
    .get(stream) as Pick<StreamSegmentTable, 'seq' | 'sha256'> | undefined;
  const scan = (ctx.sqlite.prepare('SELECT "lastAuthorSeq", "lastLogSeq" FROM "streamScan" WHERE "stream" = ?').get(stream) as
    Pick<StreamScanTable, 'lastAuthorSeq' | 'lastLogSeq'> | undefined) ?? { lastAuthorSeq: 0, lastLogSeq: 0 };
  const logged = ctx.changes.loggedAfter(scan.lastLogSeq);
  if (logged.length === 0) return;
  // A department's own laptops' changes come back to it too: a replacement laptop, or a second liaison's,
  // needs them, and an installation skips what it already holds.
  // Own changes up to lastAuthorSeq were carried before relaying began (a stream cut by an older version). The mark
  // stays there: own changes logged later under lower numbers (those a laptop returns to an office restored from a
  // backup) must still reach the departments.
  const pending = logged.map((l) => l.change).filter((c) => (c.author !== self || c.authorSeq > scan.lastAuthorSeq) && include(c));
  const insert = ctx.sqlite.prepare(
    `INSERT INTO "streamSegment" ("stream", "seq", "prev", "sha256", "count", "lastAuthorSeq", "content", "signature")
     VALUES (@stream, @seq, @prev, @sha256, @count, @lastAuthorSeq, @content, @signature)`,
  );
  ctx.sqlite.transaction(() => {
    cutSegments(ctx, pending.map(lineOfChange), last ?? { seq: 0, sha256: noPreviousSegment }, (segment) =>
      insert.run({ stream, ...segment }),
    );
    ctx.sqlite
      .prepare(
        `INSERT INTO "streamScan" ("stream", "lastAuthorSeq", "lastLogSeq") VALUES (?, ?, ?)
         ON CONFLICT ("stream") DO UPDATE SET "lastAuthorSeq" = excluded."lastAuthorSeq", "lastLogSeq" = excluded."lastLogSeq"`,
      )
      .run(stream, scan.lastAuthorSeq, logged.at(-1)!.logSeq);
  })();
}

/** Every segment of a stream, oldest first. */
export const streamSegments = (ctx: ServiceContext, stream: string): StreamSegmentTable[] =>
  ctx.sqlite.prepare('SELECT * FROM "streamSegment" WHERE "stream" = ? ORDER BY "seq"').all(stream) as StreamSegmentTable[];
