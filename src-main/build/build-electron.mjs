// `npm run build [-- --platform P --arch A]` (after `vite build`): the Electron main/preload bundles and the
// Electron-ABI better-sqlite3 for the target (this machine unless named) that afterPack.mjs packs.
import { parseArgs } from 'node:util';
import { bundleElectron, hostTarget, prepareNativeBinding, repoRoot } from './electron-steps.mjs';
import { relative } from 'node:path';

try {
  const { values } = parseArgs({ options: { platform: { type: 'string' }, arch: { type: 'string' } }, strict: true });
  const target = { ...hostTarget(), ...Object.fromEntries(Object.entries(values).filter(([, v]) => v)) };
  await bundleElectron();
  const binding = prepareNativeBinding(target);
  console.log(`Electron build ready: dist-electron/, ${relative(repoRoot, binding)}`);
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
