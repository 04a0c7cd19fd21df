import { createPrivateKey } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodePublicKey, keyIdBytes, type MinisignPublicKey } from '../../../src-main/core/signing/minisignKey';
import { generateInstallationKeys } from '../../../src-main/services/keys';
import { signMinisign, verifyMinisign, type MinisignSigningKey } from '../../../src-main/services/minisign';
import { minisignPub, prehashedSig, signedContent } from '../../support/minisignVectors';
import { refusalOf } from '../../support/refusal';

function keyPair(keyId?: Uint8Array): { signing: MinisignSigningKey; key: MinisignPublicKey } {
  const keys = generateInstallationKeys();
  const id = keyId ?? keys.keyId;
  return { signing: { keyId: id, privateKey: createPrivateKey(keys.privateKeyPem) }, key: { keyId: id, publicKey: keys.publicKey } };
}

const content = Buffer.from('segments/office/7.jsonl 签名内容\n');
const comment = 'author:office\tseq:7\tprev:sha256:00ff';

/** A signature file with one of its four lines replaced. */
const withLine = (sig: string, index: number, line: (old: string) => string): string => {
  const lines = sig.split('\n');
  lines[index] = line(lines[index]!);
  return lines.join('\n');
};

describe('verifying a minisign signature', () => {
  it('returns the trusted comment of a signature minisign wrote', () => {
    expect(verifyMinisign(Buffer.from(signedContent), prehashedSig, decodePublicKey(minisignPub))).toBe(
      'timestamp:1795815345\tfile:f.txt\thashed',
    );
  });

  it('returns the trusted comment of its own signature, also after CRLF mangling', () => {
    const { signing, key } = keyPair();
    const sig = signMinisign(content, signing, comment);
    expect(verifyMinisign(content, sig, key)).toBe(comment);
    expect(verifyMinisign(content, sig.replace(/\n/g, '\r\n'), key)).toBe(comment);
  });

  it('refuses a file changed after signing', () => {
    const { signing, key } = keyPair();
    const sig = signMinisign(content, signing, comment);
    const tampered = Buffer.from(content);
    tampered[0]! ^= 1;
    expect(refusalOf(() => verifyMinisign(tampered, sig, key)).localized.zh).toContain('文件与签名不符');
  });

  it('refuses an edited trusted comment', () => {
    const { signing, key } = keyPair();
    const sig = withLine(signMinisign(content, signing, comment), 2, (l) => l.replace('seq:7', 'seq:8'));
    const err = refusalOf(() => verifyMinisign(content, sig, key));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toContain('The trusted comment was altered');
  });

  it('refuses a trusted comment and its signature taken from the signature of another file by the same key', () => {
    const { signing, key } = keyPair();
    const sig = signMinisign(content, signing, comment);
    const other = signMinisign(Buffer.from('segments/office/8.jsonl\n'), signing, 'author:office\tseq:8\tprev:sha256:00ff');
    const spliced = withLine(
      withLine(sig, 2, () => other.split('\n')[2]!),
      3,
      () => other.split('\n')[3]!,
    );
    expect(refusalOf(() => verifyMinisign(content, spliced, key)).localized.en).toContain('The trusted comment was altered');
  });

  it('refuses a signature by a key with another key id, naming both ids', () => {
    const { signing } = keyPair();
    const { key } = keyPair();
    const err = refusalOf(() => verifyMinisign(content, signMinisign(content, signing, comment), key));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toMatch(/^Signed by another key \(key id [0-9A-F]{16}, expected [0-9A-F]{16}\)$/);
  });

  it('refuses a signature by another key that claims the expected key id', () => {
    const { key } = keyPair();
    const impostor = keyPair(key.keyId);
    const err = refusalOf(() => verifyMinisign(content, signMinisign(content, impostor.signing, comment), key));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toContain('does not match its signature');
  });

  it('refuses damaged signature files, each for its reason', () => {
    const { signing, key } = keyPair();
    const sig = signMinisign(content, signing, comment);
    const damaged: [string, string][] = [
      [sig.split('\n').slice(0, 3).join('\n'), 'expected 4 lines, found 3'],
      [withLine(sig, 1, (l) => l.slice(0, 60)), 'the signature is 45 bytes, not 74'],
      [withLine(sig, 1, (l) => l.slice(0, 61)), 'line 2 is not base64'],
      [withLine(sig, 1, (l) => `${l.slice(0, 40)}!${l.slice(41)}`), 'line 2 is not base64'],
      [
        withLine(sig, 1, (l) =>
          Buffer.from(l, 'base64')
            .subarray(0, 2 + keyIdBytes + 63)
            .toString('base64'),
        ),
        'the signature is 73 bytes, not 74',
      ],
      [
        withLine(sig, 3, (l) => Buffer.concat([Buffer.from(l, 'base64'), Buffer.from([0])]).toString('base64')),
        'comment signature is 65 bytes, not 64',
      ],
      [withLine(sig, 3, () => ''), 'comment signature is 0 bytes, not 64'],
    ];
    for (const [text, reason] of damaged) {
      const err = refusalOf(() => verifyMinisign(content, text, key));
      expect(err.code, reason).toBe('BAD_SIGNATURE');
      expect(err.localized.en).toContain(reason);
    }
  });

  it('refuses a hand-made legacy Ed signature even when its cryptography holds', () => {
    const { signing, key } = keyPair();
    const sig = signMinisign(content, signing, comment);
    const legacy = withLine(sig, 1, (l) => {
      const blob = Buffer.from(l, 'base64');
      blob.write('Ed', 0, 'latin1');
      return blob.toString('base64');
    });
    expect(refusalOf(() => verifyMinisign(content, legacy, key)).localized.en).toContain('legacy minisign signature');
  });
});
