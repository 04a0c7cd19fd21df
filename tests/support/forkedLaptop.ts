import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Destination } from '../../src-main/contract';
import { exportBundle } from '../../src-main/services/bundle/exportBundle';
import { importBundle } from '../../src-main/services/bundle/importBundle';
import { closeApp, tempApp, tempDir, type TestApp } from './tempApp';

let n = 0;
export const bundleFile = (): string => join(tempDir(), `${++n}.waiban`);

/** A bundle from one installation imported at another, through the services. */
export async function send(from: TestApp, to: Destination, at: TestApp) {
  const file = bundleFile();
  await exportBundle(from.ctx, { out: file, to });
  return importBundle(at.ctx, file, { confirmOffice: { yes: true } });
}

/**
 * A laptop whose data folder comes back from an older copy (a disk image, a copied folder: not the app's restore,
 * which numbers past the fork): the copy taken now, the folder going on (`after`) and sent to the office, then the
 * copy opened on a new disk a day later. Whatever it writes next forks its identity.
 */
export async function forkedLaptop(office: TestApp, laptop: TestApp, after: (app: TestApp) => Promise<void>): Promise<TestApp> {
  const image = join(tempDir(), 'image');
  const dataDir = laptop.dataDir;
  const now = laptop.ctx.clock.now();
  closeApp(laptop);
  cpSync(dataDir, image, { recursive: true });
  const goingOn = await tempApp('default', dataDir, now + 10);
  await after(goingOn);
  await send(goingOn, 'office', office);
  closeApp(goingOn);
  return tempApp('default', image, now + 24 * 3600_000);
}
