import { homedir } from 'node:os';
import { join } from 'node:path';

/** The OS application-data folder, used when neither --data-dir nor WAIBAN_DATA_DIR names one. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Waiban');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Waiban');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'waiban');
}

export const databaseFile = (dataDir: string): string => join(dataDir, 'waiban.sqlite');
export const filesDir = (dataDir: string): string => join(dataDir, 'files');
export const keyFile = (dataDir: string): string => join(dataDir, 'keys', 'installation.key');
/** The private key sealed by the operating system (services/keySealing.ts), in place of keyFile. */
export const sealedKeyFile = (dataDir: string): string => join(dataDir, 'keys', 'installation.key.sealed');
