import { describe, expect, it } from 'vitest';
import { decodePublicKey, encodePublicKey, keyIdFromHex, minisignKeyIdHex } from '../../../../src-main/core/signing/minisignKey';
import { minisignPub } from '../../../support/minisignVectors';
import { refusalOf } from '../../../support/refusal';

const refusal = (text: string) => refusalOf(() => decodePublicKey(text));

const blobText = (bytes: number[]): string => btoa(String.fromCharCode(...bytes));

describe('minisign public key files', () => {
  it('reads a key written by minisign, naming it by the id minisign prints', () => {
    const key = decodePublicKey(minisignPub);
    expect(minisignKeyIdHex(key.keyId)).toBe('D4AA385A124138DA');
    expect(key.publicKey).toHaveLength(32);
  });

  it('writes a key back byte for byte as minisign does', () => {
    expect(encodePublicKey(decodePublicKey(minisignPub))).toBe(minisignPub);
  });

  it('prints the key id as the 8 bytes reversed and reads that text back', () => {
    const keyId = Uint8Array.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0xab]);
    expect(minisignKeyIdHex(keyId)).toBe('AB07060504030201');
    expect(keyIdFromHex('AB07060504030201')).toEqual(keyId);
    expect(() => keyIdFromHex('AB0706050403020')).toThrow(/16 hex digits/);
  });

  it('accepts CRLF line ends and a missing final line end', () => {
    const key = decodePublicKey(minisignPub);
    expect(decodePublicKey(minisignPub.replace(/\n/g, '\r\n'))).toEqual(key);
    expect(decodePublicKey(minisignPub.trimEnd())).toEqual(key);
  });

  it('refuses a file of the wrong shape, saying what is wrong', () => {
    const [comment, blob] = minisignPub.split('\n') as [string, string];
    expect(refusal(`${comment}\n${blob}\nextra\n`).localized.en).toContain('expected 2 lines, found 3');
    expect(refusal(`minisign public key\n${blob}\n`).localized.en).toContain('line 1 must start with "untrusted comment: "');
    expect(refusal(`${comment}\n${blob.slice(0, -1)}\n`).localized.en).toContain('line 2 is not base64');
    expect(refusal(`${comment}\n ${blob}\n`).localized.en).toContain('line 2 is not base64');
    const zh = refusal(`${comment}\n${blobText([0x45, 0x64, ...new Array<number>(41).fill(1)])}\n`);
    expect(zh.code).toBe('VALIDATION');
    expect(zh.localized.zh).toContain('密钥应为 42 字节，实为 43 字节');
  });

  it('refuses a key for any algorithm but Ed', () => {
    const key = [...new Array<number>(40).fill(7)];
    expect(refusal(`untrusted comment: x\n${blobText([0x45, 0x44, ...key])}\n`).localized.en).toContain('unsupported algorithm "ED"');
  });
});
