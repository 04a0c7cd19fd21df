import type { SegmentInfo } from '../../core/bundle/manifest';
import { bundleRefusal } from '../../core/bundle/refusal';
import type { RosterEntry } from '../../core/trust/roster';
import type { ServiceContext } from '../context';

interface Link {
  prev: string;
  sha256: string;
}

/**
 * A revoked installation's key still signs whatever its holder wants. Its segments are taken only where they are
 * the ones trusted before the revocation: byte for byte one already held here, or one of the chain that ends in
 * the last good segment the roster names by number and hash (each segment's `prev` is the hash of the one before,
 * so the chain is followed up through the bundle's and the held segments to that hash). Anything else signed with
 * that key, whatever its number, is refused.
 */
export function assertRevokedChains(ctx: ServiceContext, entries: RosterEntry[], segments: SegmentInfo[]): void {
  const heldStmt = ctx.sqlite.prepare('SELECT "prev", "sha256" FROM "receivedSegment" WHERE "author" = ? AND "seq" = ?');
  for (const entry of entries.filter((e) => e.status === 'revoked')) {
    const own = segments.filter((s) => s.author === entry.id);
    if (!own.length) continue;
    const inBundle = new Map(own.map((s) => [s.seq, s]));
    const held = (seq: number) => heldStmt.get(entry.id, seq) as Link | undefined;
    // Down from the last good segment, the hash each trusted segment must have: the next one's `prev`.
    const trustedAt = new Map<number, string>();
    const last = entry.lastGoodSeq ?? 0;
    if (entry.lastGoodSha256 && last > 0) {
      trustedAt.set(last, entry.lastGoodSha256);
      const lowest = Math.min(...own.map((s) => s.seq));
      for (let seq = last; seq > lowest; seq--) {
        const sha = trustedAt.get(seq);
        const at = [inBundle.get(seq), held(seq)].find((l) => l?.sha256 === sha);
        if (!at) break;
        trustedAt.set(seq - 1, at.prev);
      }
    }
    for (const s of own) {
      const trusted = held(s.seq)?.sha256 === s.sha256 || trustedAt.get(s.seq) === s.sha256;
      if (!trusted) {
        throw bundleRefusal(
          `“${entry.name}”的密钥已被吊销；数据包中它签名的第 ${s.seq} 号数据段不是吊销前本机已有或外事办记录的可信数据段，整个数据包未导入。`,
          `The key of "${entry.name}" has been revoked; its segment ${s.seq} in the bundle is not one trusted before the revocation (held here or chained to the last good segment the office recorded). Nothing from the bundle was imported.`,
        );
      }
    }
  }
}
