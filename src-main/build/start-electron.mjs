// `npm start`: build what is missing or stale, then run the app in Electron.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { bundleElectron, electronVersion, ensureRenderer, prepareNativeBinding, repoRoot } from './electron-steps.mjs';

/** Resolving the 'electron' package from Node yields the binary's path, downloading it first if needed. */
function electronBinary() {
  try {
    return createRequire(import.meta.url)('electron');
  } catch (err) {
    throw new Error(
      [
        `The Electron ${electronVersion()} binary is not installed and could not be downloaded`,
        `(${err instanceof Error ? err.message : String(err)}).`,
        'With internet access, run `node node_modules/electron/install.js` and try again; offline, set',
        'ELECTRON_OVERRIDE_DIST_PATH to a folder that holds the Electron binary of that version.',
      ].join('\n'),
    );
  }
}

let binary;
try {
  await ensureRenderer();
  await bundleElectron();
  // Before the native step, so a missing Electron is reported without first waiting for a compile.
  binary = electronBinary();
  prepareNativeBinding();
} catch (err) {
  console.error(`\n${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

const env = { ...process.env };
// Inherited from some shells and tools; it would make the binary run as plain Node instead of the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(binary, ['.', ...process.argv.slice(2)], { cwd: repoRoot, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
