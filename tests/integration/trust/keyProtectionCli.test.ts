import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFile } from '../../../src-main/services/dataDir';
import { waiban } from '../../support/cli';
import { tempDir } from '../../support/tempApp';

describe('waiban keys protect', () => {
  it('encrypts the key; an export then needs the passphrase, refuses a wrong one and signs with the right one', () => {
    const dir = tempDir();
    expect(waiban(dir, ['init', '--name', '外事办']).code).toBe(0);
    const protect = waiban(dir, ['keys', 'protect'], undefined, { WAIBAN_NEW_KEY_PASSPHRASE: 'office passphrase' });
    expect(protect.code, protect.err).toBe(0);
    expect(readFileSync(keyFile(dir), 'utf8')).toContain('BEGIN ENCRYPTED PRIVATE KEY');

    const out = join(tempDir(), 'office.waiban');
    const locked = waiban(dir, ['export', '--to', 'review', '--out', out]);
    expect(locked.code).toBe(1);
    expect(locked.err).toContain('WAIBAN_KEY_PASSPHRASE');
    const wrong = waiban(dir, ['export', '--to', 'review', '--out', out], undefined, { WAIBAN_KEY_PASSPHRASE: 'not it at all' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('Wrong key passphrase');
    const right = waiban(dir, ['export', '--to', 'review', '--out', out], undefined, { WAIBAN_KEY_PASSPHRASE: 'office passphrase' });
    expect(right.code, right.err).toBe(0);
    expect(waiban(dir, ['keys', 'unprotect'], undefined, { WAIBAN_KEY_PASSPHRASE: 'office passphrase' }).code).toBe(0);
    expect(readFileSync(keyFile(dir), 'utf8')).toContain('BEGIN PRIVATE KEY');
  });
});
