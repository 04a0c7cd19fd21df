import { createHash, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { AppError } from '../contract';
import type { MinisignPublicKey } from '../core/signing/minisignKey';
import {
  checkTrustedComment,
  decodeSignature,
  encodeSignature,
  globalSignedBytes,
  requireSignedBy,
} from '../core/signing/minisignSignature';

/** The cryptography behind the minisign formats in core/signing, which must stay free of node:crypto. */

const prehash = (content: Uint8Array): Buffer => createHash('blake2b512').update(content).digest();

export interface MinisignSigningKey {
  keyId: Uint8Array;
  privateKey: KeyObject;
}

/** The text of a .minisig file for content, in minisign's prehashed mode. */
export function signMinisign(content: Uint8Array, key: MinisignSigningKey, trustedComment: string): string {
  checkTrustedComment(trustedComment);
  const signature = sign(null, prehash(content), key.privateKey);
  const globalSignature = sign(null, globalSignedBytes(signature, trustedComment), key.privateKey);
  return encodeSignature({ keyId: key.keyId, signature, trustedComment, globalSignature });
}

const ed25519PublicKey = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });

/**
 * Checks a .minisig file against content and the expected key, the way `minisign -V` does, and returns the
 * trusted comment, which may be relied on only after both signatures hold.
 */
export function verifyMinisign(content: Uint8Array, signatureText: string, key: MinisignPublicKey): string {
  const sig = decodeSignature(signatureText);
  requireSignedBy(sig, key);
  const publicKey = ed25519PublicKey(key.publicKey);
  if (!verify(null, prehash(content), publicKey, sig.signature)) {
    throw new AppError('BAD_SIGNATURE', {
      zh: '文件与签名不符：文件已被改动或损坏，或签名并非由此密钥所签。',
      en: 'The file does not match its signature: it was altered or damaged, or not signed by this key.',
    });
  }
  if (!verify(null, globalSignedBytes(sig.signature, sig.trustedComment), publicKey, sig.globalSignature)) {
    throw new AppError('BAD_SIGNATURE', {
      zh: '受信注释已被改动：注释签名不符。',
      en: 'The trusted comment was altered: its signature does not match.',
    });
  }
  return sig.trustedComment;
}
