import { createHash, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';

export interface InstallationKeys {
  /** Raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
  /** PKCS#8 PEM of the private key. */
  privateKeyPem: string;
  /** minisign key id: 8 random bytes. */
  keyId: Buffer;
}

export function generateInstallationKeys(): InstallationKeys {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: rawPublicKey(publicKey),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    keyId: randomBytes(8),
  };
}

const rawPublicKey = (key: KeyObject): Buffer => {
  const der = key.export({ type: 'spki', format: 'der' });
  return der.subarray(der.length - 32);
};

/**
 * SHA-256 of the public key in groups of four hex digits, short enough to read aloud over the phone when an
 * installation is enrolled.
 */
export const fingerprint = (publicKey: Buffer): string =>
  (createHash('sha256').update(publicKey).digest('hex').slice(0, 32).toUpperCase().match(/.{4}/g) ?? []).join(' ');
