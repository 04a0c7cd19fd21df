/**
 * Who asks for the key passphrase when a call finds the private key locked: the shell registers a dialog;
 * `invoke` waits for it and retries the call once. Resolves true when the key was unlocked.
 */
export type KeyUnlocker = () => Promise<boolean>;

let unlocker: KeyUnlocker | null = null;

export function setKeyUnlocker(next: KeyUnlocker | null): void {
  unlocker = next;
}

export const requestKeyUnlock = (): Promise<boolean> => (unlocker ? unlocker() : Promise.resolve(false));
