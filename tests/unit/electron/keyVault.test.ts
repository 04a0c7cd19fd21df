import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ safeStorage: {} }));
const { vaultProtects } = await import('../../../src-main/electron/keyVault');

describe('the operating system keeps the private key only where its keeping protects it', () => {
  it('on macOS and Windows whenever encryption is available', () => {
    expect(vaultProtects(true, 'darwin', undefined)).toBe(true);
    expect(vaultProtects(true, 'win32', undefined)).toBe(true);
    expect(vaultProtects(false, 'win32', undefined)).toBe(false);
  });

  it('on Linux with a keyring, never with the fixed-password fallback', () => {
    expect(vaultProtects(true, 'linux', 'gnome_libsecret')).toBe(true);
    expect(vaultProtects(true, 'linux', 'kwallet5')).toBe(true);
    expect(vaultProtects(true, 'linux', 'basic_text')).toBe(false);
    expect(vaultProtects(true, 'linux', 'unknown')).toBe(false);
    expect(vaultProtects(false, 'linux', 'gnome_libsecret')).toBe(false);
  });
});
