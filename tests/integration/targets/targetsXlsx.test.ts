import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { targetsSheetRows } from '../../../src-main/contract';
import { departmentName } from '../../../src-main/services/departmentNames';
import { waiban } from '../../support/cli';
import { readSheet } from '../../support/xlsxRead';
import { closeApp, tempApp, tempDir } from '../../support/tempApp';
import { agreement, partner, plan13 } from '../../support/targets';

describe('waiban targets --xlsx', () => {
  it('writes the rows the dashboard exports for the plan and year, refuses to overwrite without --force', async () => {
    const dir = tempDir();
    const app = await tempApp('default', dir);
    agreement(app, partner(app, '伦敦大学学院'), { signedDate: '2016-01-01', expiryDate: '2030-01-01' });
    const plan = plan13(app);
    const fromHandler = await app.call('targets.report', { plan, year: 2019 });
    const expected = targetsSheetRows(fromHandler, 'en', (code) => departmentName(app.ctx, code).en);
    closeApp(app);

    const file = join(dir, '指标.xlsx');
    const written = waiban(dir, ['targets', '--xlsx', file, '--plan', plan, '--year', '2019']);
    expect(written.code).toBe(0);
    expect(written.out).toContain(`Wrote ${file}`);
    const { rows, ws } = readSheet(readFileSync(file));
    expect(rows).toEqual(expected);
    expect(rows[0]!.slice(0, 4)).toEqual(['Code', 'Target', 'Target as written', 'Actual']);
    expect(rows.find((r) => r[0] === 'T1')!.slice(2, 4)).toEqual(['30所', 1]);
    expect(ws.D2?.t).toBe('n');
    expect(rows.find((r) => r[0] === 'T1')![7]).toBe('Foreign Affairs Office');

    const again = waiban(dir, ['targets', '--xlsx', file, '--plan', plan, '--year', '2019']);
    expect(again.code).toBe(1);
    expect(again.err).toContain('already exists');
    expect(waiban(dir, ['targets', '--xlsx', file, '--plan', plan, '--year', '2019', '--force']).code).toBe(0);
    expect(waiban(dir, ['targets', '--xlsx', join(dir, 'y.xlsx'), '--year', 'soon']).code).toBe(2);
    expect(existsSync(join(dir, 'y.xlsx'))).toBe(false);
  }, 60_000);
});
