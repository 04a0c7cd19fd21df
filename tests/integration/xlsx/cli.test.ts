import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { waiban } from '../../support/cli';
import { tempDir } from '../../support/tempApp';
import { readSheet } from '../../support/xlsxRead';

describe('waiban xlsx', () => {
  it('writes a template without a data folder and an export of the filtered list', () => {
    const dir = tempDir();
    const out = tempDir();
    const template = waiban(join(dir, 'none'), ['xlsx', 'template', '--register', 'agreement', '--out', join(out, '模板.xlsx')]);
    expect(template.code).toBe(0);
    expect(readSheet(readFileSync(join(out, '模板.xlsx')), '说明 Instructions').rows[0]![0]).toBe('合作协议 导入模板');
    expect(existsSync(join(dir, 'none'))).toBe(false);

    waiban(dir, ['init']);
    waiban(dir, ['demo', '--records', '30']);
    const listed = JSON.parse(
      waiban(dir, ['records', 'list', '--register', 'agreement', '--filter', 'status=active', '--limit', '500']).out,
    );
    const exported = waiban(dir, [
      'xlsx',
      'export',
      '--register',
      'agreement',
      '--filter',
      'status=active',
      '--out',
      join(out, 'active.xlsx'),
    ]);
    expect(exported.code).toBe(0);
    const ids = readSheet(readFileSync(join(out, 'active.xlsx')))
      .rows.slice(2)
      .map((r) => r[0]);
    expect(ids).toEqual(listed.rows.map((r: { id: string }) => r.id));
    expect(readdirSync(out).sort()).toEqual(['active.xlsx', '模板.xlsx']);
  }, 60_000);

  it('refuses to overwrite a file unless told to, leaving it as it was', () => {
    const out = join(tempDir(), 'partner.xlsx');
    writeFileSync(out, 'keep me');
    const refused = waiban(tempDir(), ['xlsx', 'template', '--register', 'partner', '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('already exists (add --force to overwrite it)');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(waiban(tempDir(), ['xlsx', 'template', '--register', 'partner', '--out', out, '--force']).code).toBe(0);
    expect(readSheet(readFileSync(out)).rows[0]![0]).toBe('中文名称');
  });

  it('treats a missing --out as a usage error and names an unknown register', () => {
    expect(waiban(tempDir(), ['xlsx', 'export', '--register', 'partner']).code).toBe(2);
    const unknown = waiban(tempDir(), ['xlsx', 'template', '--register', 'partners', '--out', join(tempDir(), 'x.xlsx')]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('No register named "partners"');
  });

  it('imports a sheet: a dry run reports refused rows as JSON and writes nothing, then the valid rows are written once', () => {
    const dir = tempDir();
    waiban(dir, ['init']);
    const file = join(tempDir(), '合作院校.csv');
    writeFileSync(file, '院校名称,中文名称,国家/地区,城市\n,伦敦大学学院,英国,伦敦\n,牛津大学,Atlantis,牛津\n');
    const dry = waiban(dir, ['xlsx', 'import', '--register', 'partner', file, '--dry-run', '--json']);
    expect(dry.code).toBe(1);
    const report = JSON.parse(dry.out);
    expect(report).toMatchObject({ written: false, rowsOk: 1, unknownColumns: [{ column: 'A', header: '院校名称' }] });
    expect(report.rowsRefused).toEqual([
      {
        row: 3,
        column: 'C',
        header: '国家/地区',
        value: 'Atlantis',
        reason: {
          zh: expect.stringMatching(/^不是可选项之一（可选：阿尔巴尼亚、.* 等 \d+ 项，见模板的“选项”表）$/),
          en: expect.stringMatching(
            /^Not one of the options \(allowed: Albania, .* and \d+ more, listed on the template.s Options sheet\)$/,
          ),
        },
      },
    ]);
    expect(JSON.parse(waiban(dir, ['records', 'list', '--register', 'partner']).out).rows).toHaveLength(0);
    const written = waiban(dir, ['xlsx', 'import', '--register', 'partner', file]);
    expect(written.code).toBe(1);
    expect(written.out).toContain('Imported: 1 rows ok (1 new, 0 updated, 0 unchanged), 1 problem(s)');
    expect(written.out).toContain('3 C 国家/地区 "Atlantis": Not one of the options');
    expect(waiban(dir, ['xlsx', 'import', '--register', 'partner', file]).out).toContain('(0 new, 0 updated, 1 unchanged)');
    expect(JSON.parse(waiban(dir, ['records', 'list', '--register', 'partner']).out).rows).toHaveLength(1);
    expect(waiban(dir, ['xlsx', 'import', '--register', 'partner']).code).toBe(2);
  }, 60_000);

  it('imports with --map: a header nothing recognises is read into the field named, "HEADER=" leaves a column out, a bad field is refused', () => {
    const dir = tempDir();
    waiban(dir, ['init']);
    const file = join(tempDir(), '合作院校.csv');
    writeFileSync(file, '院校,国家/地区,城市\n伦敦大学学院,英国,伦敦\n');
    const bad = waiban(dir, ['xlsx', 'import', '--register', 'partner', file, '--map', '院校=nameZh', '--map', '城市=nowhere']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Partners has no importable field "nowhere" (column C)');
    expect(JSON.parse(waiban(dir, ['records', 'list', '--register', 'partner']).out).rows).toHaveLength(0);
    expect(waiban(dir, ['xlsx', 'import', '--register', 'partner', file, '--map', 'nothing']).code).toBe(2);
    const ok = waiban(dir, ['xlsx', 'import', '--register', 'partner', file, '--map', '院校=nameZh', '--map', '城市=']);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('Column C "城市" not read');
    const [row] = JSON.parse(waiban(dir, ['records', 'list', '--register', 'partner']).out).rows;
    expect(row.values).toMatchObject({ nameZh: '伦敦大学学院', country: 'GB' });
    expect(row.values.city ?? null).toBeNull();
  }, 60_000);
});
