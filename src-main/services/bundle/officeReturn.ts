import { inflateRawSync } from 'node:zlib';
import type { ReceivedSegmentTable } from '../../db/schema';
import type { ServiceContext } from '../context';
import { officePin } from '../trust/roster';
import type { OutgoingSegment } from './destinations';
import type { PackedSegment } from './receivedSegments';

/**
 * An office restored from a backup has lost what it wrote after the backup, but its laptops hold it: the office's own
 * segments of their stream, signed by the office. A laptop notices when a bundle from the office no longer carries
 * segments it holds — the office's stream is always sent whole — and returns those segments, with the office's own
 * signatures, in its next bundles to the office, until the office's stream carries their changes again
 * (docs/bundles.md, "Restore").
 */
const returnKey = 'officeReturn';

const contentOf = (s: { content: Buffer; deflated: number }): Buffer => (s.deflated ? inflateRawSync(s.content) : s.content);

const changeIds = (content: Buffer): string[] =>
  content
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { id: string }).id);

function setReturning(ctx: ServiceContext, office: string, seqs: number[]): void {
  if (seqs.length === 0) {
    ctx.sqlite.prepare('DELETE FROM "meta" WHERE "key" = ?').run(returnKey);
    return;
  }
  ctx.sqlite
    .prepare('INSERT INTO "meta" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"')
    .run(returnKey, JSON.stringify({ office, seqs }));
}

/**
 * On a department laptop, as a bundle's segments are kept: the office's segments held here that the bundle does not
 * carry as they are. Those whose every change the bundle carries anyway are replaced by the bundle's (the office cut
 * its stream again after a restore); the others are to be returned.
 */
export function noteOfficeLosses(ctx: ServiceContext, arriving: PackedSegment[]): void {
  const office = ctx.self.role === 'department' ? officePin(ctx)?.id : undefined;
  const incoming = arriving.filter((s) => s.author === office);
  if (!office || incoming.length === 0) return;
  const carried = new Set(incoming.map((s) => `${s.seq}:${s.sha256}`));
  const held = ctx.sqlite
    .prepare('SELECT "seq", "sha256", "content", "deflated" FROM "receivedSegment" WHERE "author" = ? ORDER BY "seq"')
    .all(office) as Pick<ReceivedSegmentTable, 'seq' | 'sha256' | 'content' | 'deflated'>[];
  const unmatched = held.filter((s) => !carried.has(`${s.seq}:${s.sha256}`));
  if (unmatched.length === 0) return setReturning(ctx, office, []);
  const arrivingIds = new Set(incoming.flatMap((s) => changeIds(inflateRawSync(s.content))));
  const lost = unmatched.filter((s) => changeIds(contentOf(s)).some((id) => !arrivingIds.has(id)));
  if (lost.length === 0) {
    const drop = ctx.sqlite.prepare('DELETE FROM "receivedSegment" WHERE "author" = ? AND "seq" = ?');
    for (const s of unmatched) drop.run(office, s.seq);
  }
  setReturning(
    ctx,
    office,
    lost.map((s) => s.seq),
  );
}

/**
 * The office's segments this laptop returns in a bundle to the office: those held from the first to the last still
 * to return, as long as they chain (a bundle's segments of one author must), with the office's signatures.
 */
export function officeSegmentsToReturn(ctx: ServiceContext): OutgoingSegment[] {
  const value = ctx.sqlite.prepare('SELECT "value" FROM "meta" WHERE "key" = ?').pluck().get(returnKey) as string | undefined;
  if (!value) return [];
  const { office, seqs } = JSON.parse(value) as { office: string; seqs: number[] };
  const rows = ctx.sqlite
    .prepare('SELECT * FROM "receivedSegment" WHERE "author" = ? AND "seq" BETWEEN ? AND ? ORDER BY "seq"')
    .all(office, Math.min(...seqs), Math.max(...seqs)) as ReceivedSegmentTable[];
  const run: OutgoingSegment[] = [];
  for (const { deflated, content, ...s } of rows) {
    const before = run.at(-1);
    if (before && (before.seq + 1 !== s.seq || before.sha256 !== s.prev)) break;
    run.push({ ...s, content: contentOf({ content, deflated }) });
  }
  return run;
}
