import { bundleRefusal } from './refusal';

/**
 * The trusted comments of a bundle's signatures, as tab-separated key:value pairs that people can read in
 * `minisign -V` output. They are what ties a signature to this bundle: without them a valid signature on an
 * older manifest or segment could be replayed under a new name.
 */
type Fields = Record<string, string>;

const format = (fields: Fields): string =>
  Object.entries(fields)
    .map(([k, v]) => `${k}:${v}`)
    .join('\t');

function parse(comment: string): Fields {
  return Object.fromEntries(
    comment.split('\t').map((part) => {
      const at = part.indexOf(':');
      return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    }),
  );
}

export interface ManifestComment {
  exporter: string;
  sequence: number;
  sha256: string;
}

export interface SegmentComment {
  author: string;
  seq: number;
  prev: string;
  sha256: string;
}

export const manifestComment = (c: ManifestComment): string =>
  format({ bundle: 'waiban', exporter: c.exporter, sequence: String(c.sequence), sha256: c.sha256 });

export const segmentComment = (c: SegmentComment): string =>
  format({ author: c.author, seq: String(c.seq), prev: c.prev, sha256: c.sha256 });

export const rosterComment = (c: { office: string; version: number; sha256: string }): string =>
  format({ roster: 'waiban', office: c.office, version: String(c.version), sha256: c.sha256 });

export const joinRequestComment = (c: { id: string; sha256: string }): string => format({ join: 'waiban', id: c.id, sha256: c.sha256 });

/** The replaced identity's word that this request (by its hash) is its successor's. */
export const replacementComment = (c: { previous: string; id: string; sha256: string }): string =>
  format({ replaces: 'waiban', previous: c.previous, id: c.id, sha256: c.sha256 });

/**
 * Refuses a signed comment that does not say what the manifest says. The comment is already proven to be the
 * signer's, so a mismatch means the signed file was swapped or the manifest rewritten after signing.
 */
export function requireCommentMatches(comment: string, expected: string, what: { zh: string; en: string }): void {
  if (comment === expected) return;
  const got = parse(comment);
  const want = parse(expected);
  const differing = Object.keys(want).filter((k) => got[k] !== want[k]);
  throw bundleRefusal(
    `${what.zh}的受信注释与清单不符（${differing.join('、') || '格式'}）：签名不属于这份内容。`,
    `The trusted comment of ${what.en} does not match the manifest (${differing.join(', ') || 'format'}): the signature is not for this content.`,
  );
}
