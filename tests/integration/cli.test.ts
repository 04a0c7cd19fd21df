import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, json, waiban } from '../support/cli';
import { minisign } from '../support/minisignTool';
import { tempDir } from '../support/tempApp';

describe('waiban CLI', () => {
  it('initialises, adds demo data, counts, and manages records as JSON', () => {
    const dir = tempDir();
    const init = waiban(dir, ['init', '--name', '外事办测试机']);
    expect(init.code).toBe(0);
    expect(init.out).toContain('外事办测试机');
    expect(waiban(dir, ['init']).out).toContain('Already initialised');

    expect(waiban(dir, ['demo', '--records', '40']).code).toBe(0);
    const stats = JSON.parse(waiban(dir, ['stats', '--json']).out);
    expect(stats.registers.agreement).toEqual({ live: 40, deleted: 0 });
    expect(stats.registers.department.live).toBe(18);

    const put = waiban(
      dir,
      ['records', 'put', '--register', 'partner'],
      JSON.stringify({ nameZh: '牛津大学', nameOriginal: 'University of Oxford', country: 'GB', city: '牛津' }),
    );
    expect(put.code).toBe(0);
    const partner = json(put.out);
    expect(partner.values.nameZh).toBe('牛津大学');

    const listed = JSON.parse(waiban(dir, ['records', 'list', '--register', 'partner', '--search', '牛津']).out);
    expect(listed.rows.map((r: { id: string }) => r.id)).toEqual([partner.id]);
    const filtered = JSON.parse(
      waiban(dir, ['records', 'list', '--register', 'agreement', '--filter', 'status=active', '--sort', 'expiryDate:desc', '--limit', '5'])
        .out,
    );
    expect(filtered.rows.length).toBeGreaterThan(0);
    expect(filtered.rows.every((r: { values: { status: string } }) => r.values.status === 'active')).toBe(true);

    const edited = json(waiban(dir, ['records', 'put', '--register', 'partner', '--id', partner.id, '--json', '{"city":"Oxford"}']).out);
    expect(edited.values).toMatchObject({ nameZh: '牛津大学', city: 'Oxford' });
    expect(json(waiban(dir, ['records', 'delete', '--register', 'partner', '--id', partner.id]).out).meta).toMatchObject({ deleted: true });
    expect(json(waiban(dir, ['records', 'restore', '--register', 'partner', '--id', partner.id]).out).meta).toMatchObject({
      deleted: false,
    });
    const history = JSON.parse(waiban(dir, ['records', 'history', '--register', 'partner', '--id', partner.id]).out);
    expect(history.map((h: { op: string }) => h.op)).toEqual(['create', 'put', 'delete', 'restore']);
    expect(json(waiban(dir, ['records', 'get', '--register', 'partner', '--id', partner.id]).out).values.city).toBe('Oxford');
  }, 60_000);

  it('refuses bad input with a one-line reason and a non-zero exit, writing nothing', () => {
    const dir = tempDir();
    waiban(dir, ['init']);
    const before = waiban(dir, ['stats', '--json']).out;

    const unknownField = waiban(dir, [
      'records',
      'put',
      '--register',
      'partner',
      '--json',
      '{"nameZh":"某大学","country":"GB","colour":"red"}',
    ]);
    expect(unknownField.code).toBe(1);
    expect(unknownField.err).toMatch(/^waiban: .*Unknown field "colour"/);
    expect(unknownField.err.trim().split('\n')).toHaveLength(1);

    const wrongType = waiban(dir, ['records', 'put', '--register', 'partner', '--json', '{"nameZh":42,"country":"GB"}']);
    expect(wrongType.code).toBe(1);
    expect(wrongType.err).toContain('must be text');

    const notJson = waiban(dir, ['records', 'put', '--register', 'partner', '--json', '{nameZh:']);
    expect(notJson.code).toBe(2);
    expect(notJson.err).toContain('not valid JSON');

    const unknownRegister = waiban(dir, ['records', 'list', '--register', 'partners']);
    expect(unknownRegister.code).toBe(1);
    expect(unknownRegister.err).toContain('No register named "partners"');

    expect(waiban(dir, ['frobnicate']).code).toBe(2);
    expect(waiban(dir, ['records', 'list', '--register', 'partner', '--bogus']).code).toBe(2);
    expect(waiban(dir, ['stats', '--json']).out).toBe(before);
    for (const r of [unknownField, wrongType, notJson, unknownRegister]) expect(r.err).not.toMatch(/\n\s+at /);
  }, 60_000);

  it('exports the public key and fingerprint, and signs files so that minisign and `keys verify` accept them', () => {
    const dir = tempDir();
    const fingerprint = /Key fingerprint: (.+)/.exec(waiban(dir, ['init']).out)![1];
    expect(waiban(dir, ['keys', 'fingerprint']).out).toBe(`Key fingerprint: ${fingerprint}\n`);

    const files = tempDir();
    const pub = join(files, 'office.pub');
    expect(waiban(dir, ['keys', 'export-public', pub]).out).toContain(fingerprint);
    const again = waiban(dir, ['keys', 'export-public', pub]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists; it was not overwritten');

    const file = join(files, 'manifest.json');
    writeFileSync(file, '{"sequence":1}\n');
    expect(waiban(dir, ['keys', 'sign', file, '--comment', 'sequence:1 外事办']).code).toBe(0);
    const checked = minisign(['-Vm', 'manifest.json', '-p', 'office.pub'], files);
    expect(checked.code).toBe(0);
    expect(checked.out).toContain('Trusted comment: sequence:1 外事办\n');

    // verify reads no data folder: anyone holding the public key file can check.
    const nowhere = join(tempDir(), 'nowhere');
    expect(waiban(nowhere, ['keys', 'verify', file, '--pub', pub]).out).toContain('Trusted comment: sequence:1 外事办\n');
    waiban(dir, ['keys', 'sign', file]);
    expect(waiban(nowhere, ['keys', 'verify', file, '--pub', pub]).out).toMatch(/Trusted comment: timestamp:\d+\tfile:manifest\.json\n/);

    writeFileSync(file, '{"sequence":2}\n');
    const refused = waiban(nowhere, ['keys', 'verify', file, '--sig', `${file}.minisig`, '--pub', pub]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^waiban: The file does not match its signature/);
    expect(waiban(nowhere, ['keys', 'verify', file]).code).toBe(2);
    expect(waiban(dir, ['keys', 'rotate']).code).toBe(2);
  }, 60_000);

  it("explains a missing data folder in the terminal's language", () => {
    const missing = join(tempDir(), 'nowhere');
    const r = waiban(missing, ['stats']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('waiban init');
    const zh = spawnSync(process.execPath, [bin, 'stats'], {
      env: { ...process.env, WAIBAN_DATA_DIR: missing, WAIBAN_LANG: 'zh_CN' },
      encoding: 'utf8',
    });
    expect(zh.stderr).toContain('请先运行 waiban init');
  }, 30_000);
});
