import { createPrivateKey, type KeyObject } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppError, type KeyStatusDto } from '../contract';
import type { ServiceContext } from './context';
import { keyFile, sealedKeyFile } from './dataDir';

/**
 * The private key may be kept as a passphrase-protected PKCS#8 file (docs/bundles.md), so a lost laptop's
 * folder cannot sign bundles in its name. The passphrase unlocks the key once per session; the unlocked key
 * stays in this process's memory only, never on disk.
 */
const unlocked = new WeakMap<ServiceContext, KeyObject>();
/** The key the operating system keeps (services/keySealing.ts), handed over by the desktop app at each launch. */
const systemKeys = new WeakMap<ServiceContext, KeyObject>();

/** A passphrase people can be asked to keep: long enough that guessing it offline takes real work. */
export const minPassphraseLength = 8;

export const isPassphrasePem = (pem: string): boolean => pem.includes('BEGIN ENCRYPTED PRIVATE KEY');

function keyText(ctx: ServiceContext): string {
  const file = keyFile(ctx.dataDir);
  if (!existsSync(file) && existsSync(sealedKeyFile(ctx.dataDir))) {
    throw new AppError('NOT_FOUND', {
      zh: '本机私钥由桌面应用交给操作系统保管，只能在桌面应用中签名。如需在命令行中签名，请先在桌面应用中为私钥设置口令。',
      en: "This installation's private key is kept by the operating system for the desktop app and signs only there. To sign from the command line, set a key passphrase in the desktop app first.",
    });
  }
  if (!existsSync(file)) {
    throw new AppError('NOT_FOUND', {
      zh: `找不到本机私钥文件 ${file}，无法签名。`,
      en: `This installation's private key file ${file} is missing; nothing can be signed.`,
    });
  }
  return readFileSync(file, 'utf8');
}

export const isKeyProtected = (ctx: ServiceContext): boolean => systemKeys.has(ctx) || isPassphrasePem(keyText(ctx));

/** The key the operating system keeps, opened by the desktop app; used for signing from now on. */
export function useSystemKey(ctx: ServiceContext, pem: string): void {
  systemKeys.set(ctx, createPrivateKey(pem));
}

function decrypt(pem: string, passphrase: string): KeyObject {
  try {
    return createPrivateKey({ key: pem, format: 'pem', passphrase });
  } catch {
    throw new AppError('WRONG_PASSPHRASE', {
      zh: '密钥口令不正确，私钥未解锁。',
      en: 'Wrong key passphrase; the private key was not unlocked.',
    });
  }
}

/** The private key for signing: read as is, or the one unlocked in this session, else KEY_LOCKED. */
export function privateKeyOf(ctx: ServiceContext): KeyObject {
  const system = systemKeys.get(ctx);
  if (system) return system;
  const pem = keyText(ctx);
  if (!isPassphrasePem(pem)) {
    try {
      return createPrivateKey(pem);
    } catch {
      const file = keyFile(ctx.dataDir);
      throw new AppError('INTERNAL', {
        zh: `本机私钥文件 ${file} 无法读取，可能已损坏。`,
        en: `The private key file ${file} cannot be read; it may be damaged.`,
      });
    }
  }
  const key = unlocked.get(ctx);
  if (key) return key;
  throw new AppError('KEY_LOCKED', {
    zh: '本机私钥受口令保护，请先输入密钥口令解锁，再签名导出。',
    en: "This installation's private key is protected by a passphrase: unlock it first, then sign.",
  });
}

export const keyStatus = (ctx: ServiceContext): KeyStatusDto => {
  if (systemKeys.has(ctx)) return { protected: true, unlocked: true, keptBySystem: true };
  const isProtected = isKeyProtected(ctx);
  return { protected: isProtected, unlocked: !isProtected || unlocked.has(ctx), keptBySystem: false };
};

/** Drops the key held in memory for this session: the installation has just taken another key (trust/reEnrolment.ts). */
export function forgetSigningKey(ctx: ServiceContext): void {
  unlocked.delete(ctx);
  systemKeys.delete(ctx);
}

/** Unlocks the protected key for this session; a wrong passphrase is refused and unlocks nothing. */
export function unlockKey(ctx: ServiceContext, passphrase: string): void {
  if (systemKeys.has(ctx)) return;
  const pem = keyText(ctx);
  if (!isPassphrasePem(pem)) return;
  unlocked.set(ctx, decrypt(pem, passphrase));
}

/** Writes a key file anew beside the old one, readable by its owner only, then renames it over: never half a key on disk. */
export function writeKeyFile(file: string, content: string | Buffer): void {
  const temp = `${file}.${process.pid}.new`;
  rmSync(temp, { force: true });
  writeFileSync(temp, content, { mode: 0o600, flag: 'wx' });
  renameSync(temp, file);
}

/**
 * Protects the key with a passphrase (or changes it, given the current one), keeping the same key pair. A key the
 * operating system kept is then kept by the passphrase instead, so the command line can sign too.
 */
export function protectKey(ctx: ServiceContext, passphrase: string, current?: string): void {
  if (passphrase.length < minPassphraseLength) {
    throw new AppError('VALIDATION', {
      zh: `密钥口令至少 ${minPassphraseLength} 个字符。`,
      en: `The key passphrase needs at least ${minPassphraseLength} characters.`,
    });
  }
  const system = systemKeys.get(ctx);
  const pem = system ? undefined : keyText(ctx);
  const key =
    system ?? (isPassphrasePem(pem!) ? (current === undefined ? privateKeyOf(ctx) : decrypt(pem!, current)) : createPrivateKey(pem!));
  writeKeyFile(keyFile(ctx.dataDir), key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }) as string);
  rmSync(sealedKeyFile(ctx.dataDir), { force: true });
  systemKeys.delete(ctx);
  unlocked.set(ctx, key);
}

/** Removes the passphrase, given it: the key is kept as a plain file readable by its owner only. */
export function unprotectKey(ctx: ServiceContext, passphrase: string): void {
  if (systemKeys.has(ctx)) return;
  const pem = keyText(ctx);
  if (!isPassphrasePem(pem)) return;
  writeKeyFile(keyFile(ctx.dataDir), decrypt(pem, passphrase).export({ type: 'pkcs8', format: 'pem' }) as string);
  unlocked.delete(ctx);
}
