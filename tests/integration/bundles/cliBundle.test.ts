import { existsSync, readFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { json, waiban } from '../../support/cli';
import { tempDir } from '../../support/tempApp';

describe('waiban bundle', () => {
  it('exports, verifies against the exporter key, and names the failed check for a damaged copy', () => {
    const data = tempDir();
    const dir = tempDir();
    expect(waiban(data, ['init', '--role', 'department', '--departments', 'LAW']).code).toBe(0);
    expect(waiban(data, ['keys', 'export-public', join(dir, 'law.pub')]).code).toBe(0);
    expect(
      waiban(data, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh: '伦敦大学学院', country: 'GB' })]).code,
    ).toBe(0);
    const file = join(dir, 'law.waiban');
    const exported = waiban(data, ['bundle', 'export', '--out', file]);
    expect(exported.err).toBe('');
    expect(exported.out).toMatch(/^Bundle .*law\.waiban written \(sequence 1\): 1 segments, 1 changes, 0 files\.\n$/);
    const verified = waiban(tempDir(), ['bundle', 'verify', file, '--pub', join(dir, 'law.pub')]);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('Bundle intact and validly signed');
    expect(waiban(data, ['bundle', 'export', '--out', file]).code).toBe(1);
    truncateSync(file, readFileSync(file).length - 30);
    const refused = waiban(tempDir(), ['bundle', 'verify', file, '--pub', join(dir, 'law.pub')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^waiban: The bundle file is damaged or incomplete \(damaged in transit or truncated\)/);
  });

  it('refuses at the office a bundle from a laptop it has not enrolled, naming the unknown signer', () => {
    const laptop = tempDir();
    const office = tempDir();
    const file = join(tempDir(), 'law.waiban');
    waiban(laptop, ['init', '--role', 'department', '--departments', 'LAW']);
    waiban(laptop, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh: '伦敦大学学院', country: 'GB' })]);
    waiban(laptop, ['bundle', 'export', '--out', file]);
    waiban(office, ['init']);
    const unknown = waiban(office, ['bundle', 'import', file]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toMatch(
      /^waiban: The signing key \(id [0-9A-F]{16}\) is not in the roster held here \(version 1\): an unknown signer; the bundle was not imported\. The office must enrol it first\.\n$/,
    );
    expect(json(waiban(office, ['records', 'list', '--register', 'partner']).out)).toMatchObject({ total: 0 });
    // Many CLI runs: as long as the other multi-command CLI tests allow on a busy two-core machine.
  }, 60_000);

  it('asks for --out and the bundle FILE', () => {
    const data = tempDir();
    expect(waiban(data, ['bundle', 'export']).code).toBe(2);
    expect(waiban(data, ['bundle', 'verify']).code).toBe(2);
    expect(waiban(data, ['bundle', 'import']).code).toBe(2);
    expect(waiban(data, ['import', 'a.waiban', 'b.waiban']).code).toBe(2);
    expect(existsSync(join(data, 'waiban.sqlite'))).toBe(false);
  });
});
