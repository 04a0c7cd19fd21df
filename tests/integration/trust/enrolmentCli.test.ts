import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesOf, zipOf } from '../../support/bundles';
import { bin, json, waiban } from '../../support/cli';
import { tempDir } from '../../support/tempApp';

const fingerprintIn = (out: string): string => /([0-9A-F]{4}(?: [0-9A-F]{4}){7})/.exec(out)![1]!;
const show = (dir: string) =>
  JSON.parse(waiban(dir, ['keys', 'show', '--json']).out) as {
    self: { id: string; role: string; departments: string[]; fingerprint: string };
    officeFingerprint: string | null;
    rosterVersion: number | null;
    installations: { id: string; status: string }[];
  };
const partners = (dir: string) => json(waiban(dir, ['records', 'list', '--register', 'partner']).out).total;

describe('enrolment with three data folders (office, department laptop, leadership), through the CLI', () => {
  // Each step is a real `waiban` process (about a second each on the build machine), hence the long timeouts.
  it(
    'enrols both after the fingerprints are compared, then bundles travel verified against the roster without --pub',
    { timeout: 240_000 },
    () => {
      const [office, law, lead, files] = [tempDir(), tempDir(), tempDir(), tempDir()];
      const f = (name: string) => join(files, name);
      expect(waiban(office, ['init']).code).toBe(0);
      expect(waiban(law, ['init', '--role', 'department', '--departments', 'LAW', '--name', '法学院联络员']).code).toBe(0);
      expect(waiban(lead, ['init', '--role', 'review']).code).toBe(0);
      const officeFp = show(office).self.fingerprint;

      // The laptop asks; the office compares the fingerprint read aloud and approves.
      const asked = waiban(law, ['join-request', '--out', f('law-join.waiban')]);
      expect(asked.code).toBe(0);
      const lawFp = fingerprintIn(asked.out);
      const lawSelf = show(law);
      expect(lawFp).toBe(lawSelf.self.fingerprint);
      const enrolled = waiban(office, [
        'enrol',
        f('law-join.waiban'),
        '--out',
        f('law-enrol.waiban'),
        '--fingerprint',
        lawFp.toLowerCase().replaceAll(' ', ''),
      ]);
      expect(enrolled.err).toBe('');
      expect(enrolled.out).toContain('Approved 法学院联络员 (department: LAW) into the roster (version 2)');
      expect(enrolled.out).toContain(officeFp);

      // Before pinning, the laptop trusts nothing: a bundle is refused until the enrolment bundle is imported.
      expect(lawSelf).toMatchObject({ officeFingerprint: null, rosterVersion: null });
      const pinned = waiban(law, ['import', f('law-enrol.waiban'), '--fingerprint', officeFp]);
      expect(pinned.err).toBe('');
      expect(pinned.out).toContain('enrolment: the office key is now pinned, roster version 2');
      expect(show(law)).toMatchObject({
        officeFingerprint: officeFp,
        rosterVersion: 2,
        self: { role: 'department', departments: ['LAW'] },
      });

      // Leadership in scripts: --yes.
      expect(waiban(lead, ['join-request', '--out', f('lead-join.waiban')]).code).toBe(0);
      expect(waiban(office, ['enrol', f('lead-join.waiban'), '--out', f('lead-enrol.waiban'), '--yes']).code).toBe(0);
      expect(waiban(lead, ['import', f('lead-enrol.waiban'), '--yes']).code).toBe(0);
      expect(show(lead)).toMatchObject({ officeFingerprint: officeFp, rosterVersion: 3, self: { role: 'review' } });

      // Department -> office, no key files anywhere.
      waiban(law, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh: '伦敦大学学院', country: 'GB' })]);
      expect(waiban(law, ['bundle', 'export', '--out', f('law-1.waiban')]).code).toBe(0);
      expect(waiban(office, ['verify', f('law-1.waiban')]).out).toContain('Bundle intact and validly signed');
      const preview = waiban(office, ['import', f('law-1.waiban'), '--dry-run', '--json']);
      expect(JSON.parse(preview.out)).toMatchObject({ preview: true, newChanges: 1, perRegister: { partner: 1 } });
      expect(partners(office)).toBe(0);
      expect(waiban(office, ['import', f('law-1.waiban')]).out).toMatch(
        /^Imported: bundle 1 signed by "法学院联络员" .*; 1 new changes \(Partners 1\)/,
      );
      expect(partners(office)).toBe(1);
      expect(waiban(office, ['import', f('law-1.waiban')]).out).toContain('0 new changes');

      // Office -> leadership: the office's records and the newest roster.
      expect(waiban(office, ['bundle', 'export', '--out', f('office-1.waiban')]).code).toBe(0);
      expect(waiban(lead, ['import', f('office-1.waiban')]).code).toBe(0);
      expect(partners(lead)).toBe(0);
      expect(waiban(lead, ['import', f('law-1.waiban')]).code).toBe(0);
      expect(partners(lead)).toBe(1);

      // `verify` without a data folder, with the trusted key given.
      waiban(law, ['keys', 'export-public', f('law.pub')]);
      const verified = waiban(tempDir(), ['verify', f('law-1.waiban'), '--pubkey', f('law.pub'), '--json']);
      expect(verified.code).toBe(0);
      expect(JSON.parse(verified.out)).toMatchObject({ exporter: lawSelf.self.id, sequence: 1, changes: 1 });
    },
  );

  it('refuses a fingerprint that does not match, at the office and on the laptop, changing nothing', { timeout: 120_000 }, () => {
    const [office, law, files] = [tempDir(), tempDir(), tempDir()];
    const f = (name: string) => join(files, name);
    waiban(office, ['init']);
    waiban(law, ['init', '--role', 'department', '--departments', 'LAW']);
    waiban(law, ['join-request', '--out', f('join.waiban')]);
    const wrong = waiban(office, [
      'enrol',
      f('join.waiban'),
      '--out',
      f('enrol.waiban'),
      '--fingerprint',
      '0000 1111 2222 3333 4444 5555 6666 7777',
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(
      /key fingerprint is [0-9A-F ]{39}, not the 0000 1111 2222 3333 4444 5555 6666 7777 you compared: it may be another key; nothing changed\.\n$/,
    );
    expect(show(office).rosterVersion).toBe(1);
    const unconfirmed = waiban(office, ['enrol', f('join.waiban'), '--out', f('enrol.waiban')]);
    expect(unconfirmed.err).toContain('pass --fingerprint FP (it must match), or --yes in scripts. Nothing changed.');
    expect(show(office).rosterVersion).toBe(1);
    expect(waiban(office, ['enrol', f('join.waiban'), '--out', f('enrol.waiban'), '--yes']).code).toBe(0);
    const notOffice = waiban(law, ['import', f('enrol.waiban'), '--fingerprint', show(law).self.fingerprint]);
    expect(notOffice.code).toBe(1);
    expect(notOffice.err).toContain("the office's key fingerprint is");
    expect(show(law)).toMatchObject({ officeFingerprint: null, rosterVersion: null });
    expect(waiban(law, ['records', 'list', '--register', 'department']).out).toContain('"total": 18');
  });

  it('refuses a join request altered on its way to the office', { timeout: 60_000 }, async () => {
    const [office, law, files] = [tempDir(), tempDir(), tempDir()];
    waiban(office, ['init']);
    waiban(law, ['init', '--role', 'department', '--departments', 'LAW']);
    waiban(law, ['join-request', '--out', join(files, 'join.waiban')]);
    const entries = await entriesOf(join(files, 'join.waiban'));
    const widened = entries.map((e) =>
      e.path === 'join-request.json' ? { ...e, bytes: Buffer.from(e.bytes.toString().replace('"LAW"', '"LAW",\n    "ECM"')) } : e,
    );
    const forged = await zipOf(widened, files, 'forged-join.waiban');
    const r = waiban(office, ['enrol', forged, '--out', join(files, 'enrol.waiban'), '--yes']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^waiban: The join request is not validly signed by the key it names \(altered\?\): The file does not match its signature/,
    );
    expect(show(office).rosterVersion).toBe(1);
  });

  it('revokes a laptop: its later bundle is refused with the reason, its earlier one still imports', { timeout: 180_000 }, () => {
    const [office, law, files] = [tempDir(), tempDir(), tempDir()];
    const f = (name: string) => join(files, name);
    waiban(office, ['init']);
    waiban(law, ['init', '--role', 'department', '--departments', 'LAW', '--name', '法学院联络员']);
    waiban(law, ['join-request', '--out', f('join.waiban')]);
    waiban(office, ['enrol', f('join.waiban'), '--out', f('enrol.waiban'), '--yes']);
    waiban(law, ['import', f('enrol.waiban'), '--yes']);
    waiban(law, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh: '伦敦大学学院', country: 'GB' })]);
    waiban(law, ['bundle', 'export', '--out', f('early.waiban')]);
    expect(waiban(office, ['import', f('early.waiban')]).code).toBe(0);
    const lawId = show(law).self.id;
    const revoked = waiban(office, ['keys', 'revoke', lawId]);
    expect(revoked.out).toBe(
      'Revoked "法学院联络员" (roster version 3): its segments after 1 are refused. The next exports carry the new roster to the departments.\n',
    );
    waiban(law, ['records', 'put', '--register', 'partner', '--json', JSON.stringify({ nameZh: '牛津大学', country: 'GB' })]);
    waiban(law, ['bundle', 'export', '--out', f('late.waiban')]);
    const refused = waiban(office, ['import', f('late.waiban')]);
    expect(refused.code).toBe(1);
    expect(refused.err).toBe(
      'waiban: The key of "法学院联络员" has been revoked; its segment 2 comes after the last one trusted at revocation (1); the bundle was not imported.\n',
    );
    expect(partners(office)).toBe(1);
    expect(waiban(office, ['import', f('early.waiban')]).code).toBe(0);
    const trust = show(office);
    expect(trust.installations.find((i) => i.id === lawId)).toMatchObject({ status: 'revoked' });
    expect(waiban(office, ['keys', 'revoke', trust.self.id]).err).toContain('The office cannot revoke its own key.');
  });
});

/** Runs `waiban` on a pseudo-terminal (util-linux `script`), typing `answer`, as a person at the office would. */
function onTerminal(dataDir: string, args: string[], answer: string) {
  const command = [process.execPath, bin, ...args].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], {
    env: { ...process.env, WAIBAN_DATA_DIR: dataDir, LANG: 'en_US.UTF-8', WAIBAN_LANG: '' },
    input: `${answer}\n`,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout };
}

describe('a trust decision on a terminal', () => {
  it('shows the fingerprint and asks; only "yes" approves', { timeout: 120_000 }, () => {
    const [office, law, files] = [tempDir(), tempDir(), tempDir()];
    waiban(office, ['init']);
    waiban(law, ['init', '--role', 'department', '--departments', 'LAW', '--name', '法学院联络员']);
    const fp = fingerprintIn(waiban(law, ['join-request', '--out', join(files, 'join.waiban')]).out);
    const args = ['enrol', join(files, 'join.waiban'), '--out', join(files, 'enrol.waiban')];
    const declined = onTerminal(office, args, 'no');
    expect(declined.out).toContain(`Key fingerprint of "法学院联络员":\r\n\r\n    ${fp}`);
    expect(declined.out).toContain('The key fingerprint was not confirmed; nothing changed.');
    expect(declined.code).toBe(1);
    expect(show(office).rosterVersion).toBe(1);
    const approved = onTerminal(office, args, 'yes');
    expect(approved.code).toBe(0);
    expect(approved.out).toContain('into the roster (version 2)');
  });
});
