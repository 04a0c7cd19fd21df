import { join } from 'node:path';
import type { Destination } from '../../src-main/contract';
import type { InstallationSetup } from '../../src-main/services/installation';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { enrolAtOffice } from './enrolment';
import { syncPair, type SyncPair } from './syncPair';
import { tempApp, tempDir, type TestApp } from './tempApp';

export interface SyncBothWays extends SyncPair {
  /** Exports the office's bundle for a destination to a new file. */
  exportOffice(to: Destination, name?: string): Promise<string>;
  /** Imports an office bundle at an installation enrolled by the office. */
  importFromOffice(at: TestApp, file: string, o?: { preview?: boolean }): ReturnType<typeof importBundle>;
  /** Another installation, enrolled by the office (whose roster names every author the office relays). */
  another(setup: InstallationSetup): Promise<TestApp>;
}

/** The office and its enrolled Law School laptop, so bundles go both ways. */
export async function syncBothWays(o: Parameters<typeof syncPair>[0] = {}): Promise<SyncBothWays> {
  const pair = await syncPair(o);
  const dir = tempDir();
  let n = 0;
  return {
    ...pair,
    async exportOffice(to, name = `office-${++n}.waiban`) {
      const file = join(dir, name);
      await exportBundle(pair.office.ctx, { out: file, to });
      return file;
    },
    importFromOffice: (at, file, o) => importBundle(at.ctx, file, o),
    async another(setup) {
      const app = await tempApp(setup);
      await enrolAtOffice(pair.office, app);
      return app;
    },
  };
}
