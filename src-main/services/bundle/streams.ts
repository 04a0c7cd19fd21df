import { canonicalJson } from '../../core/bundle/canonicalJson';
import { noPreviousSegment } from '../../core/bundle/manifest';
import { segmentComment } from '../../core/bundle/trustedComments';
import type { Change } from '../../db/changeLog';
import type { StreamSegmentTable } from '../../db/schema';
import type { ServiceContext } from '../context';
import { signAsInstallation } from '../signing';
import { changesPerSegment, sha256Hex } from './segments';

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
  let seq = last?.seq ?? 0;
  let prev = last?.sha256 ?? noPreviousSegment;
  ctx.sqlite.transaction(() => {
    for (let at = 0; at < pending.length; at += changesPerSegment) {
      const changes = pending.slice(at, at + changesPerSegment);
      const content = Buffer.from(changes.map((c) => `${canonicalJson(c)}\n`).join(''), 'utf8');
      const sha256 = sha256Hex(content);
      seq += 1;
      const signature = signAsInstallation(ctx, content, segmentComment({ author, seq, prev, sha256 }));
      insert.run({ stream, seq, prev, sha256, count: changes.length, lastAuthorSeq: changes.at(-1)!.authorSeq, content, signature });
      prev = sha256;
    }
    ctx.sqlite
      .prepare('INSERT INTO "streamScan" ("stream", "lastAuthorSeq") VALUES (?, ?) ON CONFLICT ("stream") DO UPDATE SET "lastAuthorSeq" = excluded."lastAuthorSeq"')
      .run(stream, all.at(-1)!.authorSeq);
  })();
}

/** Every segment of a stream, oldest first. */
export const streamSegments = (ctx: ServiceContext, stream: string): StreamSegmentTable[] =>
  ctx.sqlite.prepare('SELECT * FROM "streamSegment" WHERE "stream" = ? ORDER BY "seq"').all(stream) as StreamSegmentTable[];
