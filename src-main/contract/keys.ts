import { z } from 'zod';

/**
 * Whether this installation's private key is protected (by a passphrase, or kept by the operating system for the
 * desktop app), and whether this session can sign with it.
 */
export interface KeyStatusDto {
  protected: boolean;
  unlocked: boolean;
  keptBySystem: boolean;
}

const passphrase = z.string().min(1).max(1024);

export const keyUnlockSchema = z.object({ passphrase }).strict();
/** A new passphrase; `current` when the key is protected already and not unlocked in this session. */
export const keyProtectSchema = z.object({ passphrase, current: passphrase.optional() }).strict();
