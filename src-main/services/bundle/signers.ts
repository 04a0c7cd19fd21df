import { AppError } from '../../contract';
import type { SegmentInfo } from '../../core/bundle/manifest';
import { bundleRefusal } from '../../core/bundle/refusal';
import { decodePublicKey, minisignKeyIdHex, type MinisignPublicKey } from '../../core/signing/minisignKey';
import { decodeSignature } from '../../core/signing/minisignSignature';
import { equalBytes } from '../../core/signing/encoding';
import type { Roster, RosterEntry } from '../../core/trust/roster';

/**
 * Who may have signed a bundle: the keys a verifier was handed (`waiban verify --pubkey`), or the roster the
 * office signed. The verifier asks by the key id a signature names, then, for each segment, by its author.
 */
export interface Signers {
  /** The key the manifest must verify with, and the installation that key belongs to when the roster says. */
  forManifest(keyId: Uint8Array): { key: MinisignPublicKey; installation?: string };
  /** The key a segment must verify with; refuses an author this verifier does not trust for that segment. */
  forSegment(segment: SegmentInfo, keyId: Uint8Array): MinisignPublicKey;
  /** May this author's segments carry changes written by others: only the office relays. */
  relays(author: string): boolean;
}

/** The key id a signature names, or the signature's own refusal said of the file it signs. */
export function signatureKeyId(signature: string, what: { zh: string; en: string }): Uint8Array {
  try {
    return decodeSignature(signature).keyId;
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    throw new AppError(err.code, { zh: `${what.zh}：${err.localized.zh}`, en: `${what.en}: ${err.localized.en}` });
  }
}

/**
 * Keys given by hand. The key a signature names, else the first, so that a bundle signed by someone else is
 * refused by the signature check with both key ids in its reason.
 */
export function keySigners(keys: MinisignPublicKey[]): Signers {
  const pick = (keyId: Uint8Array) => keys.find((k) => equalBytes(k.keyId, keyId)) ?? keys[0]!;
  // Bare keys say nothing of roles: who may have written each change is checked at import, against the roster.
  return { forManifest: (keyId) => ({ key: pick(keyId) }), forSegment: (_s, keyId) => pick(keyId), relays: () => true };
}

export const keyOfEntry = (e: Pick<RosterEntry, 'publicKey'>): MinisignPublicKey =>
  decodePublicKey(`untrusted comment: minisign public key\n${e.publicKey}\n`);

/**
 * The roster's installations. An unknown key is an unknown signer; a revoked installation's segments are
 * trusted up to the last good one the office recorded when revoking it, and refused after it.
 */
export function rosterSigners(roster: Roster): Signers {
  const entries = roster.installations.map((e) => ({ entry: e, key: keyOfEntry(e) }));
  return {
    forManifest(keyId) {
      const found = entries.find((e) => equalBytes(e.key.keyId, keyId));
      if (!found) {
        throw bundleRefusal(
          `签名密钥（ID ${minisignKeyIdHex(keyId)}）不在本机的名册（第 ${roster.version} 版）中：签名者未知，数据包未导入。请外事办先为其办理登记。`,
          `The signing key (id ${minisignKeyIdHex(keyId)}) is not in the roster held here (version ${roster.version}): an unknown signer; the bundle was not imported. The office must enrol it first.`,
        );
      }
      return { key: found.key, installation: found.entry.id };
    },
    forSegment(s) {
      const found = entries.find((e) => e.entry.id === s.author);
      if (!found) {
        throw bundleRefusal(
          `数据段作者 ${s.author} 不在本机的名册中：签名者未知。`,
          `The segment author ${s.author} is not in the roster held here: an unknown signer.`,
        );
      }
      const { entry, key } = found;
      if (entry.status === 'revoked' && s.seq > (entry.lastGoodSeq ?? 0)) {
        throw bundleRefusal(
          `“${entry.name}”的密钥已被吊销，其第 ${s.seq} 号数据段晚于吊销时最后可信的第 ${entry.lastGoodSeq ?? 0} 号，数据包未导入。`,
          `The key of "${entry.name}" has been revoked; its segment ${s.seq} comes after the last one trusted at revocation (${entry.lastGoodSeq ?? 0}); the bundle was not imported.`,
        );
      }
      return key;
    },
    relays: (author) => entries.some((e) => e.entry.id === author && e.entry.role === 'office'),
  };
}
