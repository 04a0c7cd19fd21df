import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electronBuilder, electronStandIn, electronVersion, repoRoot, stagedProject } from './standIn';

/**
 * The desktop app as electron-builder packs it (`--linux dir`), from the project as `npm run build` leaves it. The
 * Electron binary cannot be downloaded here, so a stand-in distribution carrying Electron's fuse sentinel takes
 * its place (electronDist); everything else is the real configuration, hook and build.
 */

let root: string;
let project: string;
let nativeBinding: string;
let packed: { code: number; output: string };
const out = () => join(root, 'out');
const appDir = () => join(out(), 'linux-unpacked');
const resources = () => join(appDir(), 'resources');

const mb = 1024 * 1024;
const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  author?: { name?: string; email?: string };
  homepage?: string;
  description?: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
// js-yaml is what electron-builder itself reads its configuration with.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };
const config = yaml.load(readFileSync(join(repoRoot, 'electron-builder.yml'), 'utf8')) as Record<string, any>;

/** A fuse's state on the wire, as @electron/fuses reads it back: the characters '1' and '0'. */
const enabled = '1'.charCodeAt(0);
const disabled = '0'.charCodeAt(0);

const pack = (arch: string) =>
  electronBuilder(project, [
    '--linux',
    'dir',
    `--${arch}`,
    `-c.electronDist=${join(root, 'electron-dist')}`,
    `-c.electronVersion=${electronVersion()}`,
    `-c.directories.output=${out()}`,
  ]);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'waiban-pack-'));
  project = join(root, 'project');
  electronStandIn(join(root, 'electron-dist'));
  ({ nativeBinding } = await stagedProject(project));
  packed = await pack('x64');
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('the packed desktop app', () => {
  it('is packed', () => {
    expect(packed.output).toContain('executing @electron/fuses');
    expect(packed.code, packed.output).toBe(0);
  });

  it('holds in app.asar only what the app loads: package.json, its bundles, its renderer, better-sqlite3’s JavaScript', () => {
    const files = asar.listPackage(join(resources(), 'app.asar'), { isPack: false }).map((f) => f.replaceAll('\\', '/'));
    const top = new Set(files.map((f) => f.split('/')[1]));
    expect([...top].sort()).toEqual(['dist-electron', 'dist-renderer', 'node_modules', 'package.json']);
    const modules = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2]));
    expect([...modules]).toEqual(['better-sqlite3']);
    const sqlite = files.filter((f) => f.startsWith('/node_modules/better-sqlite3/') && !f.endsWith('/lib') && !f.endsWith('/methods'));
    expect(
      sqlite.every((f) => /^\/node_modules\/better-sqlite3\/(package\.json|LICENSE|lib\/.+\.js)$/.test(f)),
      sqlite.join('\n'),
    ).toBe(true);
    expect(sqlite).toContain('/node_modules/better-sqlite3/lib/database.js');
    expect(files.filter((f) => f.startsWith('/dist-electron/')).sort()).toEqual(
      ['backendWorker.cjs', 'backupWorker.cjs', 'icon.png', 'main.cjs', 'preload.cjs', 'xlsxParseWorker.cjs'].map(
        (f) => `/dist-electron/${f}`,
      ),
    );
    expect(files).toContain('/dist-renderer/index.html');
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.node'))).toEqual([]);
    expect(existsSync(join(resources(), 'app.asar.unpacked'))).toBe(false);
  });

  it('is small: app.asar and its unpacked folder under 15 MB', () => {
    const size = statSync(join(resources(), 'app.asar')).size;
    expect(size).toBeLessThan(15 * mb);
    // Not a shell of one either: the renderer and the bundles are in it.
    expect(size).toBeGreaterThan(3 * mb);
  });

  it('carries the Electron-ABI better-sqlite3 for its platform beside app.asar, where main.ts loads it', () => {
    const hash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
    expect(hash(join(resources(), 'better_sqlite3.node'))).toBe(hash(nativeBinding));
  });

  it('loads better-sqlite3 from what it packed, with nothing but the binary it is handed', () => {
    const extracted = join(root, 'extracted');
    asar.extractAll(join(resources(), 'app.asar'), extracted);
    const Database = createRequire(join(extracted, 'package.json'))('better-sqlite3') as typeof import('better-sqlite3');
    const db = new Database(':memory:', { nativeBinding: join(resources(), 'better_sqlite3.node') });
    expect(db.prepare('SELECT sqlite_version() AS v').get()).toEqual({ v: expect.stringMatching(/^3\./) });
    db.close();
  });

  it('needs at run time exactly its runtime dependencies: the bundles require nothing else outside Node and Electron', () => {
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3']);
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const required = new Set<string>();
    for (const bundle of ['main.cjs', 'backendWorker.cjs', 'xlsxParseWorker.cjs', 'preload.cjs']) {
      const source = readFileSync(join(project, 'dist-electron', bundle), 'utf8');
      for (const [, name] of source.matchAll(/\brequire\("([^"./][^"]*)"\)/g)) if (!builtins.has(name!)) required.add(name!);
    }
    expect([...required].sort()).toEqual(['better-sqlite3', 'electron']);
    // What the build scripts call is declared, for the installer's build machine.
    expect(Object.keys(pkg.devDependencies)).toEqual(
      expect.arrayContaining(['node-gyp', 'prebuild-install', 'electron', 'electron-builder']),
    );
  });

  it('has each fuse set as electron-builder.yml says, read back from the executable', async () => {
    const executable = join(appDir(), config.linux.executableName);
    const wire = await getCurrentFuseWire(executable);
    const expected: [FuseV1Options, boolean][] = [
      [FuseV1Options.RunAsNode, config.electronFuses.runAsNode],
      [FuseV1Options.EnableCookieEncryption, config.electronFuses.enableCookieEncryption],
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable, config.electronFuses.enableNodeOptionsEnvironmentVariable],
      [FuseV1Options.EnableNodeCliInspectArguments, config.electronFuses.enableNodeCliInspectArguments],
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, config.electronFuses.enableEmbeddedAsarIntegrityValidation],
      [FuseV1Options.OnlyLoadAppFromAsar, config.electronFuses.onlyLoadAppFromAsar],
      [FuseV1Options.GrantFileProtocolExtraPrivileges, config.electronFuses.grantFileProtocolExtraPrivileges],
    ];
    for (const [fuse, on] of expected) expect(wire[fuse], FuseV1Options[fuse]).toBe(on ? enabled : disabled);
    // The security ones in particular: no Node through ELECTRON_RUN_AS_NODE or NODE_OPTIONS, the app from app.asar only.
    expect([
      wire[FuseV1Options.RunAsNode],
      wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      wire[FuseV1Options.OnlyLoadAppFromAsar],
    ]).toEqual([disabled, disabled, enabled]);
  });

  it('stops, naming the target, when the native binary for it was never prepared', async () => {
    const arm = await pack('arm64');
    expect(arm.code).not.toBe(0);
    expect(arm.output).toContain('better-sqlite3 for Electron on linux-arm64 is missing: .electron-native/linux-arm64/better_sqlite3.node');
    expect(arm.output).toContain('npm run build -- --platform linux --arch arm64');
  });
});

describe('what the deb and NSIS targets need', () => {
  it('an author with an email (the deb maintainer), a home page and a description', () => {
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.description).toBeTruthy();
    expect(config.linux).toMatchObject({ category: 'Office', executableName: 'waiban', icon: 'assets/icon.png' });
    expect(config.linux.desktop.entry.Name).toBe('外办台账');
  });

  it('a 512 px PNG icon, and a Windows icon with a 256 px image', () => {
    const png = readFileSync(join(repoRoot, 'assets', 'icon.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(join(repoRoot, config.win.icon));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    expect(config.nsis).toMatchObject({
      installerIcon: config.win.icon,
      uninstallerIcon: config.win.icon,
      oneClick: false,
      perMachine: false,
    });
  });

  it('installers named in ASCII, and an NSIS installer that speaks Chinese first', () => {
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/);
    expect(config.nsis.installerLanguages[0]).toBe('zh_CN');
    expect(config.nsis.shortcutName).toBe('外办台账');
    expect(readdirSync(join(repoRoot, 'assets'))).toEqual(expect.arrayContaining(['icon.png', 'icon.ico', 'icon.svg']));
  });
});
