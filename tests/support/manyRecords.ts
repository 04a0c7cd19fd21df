import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { registerOf } from '../../src-main/services/context';
import { blankValues } from '../../src-main/services/demo/agreements';
import type { TestApp } from './tempApp';
import { createRecords } from '../../src-main/services/recordCommands';

/** n partners of the School of Law, written in one transaction by the bulk path (as the bundle benchmark does). */
export function addManyLawPartners(app: TestApp, n: number): void {
  const rows = Array.from({ length: n }, (_, i) => ({
    department: 'LAW',
    data: {
      ...blankValues('partner'),
      nameZh: `合作院校${i}`,
      nameOriginal: `Partner University ${i}`,
      country: 'GB',
      city: '伦敦',
      department: 'LAW',
    },
  }));
  app.writer.transaction(() => createRecords(app.ctx, app.writer, registerOf('partner'), rows));
}

const suiteDirs: string[] = [];
afterAll(() => {
  for (const dir of suiteDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A folder that lasts for the whole test file (tempDir's are removed after each test), for a data folder or a
 * bundle made once and copied into every test.
 */
export function suiteDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'waiban-suite-'));
  suiteDirs.push(dir);
  return dir;
}

/** A copy of a closed data folder, to be used up by one test. */
export function copyOf(dataDir: string, into: string): string {
  cpSync(dataDir, into, { recursive: true });
  return into;
}
