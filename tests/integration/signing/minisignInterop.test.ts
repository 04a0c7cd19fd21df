import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePublicKey, encodePublicKey } from '../../../src-main/core/signing/minisignKey';
import { verifyMinisign } from '../../../src-main/services/minisign';
import { installationPublicKey, signAsInstallation } from '../../../src-main/services/signing';
import { minisign, minisignKeyPair } from '../../support/minisignTool';
import { refusalOf } from '../../support/refusal';
import { tempApp, tempDir, type TestApp } from '../../support/tempApp';

const comment = 'exporter:外事办工作站\tsequence:3\tmanifest:sha256:9f86d081884c7d65';
const content = Buffer.from('{"format":1,"entries":[]}\n');

/** manifest.json, its signature by this installation and this installation's public key, in one folder. */
async function signedByUs(): Promise<{ app: TestApp; dir: string }> {
  const app = await tempApp();
  const dir = tempDir();
  writeFileSync(join(dir, 'manifest.json'), content);
  writeFileSync(join(dir, 'manifest.json.minisig'), signAsInstallation(app.ctx, content, comment));
  writeFileSync(join(dir, 'our.pub'), encodePublicKey(installationPublicKey(app.ctx)));
  return { app, dir };
}

const verifyArgs = ['-Vm', 'manifest.json', '-x', 'manifest.json.minisig', '-p', 'our.pub'];

describe('minisign verifies what Waiban signs', () => {
  it('accepts our signature and prints our trusted comment', async () => {
    const { dir } = await signedByUs();
    const r = minisign(verifyArgs, dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Trusted comment: ${comment}\n`);
  });

  it('refuses our signature once the file has changed', async () => {
    const { dir } = await signedByUs();
    writeFileSync(join(dir, 'manifest.json'), Buffer.concat([content, Buffer.from(' ')]));
    const r = minisign(verifyArgs, dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Signature verification failed');
  });

  it('refuses our signature once the trusted comment has been edited', async () => {
    const { dir } = await signedByUs();
    const sigFile = join(dir, 'manifest.json.minisig');
    writeFileSync(sigFile, readFileSync(sigFile, 'utf8').replace('sequence:3', 'sequence:4'));
    const r = minisign(verifyArgs, dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('Comment signature verification failed');
  });

  it('names our key by the key id Waiban prints', async () => {
    const { app, dir } = await signedByUs();
    minisignKeyPair(dir);
    const r = minisign(['-Vm', 'manifest.json', '-x', 'manifest.json.minisig', '-p', 'pub'], dir);
    expect(r.code).toBe(1);
    // minisign prints key ids as numbers, so without leading zeros.
    expect(r.err).toContain(`manifest.json.minisig is ${app.ctx.self.keyId.replace(/^0+/, '')}\n`);
  });
});

describe('Waiban verifies what minisign signs', () => {
  const signed = (args: string[] = []) => {
    const dir = tempDir();
    minisignKeyPair(dir);
    writeFileSync(join(dir, 'file.json'), content);
    const r = minisign(['-S', ...args, '-s', 'sec', '-m', 'file.json', '-t', comment], dir);
    if (r.code !== 0) throw new Error(`minisign -S failed: ${r.err}`);
    return {
      key: decodePublicKey(readFileSync(join(dir, 'pub'), 'utf8')),
      sig: readFileSync(join(dir, 'file.json.minisig'), 'utf8'),
    };
  };

  it('accepts a signature by a key minisign generated and returns its trusted comment', () => {
    const { key, sig } = signed();
    expect(verifyMinisign(content, sig, key)).toBe(comment);
  });

  it('accepts that signature after its line ends became CRLF', () => {
    const { key, sig } = signed();
    expect(verifyMinisign(content, sig.replace(/\n/g, '\r\n'), key)).toBe(comment);
  });

  it('refuses that signature once the file has changed', () => {
    const { key, sig } = signed();
    const err = refusalOf(() => verifyMinisign(Buffer.from('{"format":1,"entries":[1]}\n'), sig, key));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toContain('does not match its signature');
  });

  it('refuses a legacy signature from minisign -l', () => {
    const { key, sig } = signed(['-l']);
    const err = refusalOf(() => verifyMinisign(content, sig, key));
    expect(err.code).toBe('BAD_SIGNATURE');
    expect(err.localized.en).toContain('legacy minisign signature');
  });
});
