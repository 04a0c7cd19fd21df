import { join } from 'node:path';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { sealNewSegments } from '../../src-main/services/bundle/segments';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { enrolAtOffice } from './enrolment';
import { tempApp, tempDir, type TestApp } from './tempApp';

export interface SyncPair {
  office: TestApp;
  laptop: TestApp;
  /** Exports the laptop's changes to a new bundle file (full unless an acknowledgement says otherwise). */
  exportLaptop(name?: string): Promise<string>;
  importAtOffice(file: string, o?: { preview?: boolean }): ReturnType<typeof importBundle>;
  /** The laptop learns the office holds everything it sealed, so its next export is incremental. */
  acknowledge(): void;
}

/** Every table's rows, to show a database unchanged. */
export function tableContents(app: TestApp): Record<string, unknown[]> {
  const sqlite = app.ctx.sqlite;
  const tables = sqlite.prepare(`SELECT "name" FROM sqlite_master WHERE "type" = 'table' ORDER BY "name"`).pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, sqlite.prepare(`SELECT * FROM "${t}"`).all()]));
}

/** An office and a Law School laptop it has enrolled, each in its own temporary data folder; the laptop's clock may be wrong. */
export async function syncPair(o: { laptopClockStart?: number } = {}): Promise<SyncPair> {
  const office = await tempApp();
  const laptop = await tempApp({ name: '法学院联络员', role: 'department', departments: ['LAW'] }, tempDir(), o.laptopClockStart);
  await enrolAtOffice(office, laptop);
  const acknowledge = () => {
    sealNewSegments(laptop.ctx);
    laptop.ctx.sqlite
      .prepare('INSERT OR REPLACE INTO "bundleAck" ("author", "seq") SELECT "author", max("seq") FROM "bundleSegment" GROUP BY "author"')
      .run();
  };
  const dir = tempDir();
  let n = 0;
  return {
    office,
    laptop,
    async exportLaptop(name = `laptop-${++n}.waiban`) {
      const file = join(dir, name);
      await exportBundle(laptop.ctx, { out: file });
      return file;
    },
    acknowledge,
    importAtOffice: (file, o) => importBundle(office.ctx, file, o),
  };
}
