// `npm run build` (after `vite build`): the Electron main/preload bundles and the Electron-ABI
// better-sqlite3 that electron-builder ships as an extra resource.
import { bundleElectron, prepareNativeBinding } from './electron-steps.mjs';

try {
  await bundleElectron();
  prepareNativeBinding();
  console.log('Electron build ready: dist-electron/, .electron-native/better_sqlite3.node');
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
