/**
 * The operating system's protection for a secret, bound to this user account (Electron's safeStorage: Keychain,
 * DPAPI, the Secret Service). Only the desktop app's main thread has one; the CLI and the web host do not.
 */
export interface KeyVault {
  seal(text: string): Buffer;
  open(sealed: Buffer): string;
}
