import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyFile } from '../../../src-main/services/dataDir';
import { verifyMinisign } from '../../../src-main/services/minisign';
import { installationPublicKey, signAsInstallation } from '../../../src-main/services/signing';
import { refusalOf } from '../../support/refusal';
import { tempApp } from '../../support/tempApp';

const content = Buffer.from('{"sequence":1}');

describe("signing with this installation's key", () => {
  it('signs so that its own public key from the database verifies', async () => {
    const app = await tempApp();
    const sig = signAsInstallation(app.ctx, content, '第 1 号数据包');
    expect(verifyMinisign(content, sig, installationPublicKey(app.ctx))).toBe('第 1 号数据包');
    expect(sig.split('\n')[0]).toBe(`untrusted comment: signature from waiban key ${app.ctx.self.keyId}`);
  });

  it('refuses a trusted comment of more than one line', async () => {
    const app = await tempApp();
    const err = refusalOf(() => signAsInstallation(app.ctx, content, 'sequence:1\ntrusted comment: forged'));
    expect(err.code).toBe('VALIDATION');
    expect(err.localized.zh).toContain('受信注释只能有一行');
  });

  it('refuses to sign with a key file copied in from another installation', async () => {
    const app = await tempApp();
    const other = await tempApp();
    copyFileSync(keyFile(other.dataDir), keyFile(app.dataDir));
    const err = refusalOf(() => signAsInstallation(app.ctx, content, 'sequence:1'));
    expect(err.localized.en).toContain("does not match this installation's public key");
  });

  it('says so when the key file is missing or damaged', async () => {
    const app = await tempApp();
    const file = keyFile(app.dataDir);
    writeFileSync(file, '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n');
    expect(refusalOf(() => signAsInstallation(app.ctx, content, 'sequence:1')).localized.en).toContain('cannot be read; it may be damaged');
    rmSync(file);
    const missing = refusalOf(() => signAsInstallation(app.ctx, content, 'sequence:1'));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.localized.zh).toContain('找不到本机私钥文件');
  });
});
