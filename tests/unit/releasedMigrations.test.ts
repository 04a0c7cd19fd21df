import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentMigrationHashes, migrationHash } from '../../src-main/build/releasedMigrations';

const dir = resolve(import.meta.dirname, '..', '..', 'migrations');
const released = JSON.parse(readFileSync(join(dir, 'released.json'), 'utf8')) as Record<string, string>;

describe('released migrations', () => {
  it('are never edited once released: a change to the schema is a new migration', () => {
    const current = currentMigrationHashes(dir);
    for (const [name, hash] of Object.entries(released)) expect({ name, hash: current[name] }).toEqual({ name, hash });
  });

  it('come first: a migration not yet released is numbered after every released one', () => {
    const names = Object.keys(currentMigrationHashes(dir));
    expect(names.slice(0, Object.keys(released).length)).toEqual(Object.keys(released));
  });

  it('tells an edit, even of white space, from a checkout with Windows line endings', () => {
    const text = readFileSync(join(dir, '0001_initial.ts'), 'utf8');
    expect(migrationHash(text.replace(/\n/g, '\r\n'))).toBe(released['0001_initial']);
    expect(migrationHash(text.replace('CREATE', 'CREATE '))).not.toBe(released['0001_initial']);
  });
});
