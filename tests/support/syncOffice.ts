import { join } from 'node:path';
import type { Destination } from '../../src-main/contract';
import type { InstallationSetup } from '../../src-main/services/installation';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { addInstallation } from '../../src-main/services/installation';
import { installationPublicKey } from '../../src-main/services/signing';
import { syncPair, type SyncPair } from './syncPair';
import { tempApp, tempDir, type TestApp } from './tempApp';

export interface SyncBothWays extends SyncPair {
  /** Exports the office's bundle for a destination to a new file. */
  exportOffice(to: Destination, name?: string): Promise<string>;
  /** Imports an office bundle at an installation that has registered the office. */
  importFromOffice(at: TestApp, file: string, o?: { preview?: boolean }): ReturnType<typeof importBundle>;
  /** Another installation that has registered the office (and, for review, every author the office relays). */
  another(setup: InstallationSetup): Promise<TestApp>;
}

/** Registers `who` at `at`, as the office registers a laptop by hand until the signed roster exists. */
export function register(at: TestApp, who: TestApp): void {
  const s = who.ctx.self;
  addInstallation(at.ctx.sqlite, { id: s.id, name: s.name, role: s.role, departments: s.departments, key: installationPublicKey(who.ctx) }, new Date());
}

/** The office and its Law School laptop, each knowing the other, so bundles go both ways. */
export async function syncBothWays(): Promise<SyncBothWays> {
  const pair = await syncPair();
  register(pair.laptop, pair.office);
  const dir = tempDir();
  let n = 0;
  return {
    ...pair,
    async exportOffice(to, name = `office-${++n}.waiban`) {
      const file = join(dir, name);
      await exportBundle(pair.office.ctx, { out: file, to });
      return file;
    },
    importFromOffice: (at, file, o) => importBundle(at.ctx, file, installationPublicKey(pair.office.ctx), o),
    async another(setup) {
      const app = await tempApp(setup);
      register(app, pair.office);
      if (setup.role === 'review') register(app, pair.laptop);
      return app;
    },
  };
}
