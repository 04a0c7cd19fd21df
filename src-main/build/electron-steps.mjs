// Steps shared by `npm start` (start-electron.mjs) and `npm run build` (build-electron.mjs).
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { nativeBindingPath } from './nativeBindingPath.mjs';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
const require = createRequire(join(repoRoot, 'package.json'));

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
export const electronVersion = () => readJson(join(repoRoot, 'node_modules', 'electron', 'package.json')).version;

/**
 * Main and preload as single CommonJS files: Electron loads CJS, and a sandboxed preload cannot require siblings.
 * `outDir` is the folder that receives dist-electron/ (the repository, or a test's copy of the project).
 */
export async function bundleElectron(outDir = repoRoot) {
  const { build } = await import('esbuild');
  const common = { bundle: true, format: 'cjs', sourcemap: 'linked', logLevel: 'warning', absWorkingDir: repoRoot };
  const out = (name) => join(outDir, 'dist-electron', name);
  // The window's icon where no desktop entry gives one (npm start, a Linux window list).
  mkdirSync(join(outDir, 'dist-electron'), { recursive: true });
  copyFileSync(join(repoRoot, 'assets', 'icon.png'), out('icon.png'));
  await Promise.all([
    build({
      ...common,
      entryPoints: ['src-main/electron/main.ts'],
      outfile: out('main.cjs'),
      platform: 'node',
      target: 'node22',
      // better-sqlite3 is loaded at runtime with the Electron-ABI binary passed as nativeBinding.
      external: ['electron', 'better-sqlite3'],
      // CommonJS has no import.meta; code that reads its URL (the worker launchers) falls back on __dirname.
      define: { 'import.meta.url': 'undefined' },
    }),
    // The handlers run on a worker thread, and parse spreadsheets on another; each loads its own file from here
    // (src-main/backend/startBackend.ts, src-main/services/xlsx/parseWorkbook.ts).
    build({
      ...common,
      entryPoints: ['src-main/backend/worker.ts'],
      outfile: out('backendWorker.cjs'),
      platform: 'node',
      target: 'node22',
      external: ['better-sqlite3'],
      define: { 'import.meta.url': 'undefined' },
    }),
    // Backups, checks and restores copy the database on a thread of their own (src-main/services/backup/backupThread.ts).
    build({
      ...common,
      entryPoints: ['src-main/services/backup/backupWorker.ts'],
      outfile: out('backupWorker.cjs'),
      platform: 'node',
      target: 'node22',
      external: ['better-sqlite3'],
      define: { 'import.meta.url': 'undefined' },
    }),
    build({
      ...common,
      entryPoints: ['src-main/services/xlsx/parseWorker.ts'],
      outfile: out('xlsxParseWorker.cjs'),
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: ['src-main/electron/preload.ts'],
      outfile: out('preload.cjs'),
      platform: 'browser',
      target: 'chrome130',
      external: ['electron'],
    }),
  ]);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Rebuilds the renderer when dist-renderer is missing or older than anything it is built from. */
export async function ensureRenderer() {
  const built = join(repoRoot, 'dist-renderer', 'index.html');
  const sources = ['src-renderer', join('src-main', 'contract'), 'vite.config.ts', 'package.json'];
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map((s) => newestMtime(join(repoRoot, s))))) return;
  const { build } = await import('vite');
  await build({ configFile: join(repoRoot, 'vite.config.ts'), root: join(repoRoot, 'src-renderer') });
}

function run(command, args, cwd) {
  console.log(`  $ ${[command, ...args].join(' ')}`);
  return spawnSync(command, args, { cwd, stdio: 'inherit' }).status === 0;
}

/** The machine this runs on, named as Node and Electron name it (linux, win32, darwin; x64, arm64). */
export const hostTarget = () => ({ platform: process.platform, arch: process.arch });

/**
 * better-sqlite3 for Electron's ABI on one platform and architecture, in .electron-native/<platform>-<arch>/,
 * leaving node_modules' Node build (used by the tests and the CLI) untouched: the package is copied to a
 * temporary folder and the binary fetched there (prebuild-install, for any target) or, for this machine only,
 * compiled (node-gyp). A stamp records what it was built for, so it is redone only when Electron or
 * better-sqlite3 changes.
 */
export function prepareNativeBinding(target = hostTarget()) {
  const { platform, arch } = target;
  const binding = nativeBindingPath(repoRoot, platform, arch);
  const pkgDir = join(repoRoot, 'node_modules', 'better-sqlite3');
  const electron = electronVersion();
  const stamp = { electron, betterSqlite3: readJson(join(pkgDir, 'package.json')).version, platform, arch };
  const stampFile = join(dirname(binding), 'stamp.json');
  if (existsSync(binding) && existsSync(stampFile) && JSON.stringify(readJson(stampFile)) === JSON.stringify(stamp)) return binding;

  console.log(`Preparing better-sqlite3 ${stamp.betterSqlite3} for Electron ${electron} (${platform}-${arch})…`);
  const work = mkdtempSync(join(tmpdir(), 'waiban-native-'));
  try {
    const copy = join(work, 'better-sqlite3');
    // The Node build in build/ is left behind: it must neither be reused nor overwritten.
    cpSync(pkgDir, copy, {
      recursive: true,
      filter: (src) => !src.startsWith(join(pkgDir, 'build') + sep) && src !== join(pkgDir, 'build'),
    });
    const fetched = run(
      process.execPath,
      [require.resolve('prebuild-install/bin.js'), '--runtime', 'electron', '--target', electron, '--platform', platform, '--arch', arch],
      copy,
    );
    const isHost = platform === process.platform;
    const built =
      fetched ||
      (isHost &&
        run(
          process.execPath,
          [
            require.resolve('node-gyp/bin/node-gyp.js'),
            'rebuild',
            '--release',
            '--runtime=electron',
            `--target=${electron}`,
            `--arch=${arch}`,
            '--dist-url=https://electronjs.org/headers',
          ],
          copy,
        ));
    const binary = join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (!built || !existsSync(binary)) {
      throw new Error(
        [
          `Could not prepare better-sqlite3 for Electron ${electron} on ${platform}-${arch}.`,
          '  - Downloading a prebuilt binary (prebuild-install, from github.com) failed, and',
          isHost
            ? '  - building from source (node-gyp, headers from electronjs.org) failed too.'
            : `  - building from source is possible only on ${platform} itself.`,
          'Check the internet connection (or proxy), or install a C++ toolchain (Python 3 and make/g++,',
          'Xcode command line tools, or Visual Studio Build Tools), then run the command again.',
          'node_modules was not modified; npm test still uses its Node build.',
        ].join('\n'),
      );
    }
    mkdirSync(dirname(binding), { recursive: true });
    copyFileSync(binary, binding);
    writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
    return binding;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
