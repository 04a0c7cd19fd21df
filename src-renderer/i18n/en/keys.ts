import type { keysZh } from '../zh/keys';

/** Unlocking a passphrase-protected private key before signing. */
export const keysEn: typeof keysZh = {
  keys: {
    unlockTitle: 'Key passphrase',
    unlockBody: "This installation's private key is protected by a passphrase. Enter it to sign and export; it is asked once per session.",
    passphrase: 'Key passphrase',
    unlock: 'Unlock and continue',
    cancel: 'Cancel',
  },
};
