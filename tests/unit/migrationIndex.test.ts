import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrationFilePattern, renderMigrationIndex } from '../../src-main/build/migrationIndex';

const dir = resolve(import.meta.dirname, '..', '..', 'migrations');

describe('migration index', () => {
  it('matches the migrations folder (run `npm run migrations:index` after adding one)', () => {
    expect(readFileSync(join(dir, 'index.ts'), 'utf8')).toBe(renderMigrationIndex(readdirSync(dir)));
  });

  it('holds only numbered migrations, numbered without gaps', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    for (const f of files) expect(f).toMatch(migrationFilePattern);
    expect(files.map((f) => Number(f.slice(0, 4)))).toEqual(files.map((_, i) => i + 1));
  });

  it('notices a migration missing from the index', () => {
    expect(renderMigrationIndex([...readdirSync(dir), '0099_future.ts'])).not.toBe(readFileSync(join(dir, 'index.ts'), 'utf8'));
  });
});
