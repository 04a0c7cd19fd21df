import { AppError } from '../../contract';
import { algorithmOf, concatBytes, decodeBase64, encodeBase64, equalBytes, textLines, utf8Bytes } from './encoding';
import { keyIdBytes, minisignKeyIdHex, type MinisignPublicKey } from './minisignKey';

/**
 * A minisign signature file. `signature` is Ed25519 over the BLAKE2b-512 hash of the content (minisign's
 * prehashed "ED" mode); `globalSignature` is Ed25519 over signature || trusted comment, which is what makes
 * the trusted comment trustworthy.
 */
export interface MinisignSignature {
  keyId: Uint8Array;
  signature: Uint8Array;
  trustedComment: string;
  globalSignature: Uint8Array;
}

const signatureBytes = 64;
const blobBytes = 2 + keyIdBytes + signatureBytes;
const commentPrefix = 'untrusted comment: ';
const trustedPrefix = 'trusted comment: ';

/**
 * minisign reads the trusted comment line into 8192 bytes, prefix, CR, LF and terminator included; a longer
 * comment would be cut and fail its check in the standard tool.
 */
export const trustedCommentMaxBytes = 8192 - trustedPrefix.length - 3;

const refuse = (zh: string, en: string): AppError => new AppError('BAD_SIGNATURE', { zh, en });
const malformed = (zh: string, en: string): AppError =>
  refuse(`不是有效的 minisign 签名文件：${zh}`, `Not a valid minisign signature file: ${en}`);

/** A trusted comment is one line that minisign can read back whole. */
export function checkTrustedComment(text: string): void {
  if (/[\r\n]/.test(text)) throw new AppError('VALIDATION', { zh: '受信注释只能有一行', en: 'A trusted comment is a single line' });
  const size = utf8Bytes(text).length;
  if (size > trustedCommentMaxBytes) {
    throw new AppError('VALIDATION', {
      zh: `受信注释过长：${size} 字节（上限 ${trustedCommentMaxBytes}）`,
      en: `Trusted comment too long: ${size} bytes (limit ${trustedCommentMaxBytes})`,
    });
  }
}

/** The bytes the global signature covers: the 64 signature bytes, then the trusted comment without a line end. */
export const globalSignedBytes = (signature: Uint8Array, trustedComment: string): Uint8Array =>
  concatBytes(signature, utf8Bytes(trustedComment));

export function encodeSignature(sig: MinisignSignature): string {
  return [
    `${commentPrefix}signature from waiban key ${minisignKeyIdHex(sig.keyId)}`,
    encodeBase64(concatBytes(utf8Bytes('ED'), sig.keyId, sig.signature)),
    `${trustedPrefix}${sig.trustedComment}`,
    encodeBase64(sig.globalSignature),
    '',
  ].join('\n');
}

function decodeBlob(line: string): Uint8Array {
  const blob = decodeBase64(line);
  if (!blob) throw malformed('第 2 行不是 base64', 'line 2 is not base64');
  if (blob.length !== blobBytes) {
    throw malformed(`签名应为 ${blobBytes} 字节，实为 ${blob.length} 字节`, `the signature is ${blob.length} bytes, not ${blobBytes}`);
  }
  const algorithm = algorithmOf(blob);
  if (algorithm === 'Ed') {
    throw refuse(
      '这是旧式 minisign 签名（未预哈希，-l），不予接受：请用 minisign 默认方式（不加 -l）重新签名。',
      "This is a legacy minisign signature (not prehashed, -l) and is refused: re-sign with minisign's default mode (without -l).",
    );
  }
  if (algorithm !== 'ED') throw malformed(`不支持的算法“${algorithm}”（应为 ED）`, `unsupported algorithm "${algorithm}" (expected ED)`);
  return blob;
}

/** Reads a signature file: exactly four lines, each checked for form before any cryptography runs. */
export function decodeSignature(text: string): MinisignSignature {
  const lines = textLines(text);
  if (lines.length !== 4) throw malformed(`应有 4 行，实有 ${lines.length} 行`, `expected 4 lines, found ${lines.length}`);
  const [untrusted, blobLine, trusted, globalLine] = lines as [string, string, string, string];
  if (!untrusted.startsWith(commentPrefix)) {
    throw malformed(`第 1 行应以“${commentPrefix}”开头`, `line 1 must start with "${commentPrefix}"`);
  }
  const blob = decodeBlob(blobLine);
  if (!trusted.startsWith(trustedPrefix)) {
    throw malformed(`第 3 行应以“${trustedPrefix}”开头`, `line 3 must start with "${trustedPrefix}"`);
  }
  const trustedComment = trusted.slice(trustedPrefix.length);
  if (utf8Bytes(trustedComment).length > trustedCommentMaxBytes) {
    throw malformed(`受信注释超过 ${trustedCommentMaxBytes} 字节`, `the trusted comment is over ${trustedCommentMaxBytes} bytes`);
  }
  const globalSignature = decodeBase64(globalLine);
  if (!globalSignature) throw malformed('第 4 行不是 base64', 'line 4 is not base64');
  if (globalSignature.length !== signatureBytes) {
    throw malformed(
      `注释签名应为 ${signatureBytes} 字节，实为 ${globalSignature.length} 字节`,
      `the comment signature is ${globalSignature.length} bytes, not ${signatureBytes}`,
    );
  }
  return { keyId: blob.slice(2, 2 + keyIdBytes), signature: blob.slice(2 + keyIdBytes), trustedComment, globalSignature };
}

/** The cheap check before the cryptographic ones: the signature names the key it is checked against. */
export function requireSignedBy(sig: MinisignSignature, key: MinisignPublicKey): void {
  if (!equalBytes(sig.keyId, key.keyId)) {
    throw refuse(
      `签名所用密钥（ID ${minisignKeyIdHex(sig.keyId)}）不是预期的密钥（ID ${minisignKeyIdHex(key.keyId)}）`,
      `Signed by another key (key id ${minisignKeyIdHex(sig.keyId)}, expected ${minisignKeyIdHex(key.keyId)})`,
    );
  }
}
