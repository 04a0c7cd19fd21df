import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { registers } from '../../../src-main/core/registers';
import { addDemoData } from '../../../src-main/services/demo';
import { exportRegister } from '../../../src-main/services/xlsx/exportRegister';
import { tempApp, tempDir } from '../../support/tempApp';

const csvRows = (text: string): string[][] =>
  XLSX.utils.sheet_to_json<string[]>(XLSX.read(text, { type: 'string', raw: true }).Sheets.Sheet1!, { header: 1, raw: false, defval: '' });

/** What a reader sees in each cell of the first sheet: the cell's value as its number format shows it. */
const shown = (bytes: Buffer): string[][] => {
  const book = XLSX.read(bytes, { type: 'buffer', cellDates: false });
  return XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false, defval: '' });
};

describe('every register exported and opened in LibreOffice', () => {
  it('shows the same values LibreOffice Calc converts back to CSV as the export holds, register by register', async () => {
    const app = await tempApp();
    addDemoData(app.ctx, app.writer, 12, 7);
    const dir = tempDir();
    const files = registers.map((def) => {
      const file = join(dir, `${def.name}.xlsx`);
      writeFileSync(file, exportRegister(app.ctx, { register: def.name }));
      return file;
    });
    // One LibreOffice start for every file: each start takes seconds.
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        dir,
        ...files,
      ],
      {
        encoding: 'utf8',
        timeout: 300_000,
      },
    );
    if (run.error) throw new Error(`soffice is needed for this test (apt-get install libreoffice-calc): ${run.error.message}`);
    for (const def of registers) {
      const ours = shown(readFileSync(join(dir, `${def.name}.xlsx`)));
      expect(ours.length, `${def.name} has records`).toBeGreaterThan(2);
      expect(csvRows(readFileSync(join(dir, `${def.name}.csv`), 'utf8')), def.name).toEqual(ours);
    }
  }, 400_000);
});
