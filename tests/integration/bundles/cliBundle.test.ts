import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waiban } from '../../support/cli';
import { tempDir } from '../../support/tempApp';

describe('waiban bundle', () => {
  it('exports, verifies against the exporter key, and names the failed check for a damaged copy', () => {
    const data = tempDir();
    const dir = tempDir();
    expect(waiban(data, ['init', '--role', 'department', '--departments', 'LAW']).code).toBe(0);
    expect(waiban(data, ['keys', 'export-public', join(dir, 'law.pub')]).code).toBe(0);
    const file = join(dir, 'law.waiban');
    const exported = waiban(data, ['bundle', 'export', '--out', file]);
    expect(exported.err).toBe('');
    expect(exported.out).toMatch(/^Bundle .*law\.waiban written \(sequence 1\): 1 segments, \d+ changes, 0 files\.\n$/);
    const verified = waiban(tempDir(), ['bundle', 'verify', file, '--pub', join(dir, 'law.pub')]);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('Bundle intact and validly signed');
    expect(waiban(data, ['bundle', 'export', '--out', file]).code).toBe(1);
    truncateSync(file, readFileSync(file).length - 30);
    const refused = waiban(tempDir(), ['bundle', 'verify', file, '--pub', join(dir, 'law.pub')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^waiban: The bundle file is damaged or incomplete \(damaged in transit or truncated\)/);
  });

  it('asks for --out and --pub', () => {
    const data = tempDir();
    expect(waiban(data, ['bundle', 'export']).code).toBe(2);
    expect(waiban(data, ['bundle', 'verify', 'x.waiban']).code).toBe(2);
    expect(existsSync(join(data, 'waiban.sqlite'))).toBe(false);
  });
});
