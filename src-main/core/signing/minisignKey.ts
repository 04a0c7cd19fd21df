import { AppError } from '../../contract';
import { algorithmOf, concatBytes, decodeBase64, encodeBase64, textLines, utf8Bytes } from './encoding';

/** A minisign public key: the 8-byte key id that signatures name, and the raw 32-byte Ed25519 key. */
export interface MinisignPublicKey {
  keyId: Uint8Array;
  publicKey: Uint8Array;
}

export const keyIdBytes = 8;
export const publicKeyBytes = 32;
const blobBytes = 2 + keyIdBytes + publicKeyBytes;
const commentPrefix = 'untrusted comment: ';

/** minisign prints key ids as the 8 bytes reversed (a little-endian number), in upper-case hex. */
export const minisignKeyIdHex = (keyId: Uint8Array): string =>
  [...keyId]
    .reverse()
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();

/** The key id bytes back from the hex that minisignKeyIdHex prints (and the database stores). */
export function keyIdFromHex(hex: string): Uint8Array {
  if (!/^[0-9A-Fa-f]{16}$/.test(hex)) {
    throw new AppError('VALIDATION', { zh: `密钥 ID 应为 16 位十六进制数：${hex}`, en: `A key id is 16 hex digits: ${hex}` });
  }
  return Uint8Array.from(hex.match(/../g)!.reverse(), (pair) => parseInt(pair, 16));
}

export function encodePublicKey(key: MinisignPublicKey): string {
  const blob = concatBytes(utf8Bytes('Ed'), key.keyId, key.publicKey);
  return `${commentPrefix}minisign public key ${minisignKeyIdHex(key.keyId)}\n${encodeBase64(blob)}\n`;
}

const badKey = (zh: string, en: string): AppError =>
  new AppError('VALIDATION', { zh: `不是有效的 minisign 公钥文件：${zh}`, en: `Not a valid minisign public key file: ${en}` });

/** Reads a public key file as minisign writes it: a comment line, then the base64 key. */
export function decodePublicKey(text: string): MinisignPublicKey {
  const lines = textLines(text);
  if (lines.length !== 2) throw badKey(`应有 2 行，实有 ${lines.length} 行`, `expected 2 lines, found ${lines.length}`);
  if (!lines[0]!.startsWith(commentPrefix)) {
    throw badKey(`第 1 行应以“${commentPrefix}”开头`, `line 1 must start with "${commentPrefix}"`);
  }
  const blob = decodeBase64(lines[1]!);
  if (!blob) throw badKey('第 2 行不是 base64', 'line 2 is not base64');
  if (blob.length !== blobBytes) {
    throw badKey(`密钥应为 ${blobBytes} 字节，实为 ${blob.length} 字节`, `the key is ${blob.length} bytes, not ${blobBytes}`);
  }
  if (algorithmOf(blob) !== 'Ed') {
    throw badKey(`不支持的算法“${algorithmOf(blob)}”（应为 Ed）`, `unsupported algorithm "${algorithmOf(blob)}" (expected Ed)`);
  }
  return { keyId: blob.slice(2, 2 + keyIdBytes), publicKey: blob.slice(2 + keyIdBytes) };
}
