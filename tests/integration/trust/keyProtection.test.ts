import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFile } from '../../../src-main/services/dataDir';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { verifyBundle } from '../../../src-main/services/bundle/verifyBundle';
import { installationPublicKey } from '../../../src-main/services/signing';
import { openApp } from '../../../src-main/services/app';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';

describe('a private key protected by a passphrase', () => {
  it('is stored encrypted, signs nothing until unlocked, and once unlocked signs bundles that verify with the same public key', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    expect(await app.call('keys.status', {})).toEqual({ protected: false, unlocked: true });
    expect(await app.call('keys.protect', { passphrase: '外事办 2026 口令' })).toEqual({ protected: true, unlocked: true });
    const pem = readFileSync(keyFile(app.ctx.dataDir), 'utf8');
    expect(pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');

    // A new session (the app opened again) has the passphrase no more.
    const again = await openApp({ dataDir: app.ctx.dataDir });
    try {
      const out = join(tempDir(), 'locked.waiban');
      await expect(exportBundle(again.ctx, { out })).rejects.toMatchObject({ code: 'KEY_LOCKED' });
      const wrong = await again.dispatch('keys.unlock', { passphrase: 'not the passphrase' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: { zh: '密钥口令不正确，私钥未解锁。' } } });
      expect(await again.dispatch('keys.status', {})).toEqual({ ok: true, value: { protected: true, unlocked: false } });
      expect(await again.dispatch('keys.unlock', { passphrase: '外事办 2026 口令' })).toEqual({ ok: true, value: { protected: true, unlocked: true } });
      const report = await exportBundle(again.ctx, { out });
      expect(report.changes).toBeGreaterThan(0);
      expect((await verifyBundle(out, installationPublicKey(again.ctx))).exporter).toBe(again.ctx.self.id);
    } finally {
      again.close();
    }
  });

  it('refuses a short passphrase and a wrong current one, leaving the key file as it was', async () => {
    const app = await tempApp();
    const before = readFileSync(keyFile(app.ctx.dataDir));
    expect((await app.fail('keys.protect', { passphrase: 'short' })).code).toBe('VALIDATION');
    expect(readFileSync(keyFile(app.ctx.dataDir))).toEqual(before);
    await app.call('keys.protect', { passphrase: 'first passphrase' });
    const protectedKey = readFileSync(keyFile(app.ctx.dataDir));
    expect((await app.fail('keys.unprotect', { passphrase: 'wrong passphrase' })).code).toBe('WRONG_PASSPHRASE');
    expect((await app.fail('keys.protect', { passphrase: 'second passphrase', current: 'wrong passphrase' })).code).toBe('WRONG_PASSPHRASE');
    expect(readFileSync(keyFile(app.ctx.dataDir))).toEqual(protectedKey);
    expect(await app.call('keys.unprotect', { passphrase: 'first passphrase' })).toEqual({ protected: false, unlocked: true });
    expect(readFileSync(keyFile(app.ctx.dataDir), 'utf8')).toContain('BEGIN PRIVATE KEY');
  });
});
