import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, type BackupStatus } from '../../contract';
import type { ServiceContext } from '../context';
import { keyFile } from '../dataDir';
import { isPassphrasePem, minPassphraseLength, privateKeyOf, writeKeyFile } from '../keyProtection';

/**
 * The private key goes into a backup only encrypted with a passphrase someone chose: the key file itself once
 * `waiban keys protect` has run, else a copy encrypted with a backup passphrase (kept beside it, as `keys protect`
 * keeps the key: PKCS#8, AES-256). The passphrases are never stored; automatic backups take the encrypted file as it is.
 */
export const backupKeyFile = (dataDir: string): string => join(dataDir, 'keys', 'backup.key');

/** The encrypted key text a backup carries, if any. */
export function keyForBackup(dataDir: string): Buffer | undefined {
  const own = keyFile(dataDir);
  if (existsSync(own)) {
    const text = readFileSync(own);
    if (isPassphrasePem(text.toString('utf8'))) return text;
  }
  const copy = backupKeyFile(dataDir);
  return existsSync(copy) ? readFileSync(copy) : undefined;
}

export function backupKeyState(dataDir: string): BackupStatus['key'] {
  const own = keyFile(dataDir);
  if (existsSync(own) && isPassphrasePem(readFileSync(own, 'utf8'))) return 'protected';
  return existsSync(backupKeyFile(dataDir)) ? 'backupPassphrase' : 'none';
}

/**
 * Sets (or changes) the passphrase the key is encrypted with for backups. A key already protected by its own
 * passphrase goes into backups as it is; it needs none.
 */
export function setBackupPassphrase(ctx: ServiceContext, passphrase: string): void {
  if (passphrase.length < minPassphraseLength) {
    throw new AppError('VALIDATION', {
      zh: `备份口令至少 ${minPassphraseLength} 个字符。`,
      en: `The backup passphrase needs at least ${minPassphraseLength} characters.`,
    });
  }
  if (backupKeyState(ctx.dataDir) === 'protected') {
    throw new AppError('VALIDATION', {
      zh: '本机私钥已受密钥口令保护，备份中即为这份加密的私钥，无需另设备份口令。',
      en: 'The private key is already protected by its own passphrase; backups carry it encrypted as it is, so no backup passphrase is needed.',
    });
  }
  const pem = privateKeyOf(ctx).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string;
  writeKeyFile(backupKeyFile(ctx.dataDir), pem);
}
