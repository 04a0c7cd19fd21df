// electron-builder's afterPack hook (electron-builder.yml): puts the Electron-ABI better-sqlite3 for the platform and
// architecture being packed into the app's resources, where main.ts loads it as nativeBinding. A target whose
// binary was never prepared stops the build here, naming it: packing this machine's binary instead would install
// an app that cannot open its database.
import { copyFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { nativeBindingPath } from './nativeBindingPath.mjs';

/** electron-builder's Arch enum, by value. */
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function afterPack(context) {
  const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
  const arch = archNames[context.arch] ?? String(context.arch);
  const projectDir = context.packager.info.projectDir;
  const binding = nativeBindingPath(projectDir, platform, arch);
  if (!existsSync(binding)) {
    throw new Error(
      [
        `better-sqlite3 for Electron on ${platform}-${arch} is missing: ${relative(projectDir, binding)}.`,
        `Prepare it with \`npm run build -- --platform ${platform} --arch ${arch}\`, then pack again.`,
      ].join('\n'),
    );
  }
  copyFileSync(binding, join(context.packager.getResourcesDir(context.appOutDir), 'better_sqlite3.node'));
}
