import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationFilePattern } from './migrationIndex';

/**
 * A migration's fingerprint: its text's SHA-256, line endings made LF so a Windows checkout reads the same.
 * A released migration has run on users' databases and bundles cross app versions, so its text is frozen:
 * migrations/released.json holds the fingerprint of each, and a test fails when one of them is edited.
 */
export const migrationHash = (text: string): string => createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');

/** Every migration in the folder with its fingerprint, in order: what `npm run migrations:release` writes. */
export function currentMigrationHashes(dir: string): Record<string, string> {
  const files = readdirSync(dir)
    .filter((f) => migrationFilePattern.test(f))
    .sort();
  return Object.fromEntries(files.map((f) => [f.replace(/\.ts$/, ''), migrationHash(readFileSync(join(dir, f), 'utf8'))]));
}
