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
    expect(waiban(data, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh: '伦敦大学学院', country: 'GB' })]).code).toBe(0);
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

  it('imports a registered laptop\'s bundle at the office after a preview, and says nothing new the second time', () => {
    const laptop = tempDir();
    const office = tempDir();
    const dir = tempDir();
    const pub = join(dir, 'law.pub');
    const file = join(dir, 'law.waiban');
    waiban(laptop, ['init', '--role', 'department', '--departments', 'LAW']);
    waiban(laptop, ['keys', 'export-public', pub]);
    waiban(laptop, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh: '伦敦大学学院', country: 'GB' })]);
    waiban(laptop, ['bundle', 'export', '--out', file]);
    waiban(office, ['init']);
    const unknown = waiban(office, ['bundle', 'import', file, '--pub', pub]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('is not an installation registered here');
    const id = /exporter (\S+),/.exec(waiban(office, ['bundle', 'verify', file, '--pub', pub]).out)![1]!;
    expect(waiban(office, ['installation', 'add', '--pub', pub, '--id', id, '--name', '法学院', '--departments', 'LAW']).code).toBe(0);
    const twice = waiban(office, ['installation', 'add', '--pub', pub, '--id', id, '--name', '法学院', '--departments', 'LAW']);
    expect(twice.err).toContain('is already registered');
    const preview = waiban(office, ['bundle', 'import', file, '--pub', pub, '--preview', '--json']);
    expect(JSON.parse(preview.out)).toMatchObject({ preview: true, newChanges: 1, perRegister: { partner: 1 } });
    expect(json(waiban(office, ['records', 'list', '--register', 'partner']).out)).toMatchObject({ total: 0 });
    const imported = waiban(office, ['bundle', 'import', file, '--pub', pub]);
    expect(imported.out).toMatch(/^Imported: bundle 1 signed by "法学院" .*; 1 new changes \(partner 1\), 1 records touched, 0 conflicts\.\n$/);
    expect(json(waiban(office, ['records', 'list', '--register', 'partner']).out)).toMatchObject({ total: 1 });
    expect(waiban(office, ['bundle', 'import', file, '--pub', pub]).out).toContain('0 new changes');
    // Fourteen CLI runs: as long as the other multi-command CLI tests allow on a busy two-core machine.
  }, 60_000);

  it('asks for --out and --pub, and a bundle file that exists', () => {
    const data = tempDir();
    expect(waiban(data, ['bundle', 'export']).code).toBe(2);
    expect(waiban(data, ['bundle', 'verify', 'x.waiban']).code).toBe(2);
    // Import needs no --pub (it takes the key registered for the exporter), but the file must be there.
    const missing = waiban(data, ['bundle', 'import', 'x.waiban']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No such file: x.waiban');
    expect(existsSync(join(data, 'waiban.sqlite'))).toBe(false);
  });
});
