import { existsSync, readFileSync, rmSync } from 'node:fs';
import type { KeyVault } from '../ports/keyVault';
import { keyFile, sealedKeyFile } from './dataDir';
import { isPassphrasePem, writeKeyFile } from './keyProtection';

/**
 * The private key kept by the operating system (docs/bundles.md: "Electron safeStorage where available, else a
 * passphrase-protected PKCS#8 file"). These run where the vault is, the desktop app's main thread; the key text they
 * return is handed to the backend thread's memory and never written in the clear again.
 */

/**
 * The sealed key, opened; undefined when there is none. A passphrase set after sealing wins: the user chose it, and
 * only a crash between writing it and removing the sealed copy leaves both.
 */
export function openSealedKey(dataDir: string, vault: KeyVault): string | undefined {
  const sealed = sealedKeyFile(dataDir);
  if (!existsSync(sealed)) return undefined;
  const plain = keyFile(dataDir);
  if (existsSync(plain) && isPassphrasePem(readFileSync(plain, 'utf8'))) {
    rmSync(sealed);
    return undefined;
  }
  const pem = vault.open(readFileSync(sealed));
  // Left by a crash between sealing and removing the clear copy.
  rmSync(plain, { force: true });
  return pem;
}

/**
 * Seals a key kept in the clear (a new installation's, or one whose passphrase was removed) and removes the clear
 * copy, answering its text; undefined when there is none. A passphrase-protected key is left as the user chose.
 */
export function sealPlainKey(dataDir: string, vault: KeyVault): string | undefined {
  const plain = keyFile(dataDir);
  if (!existsSync(plain)) return undefined;
  const pem = readFileSync(plain, 'utf8');
  if (isPassphrasePem(pem)) return undefined;
  writeKeyFile(sealedKeyFile(dataDir), vault.seal(pem));
  rmSync(plain);
  return pem;
}
