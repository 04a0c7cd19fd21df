import { describe, expect, it } from 'vitest';
import { decodePublicKey, minisignKeyIdHex } from '../../../../src-main/core/signing/minisignKey';
import {
  checkTrustedComment,
  decodeSignature,
  encodeSignature,
  requireSignedBy,
  trustedCommentMaxBytes,
} from '../../../../src-main/core/signing/minisignSignature';
import { legacySig, minisignPub, prehashedSig } from '../../../support/minisignVectors';
import { refusalOf } from '../../../support/refusal';

const refusal = (text: string) => refusalOf(() => decodeSignature(text));

const withLine = (index: number, line: string): string => {
  const lines = prehashedSig.split('\n');
  lines[index] = line;
  return lines.join('\n');
};

const base64Of = (bytes: number[]): string => btoa(String.fromCharCode(...bytes));

describe('minisign signature files', () => {
  it('reads a prehashed signature written by minisign: key id, trusted comment and both signatures', () => {
    const sig = decodeSignature(prehashedSig);
    expect(minisignKeyIdHex(sig.keyId)).toBe('D4AA385A124138DA');
    expect(sig.trustedComment).toBe('timestamp:1795815345\tfile:f.txt\thashed');
    expect(sig.signature).toHaveLength(64);
    expect(sig.globalSignature).toHaveLength(64);
    expect(() => requireSignedBy(sig, decodePublicKey(minisignPub))).not.toThrow();
  });

  it('reads the same signature after its line ends became CRLF or the last one was lost', () => {
    const sig = decodeSignature(prehashedSig);
    expect(decodeSignature(prehashedSig.replace(/\n/g, '\r\n'))).toEqual(sig);
    expect(decodeSignature(prehashedSig.trimEnd())).toEqual(sig);
  });

  it('writes what it reads, with its own untrusted comment naming the key', () => {
    const sig = decodeSignature(prehashedSig);
    const text = encodeSignature(sig);
    expect(text.split('\n')[0]).toBe('untrusted comment: signature from waiban key D4AA385A124138DA');
    expect(text.split('\n').slice(1)).toEqual(prehashedSig.split('\n').slice(1));
    expect(decodeSignature(text)).toEqual(sig);
  });

  it('refuses a legacy Ed signature with its own reason, in Chinese and English', () => {
    const err = refusal(legacySig);
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toContain('legacy minisign signature');
    expect(err.localized.zh).toContain('旧式 minisign 签名');
  });

  it('refuses a file without exactly four lines', () => {
    const lines = prehashedSig.trimEnd().split('\n');
    expect(refusal(lines.slice(0, 3).join('\n')).localized.en).toContain('expected 4 lines, found 3');
    expect(refusal(`${prehashedSig}\n`).localized.en).toContain('expected 4 lines, found 5');
    expect(refusal('').localized.zh).toContain('应有 4 行，实有 1 行');
  });

  it('refuses comment lines without their prefixes', () => {
    expect(refusal(withLine(0, 'signature from minisign secret key')).localized.en).toContain('line 1 must start with');
    expect(refusal(withLine(2, 'trusted comment:no space')).localized.en).toContain('line 3 must start with "trusted comment: "');
  });

  it('refuses truncated or garbled base64', () => {
    const blob = prehashedSig.split('\n')[1]!;
    expect(refusal(withLine(1, blob.slice(0, -4))).localized.en).toContain('the signature is 72 bytes, not 74');
    expect(refusal(withLine(1, blob.slice(0, -1))).localized.en).toContain('line 2 is not base64');
    expect(refusal(withLine(1, blob.replace('/', '_'))).localized.en).toContain('line 2 is not base64');
    expect(refusal(withLine(1, `${blob} `)).localized.en).toContain('line 2 is not base64');
    expect(refusal(withLine(3, prehashedSig.split('\n')[3]!.replace('/', '_'))).localized.en).toContain('line 4 is not base64');
  });

  it('refuses blobs of the wrong length', () => {
    expect(refusal(withLine(1, base64Of([0x45, 0x44, ...new Array<number>(73).fill(1)]))).localized.en).toContain('75 bytes, not 74');
    expect(refusal(withLine(3, base64Of(new Array<number>(63).fill(1)))).localized.en).toContain('comment signature is 63 bytes, not 64');
    expect(refusal(withLine(3, base64Of(new Array<number>(65).fill(1)))).code).toBe('BAD_SIGNATURE');
  });

  it('refuses an algorithm it does not know', () => {
    expect(refusal(withLine(1, base64Of([0x52, 0x53, ...new Array<number>(72).fill(1)]))).localized.en).toContain(
      'unsupported algorithm "RS"',
    );
  });

  it('refuses a signature naming another key before any cryptography', () => {
    const sig = decodeSignature(prehashedSig);
    const other = { keyId: new Uint8Array(8).fill(0x11), publicKey: new Uint8Array(32) };
    expect(() => requireSignedBy(sig, other)).toThrow('Signed by another key (key id D4AA385A124138DA, expected 1111111111111111)');
  });

  it('keeps a trusted comment to one line that minisign can read back whole', () => {
    expect(() => checkTrustedComment('第 3 号数据包\tsha256:ab')).not.toThrow();
    expect(() => checkTrustedComment('a\nb')).toThrow('single line');
    expect(() => checkTrustedComment('a\rb')).toThrow('single line');
    expect(() => checkTrustedComment('a'.repeat(trustedCommentMaxBytes))).not.toThrow();
    expect(() => checkTrustedComment('包'.repeat(trustedCommentMaxBytes / 3 + 1))).toThrow('Trusted comment too long');
    expect(refusal(withLine(2, `trusted comment: ${'a'.repeat(trustedCommentMaxBytes + 1)}`)).localized.en).toContain(
      'trusted comment is over',
    );
  });
});
