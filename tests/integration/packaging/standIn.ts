import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { build } from 'vite';

export const repoRoot = resolve(import.meta.dirname, '..', '..', '..');
const require = createRequire(join(repoRoot, 'package.json'));

/** Electron's fuse sentinel: @electron/fuses finds the fuse wire right after it in the executable. */
const fuseSentinel = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/**
 * The fuses as an Electron executable ships them (wire version 1, eight fuses): run-as-node, NODE_OPTIONS and the
 * inspector on, cookie encryption, asar integrity and asar-only off, file:// privileges on. A build that did not
 * flip them would leave exactly these.
 */
const shippedWire = [1, 8, ...'10110001'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0)));

/**
 * A stand-in for Electron's unpacked distribution (Electron's binary cannot be downloaded here): an executable
 * that carries the fuse sentinel and wire, so electron-builder's fuse step runs on it, as on the real one.
 */
export function electronStandIn(dir: string): string {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const executable = join(dir, 'electron');
  writeFileSync(
    executable,
    Buffer.concat([
      Buffer.from('#!/bin/sh\n# Electron stand-in for the packaging test\nexit 0\n'),
      Buffer.from(fuseSentinel),
      Buffer.from(shippedWire),
      Buffer.from('\n'),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(join(dir, 'LICENSE'), 'stand-in');
  writeFileSync(join(dir, 'version'), require('electron/package.json').version);
  return dir;
}

/**
 * The project as `npm run build` leaves it, in a folder of its own: package.json, electron-builder.yml, the icons
 * and the afterPack hook, the renderer and Electron bundles built for it, node_modules linked, and as
 * .electron-native/linux-x64 the Node build of better-sqlite3 standing in for the Electron one (the same file
 * either way, to electron-builder).
 */
export async function stagedProject(dir: string): Promise<{ nativeBinding: string }> {
  for (const path of [
    'package.json',
    'electron-builder.yml',
    'assets',
    'src-main/build/afterPack.mjs',
    'src-main/build/nativeBindingPath.mjs',
  ]) {
    cpSync(join(repoRoot, path), join(dir, path), { recursive: true });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(repoRoot, 'vite.config.ts'),
      root: join(repoRoot, 'src-renderer'),
      logLevel: 'warn',
      build: { outDir: join(dir, 'dist-renderer'), emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = env;
  }
  // @ts-expect-error: the build steps are plain ESM JavaScript without types.
  const { bundleElectron } = (await import('../../../src-main/build/electron-steps.mjs')) as {
    bundleElectron: (outDir: string) => Promise<void>;
  };
  await bundleElectron(dir);
  const nativeBinding = join(dir, '.electron-native', 'linux-x64', 'better_sqlite3.node');
  mkdirSync(dirname(nativeBinding), { recursive: true });
  cpSync(join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node'), nativeBinding);
  return { nativeBinding };
}

/** electron-builder's command line in the staged project: exit code and everything it printed. */
export function electronBuilder(projectDir: string, args: string[]): Promise<{ code: number; output: string }> {
  const cli = require.resolve('electron-builder/cli.js');
  return new Promise((done, fail) => {
    // As a person runs it: without vitest's variables, which electron-builder reads (it goes quiet and hard-links files).
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'));
    const child = spawn(process.execPath, [cli, '--publish', 'never', ...args], {
      cwd: projectDir,
      env: { ...env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', fail);
    child.on('exit', (code) => done({ code: code ?? 1, output }));
  });
}

/** The version of Electron the app is built against, as electron-builder would read it. */
export const electronVersion = (): string => JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
