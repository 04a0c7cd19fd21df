import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importRegister } from '../../../src-main/services/xlsx/importRegister';
import { tempApp, tempDir } from '../../support/tempApp';

/** A CSV turned into .xlsx by LibreOffice Calc, as an office's ledger saved from Calc is. */
export function libreOfficeXlsx(csv: string, name = 'ledger'): Buffer {
  const dir = tempDir();
  writeFileSync(join(dir, `${name}.csv`), csv);
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      '--infilter=CSV:44,34,76',
      '--convert-to',
      'xlsx',
      '--outdir',
      dir,
      join(dir, `${name}.csv`),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (run.error) throw new Error(`soffice is needed for this test (apt-get install libreoffice-calc): ${run.error.message}`);
  return readFileSync(join(dir, `${name}.xlsx`));
}

/** The office's partner ledger of issue 21: its own headers, its own words for types and countries. */
const ledger = [
  '名称,英文名称,国家/地区,城市,类型,备注',
  '伦敦大学学院,University College London,英国,伦敦,大学,2019年起合作',
  '爱丁堡大学,The University of Edinburgh,UK,爱丁堡,高校,',
  '剑桥大学,University of Cambridge,英格兰,剑桥,大学,',
  '马普学会,Max Planck Society,德国,慕尼黑,研究机构,',
  '牛津大学,University of Oxford,United Kingdom,牛津,大学,',
  '哈佛大学,Harvard University,美利坚合众国,波士顿,大学,',
].join('\n');

describe('an office partner ledger saved by LibreOffice', () => {
  it('imports with its everyday headers and values, no mapping chosen', async () => {
    const app = await tempApp();
    const report = await importRegister(app.ctx, app.writer, { register: 'partner', bytes: libreOfficeXlsx(ledger), dryRun: false });
    expect(report.rowsRefused).toEqual([]);
    expect(report.unknownColumns).toEqual([]);
    expect(report).toMatchObject({ rowsOk: 6, created: 6 });
    expect(report.columns.map((c) => c.field)).toEqual(['nameZh', 'nameOriginal', 'country', 'city', 'type', 'notes']);
    const rows = (await app.call('records.list', { register: 'partner', limit: 10 })).rows.map((r) => r.values);
    const byName = (name: string) => rows.find((r) => r.nameZh === name);
    expect(byName('马普学会')).toMatchObject({ type: 'researchInstitute', country: 'DE', nameOriginal: 'Max Planck Society' });
    expect(['伦敦大学学院', '爱丁堡大学', '剑桥大学', '牛津大学'].map((n) => byName(n)?.country)).toEqual(['GB', 'GB', 'GB', 'GB']);
    expect(byName('爱丁堡大学')?.type).toBe('university');
    expect(byName('哈佛大学')?.country).toBe('US');
    expect(byName('伦敦大学学院')?.notes).toBe('2019年起合作');
  }, 180_000);
});
