import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFile, sealedKeyFile } from '../../../src-main/services/dataDir';
import { openSealedKey, sealPlainKey } from '../../../src-main/services/keySealing';
import type { KeyVault } from '../../../src-main/ports/keyVault';
import { rejectionOf } from '../../support/refusal';
import { exportBundle } from '../../../src-main/services/bundle/exportBundle';
import { verifyBundle } from '../../../src-main/services/bundle/verifyBundle';
import { installationPublicKey } from '../../../src-main/services/signing';
import { openApp } from '../../../src-main/app/openApp';
import { partnerValues, tempApp, tempDir } from '../../support/tempApp';

describe('a private key protected by a passphrase', () => {
  it('is stored encrypted, signs nothing until unlocked, and once unlocked signs bundles that verify with the same public key', async () => {
    const app = await tempApp();
    await app.call('records.put', { register: 'partner', values: partnerValues() });
    expect(await app.call('keys.status', {})).toEqual({ protected: false, unlocked: true, keptBySystem: false });
    expect(await app.call('keys.protect', { passphrase: '外事办 2026 口令' })).toEqual({
      protected: true,
      unlocked: true,
      keptBySystem: false,
    });
    const pem = readFileSync(keyFile(app.ctx.dataDir), 'utf8');
    expect(pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');

    // A new session (the app opened again) has the passphrase no more.
    const again = await openApp({ dataDir: app.ctx.dataDir });
    try {
      const out = join(tempDir(), 'locked.waiban');
      await expect(exportBundle(again.ctx, { out })).rejects.toMatchObject({ code: 'KEY_LOCKED' });
      const wrong = await again.dispatch('keys.unlock', { passphrase: 'not the passphrase' });
      expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: { zh: '密钥口令不正确，私钥未解锁。' } } });
      expect(await again.dispatch('keys.status', {})).toEqual({
        ok: true,
        value: { protected: true, unlocked: false, keptBySystem: false },
      });
      expect(await again.dispatch('keys.unlock', { passphrase: '外事办 2026 口令' })).toEqual({
        ok: true,
        value: { protected: true, unlocked: true, keptBySystem: false },
      });
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
    expect((await app.fail('keys.protect', { passphrase: 'second passphrase', current: 'wrong passphrase' })).code).toBe(
      'WRONG_PASSPHRASE',
    );
    expect(readFileSync(keyFile(app.ctx.dataDir))).toEqual(protectedKey);
    expect(await app.call('keys.unprotect', { passphrase: 'first passphrase' })).toEqual({
      protected: false,
      unlocked: true,
      keptBySystem: false,
    });
    expect(readFileSync(keyFile(app.ctx.dataDir), 'utf8')).toContain('BEGIN PRIVATE KEY');
  });
});

/** Stands in for the operating system's keeping (Electron safeStorage, which runs only inside Electron). */
const testVault: KeyVault = {
  seal: (text) => Buffer.from(`os-sealed:${Buffer.from(text).toString('base64')}`),
  open: (sealed) => Buffer.from(sealed.toString().replace(/^os-sealed:/, ''), 'base64').toString(),
};

describe('a private key kept by the operating system (the desktop app)', () => {
  it('is sealed with no clear copy left, opened at the next launch, and signs bundles that verify with the same public key', async () => {
    const dataDir = tempDir();
    (await openApp({ dataDir, init: 'default' })).close();
    const pem = sealPlainKey(dataDir, testVault)!;
    expect(pem).toContain('BEGIN PRIVATE KEY');
    expect(existsSync(keyFile(dataDir))).toBe(false);
    expect(readFileSync(sealedKeyFile(dataDir), 'utf8')).not.toContain('PRIVATE KEY');
    expect(sealPlainKey(dataDir, testVault)).toBeUndefined();

    const app = await openApp({ dataDir, systemKey: openSealedKey(dataDir, testVault) });
    try {
      expect(await app.dispatch('keys.status', {})).toEqual({ ok: true, value: { protected: true, unlocked: true, keptBySystem: true } });
      const out = join(tempDir(), 'sealed.waiban');
      await exportBundle(app.ctx, { out, to: 'review' });
      expect((await verifyBundle(out, installationPublicKey(app.ctx))).exporter).toBe(app.ctx.self.id);
    } finally {
      app.close();
    }
  });

  it('cannot sign without the desktop app, and says how to sign from the command line', async () => {
    const dataDir = tempDir();
    (await openApp({ dataDir, init: 'default' })).close();
    sealPlainKey(dataDir, testVault);
    const cli = await openApp({ dataDir });
    try {
      const refusal = await rejectionOf(exportBundle(cli.ctx, { out: join(tempDir(), 'no.waiban'), to: 'review' }));
      expect(refusal.code).toBe('NOT_FOUND');
      expect(refusal.localized.zh).toContain('只能在桌面应用中签名');
    } finally {
      cli.close();
    }
  });

  it('given a passphrase, is kept by the passphrase instead, and the sealed copy is gone', async () => {
    const dataDir = tempDir();
    (await openApp({ dataDir, init: 'default' })).close();
    const app = await openApp({ dataDir, systemKey: sealPlainKey(dataDir, testVault) });
    try {
      expect(await app.dispatch('keys.protect', { passphrase: '外事办 2026 口令' })).toEqual({
        ok: true,
        value: { protected: true, unlocked: true, keptBySystem: false },
      });
    } finally {
      app.close();
    }
    expect(existsSync(sealedKeyFile(dataDir))).toBe(false);
    expect(readFileSync(keyFile(dataDir), 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(openSealedKey(dataDir, testVault)).toBeUndefined();
    expect(sealPlainKey(dataDir, testVault)).toBeUndefined();
  });

  it('after a crash between sealing and removing the clear copy, opens the sealed key and removes the clear one', async () => {
    const dataDir = tempDir();
    (await openApp({ dataDir, init: 'default' })).close();
    const clear = readFileSync(keyFile(dataDir));
    sealPlainKey(dataDir, testVault);
    writeFileSync(keyFile(dataDir), clear);
    expect(openSealedKey(dataDir, testVault)).toBe(clear.toString());
    expect(existsSync(keyFile(dataDir))).toBe(false);
  });
});
