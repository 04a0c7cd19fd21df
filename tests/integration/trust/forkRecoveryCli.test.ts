import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waiban } from '../../support/cli';
import { tempDir } from '../../support/tempApp';

const fingerprintIn = (out: string): string => /([0-9A-F]{4}(?: [0-9A-F]{4}){7})/.exec(out)![1]!;
const show = (dir: string) =>
  JSON.parse(waiban(dir, ['keys', 'show', '--json']).out) as {
    self: { id: string; fingerprint: string };
    installations: { id: string; status: string }[];
  };
const names = (dir: string) =>
  (JSON.parse(waiban(dir, ['records', 'list', '--register', 'partner']).out) as { rows: { values: { nameZh: string } }[] }).rows
    .map((r) => r.values.nameZh)
    .sort();

describe('a forked laptop re-enrolled through the CLI', () => {
  // Each step is a real `waiban` process (about a second each on the build machine).
  it(
    '`waiban re-enrol` on the laptop, `waiban enrol --replaces` at the office, and the unsent record arrives once',
    { timeout: 600_000 },
    () => {
      const [office, law, files] = [tempDir(), join(tempDir(), 'law'), tempDir()];
      const f = (name: string) => join(files, name);
      const put = (dir: string, nameZh: string) =>
        waiban(dir, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh, country: 'GB' })]);
      expect(waiban(office, ['init']).code).toBe(0);
      expect(waiban(law, ['init', '--role', 'department', '--departments', 'LAW', '--name', '法学院联络员']).code).toBe(0);
      waiban(law, ['join-request', '--out', f('join.waiban')]);
      waiban(office, ['enrol', f('join.waiban'), '--out', f('enrol.waiban'), '--yes']);
      waiban(law, ['import', f('enrol.waiban'), '--yes']);
      const old = show(law).self.id;

      // A copy of the folder is taken; the laptop goes on and sends; then the copy comes back and writes first.
      const copy = join(tempDir(), 'copy');
      cpSync(law, copy, { recursive: true });
      put(law, '甲大学');
      waiban(law, ['bundle', 'export', '--out', f('lost.waiban')]);
      expect(waiban(office, ['import', f('lost.waiban')]).code).toBe(0);
      rmSync(law, { recursive: true });
      cpSync(copy, law, { recursive: true });
      put(law, '乙大学');
      waiban(law, ['bundle', 'export', '--out', f('forked.waiban')]);
      const refused = waiban(office, ['import', f('forked.waiban')]);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain('re-enrol');

      const asked = waiban(law, ['re-enrol', '--out', f('replace.waiban')]);
      expect(asked.err).toBe('');
      expect(asked.out).toContain(`replacing "法学院联络员" (${old})`);
      const fp = fingerprintIn(asked.out);
      expect(show(law).self.id).not.toBe(old);

      const unconfirmed = waiban(office, ['enrol', f('replace.waiban'), '--out', f('re-enrol.waiban'), '--fingerprint', fp]);
      expect(unconfirmed.code).toBe(1);
      expect(unconfirmed.err).toContain(`--replaces ${old}`);
      const approved = waiban(office, [
        'enrol',
        f('replace.waiban'),
        '--out',
        f('re-enrol.waiban'),
        '--fingerprint',
        fp,
        '--replaces',
        old,
      ]);
      expect(approved.err).toBe('');
      expect(approved.out).toContain('It replaces the forked installation "法学院联络员"');
      expect(show(office).installations.find((i) => i.id === old)!.status).toBe('revoked');

      expect(waiban(law, ['import', f('re-enrol.waiban')]).code).toBe(0);
      waiban(law, ['bundle', 'export', '--out', f('after.waiban')]);
      expect(waiban(office, ['import', f('after.waiban')]).out).toContain('1 new changes');
      expect(names(office)).toEqual(['乙大学', '甲大学']);
      expect(names(law)).toEqual(['乙大学', '甲大学']);
    },
  );
});
