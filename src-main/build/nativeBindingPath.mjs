import { join } from 'node:path';

/**
 * Where the Electron-ABI better-sqlite3 for one platform and architecture (Node's names: linux, win32, darwin;
 * x64, arm64) is kept under a project folder: prepared by `npm run build`, loaded by `npm start`, packed by
 * afterPack.mjs. One slot per target, so a build for another never ships this machine's binary.
 */
export const nativeBindingPath = (projectDir, platform, arch) =>
  join(projectDir, '.electron-native', `${platform}-${arch}`, 'better_sqlite3.node');
