import { safeStorage } from 'electron';
import type { KeyVault } from '../ports/keyVault';

/**
 * Whether safeStorage protects a secret here. On Linux without a keyring it falls back to a fixed password
 * ('basic_text'), which protects nothing: the key then stays a file the user may protect with a passphrase.
 */
export function vaultProtects(available: boolean, platform: NodeJS.Platform, linuxBackend: string | undefined): boolean {
  if (!available) return false;
  return platform !== 'linux' || (linuxBackend !== undefined && linuxBackend !== 'basic_text' && linuxBackend !== 'unknown');
}

/** The operating system's vault for the installation's private key, or undefined where there is none worth the name. */
export function systemKeyVault(): KeyVault | undefined {
  const linuxBackend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined;
  if (!vaultProtects(safeStorage.isEncryptionAvailable(), process.platform, linuxBackend)) return undefined;
  return { seal: (text) => safeStorage.encryptString(text), open: (sealed) => safeStorage.decryptString(sealed) };
}
