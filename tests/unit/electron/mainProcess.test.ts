import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * main.ts against a recording stand-in for the 'electron' module: the binary cannot run on the build
 * machines, but the wiring can — which scheme is registered before 'ready', what the window gets, that
 * the protocol serves the build with the CSP, that IPC checks the sender, that navigation and permissions
 * are denied, and that a database that cannot be opened ends in an error box instead of a window.
 */

type Listener = (...args: any[]) => any;

function fakeElectron(appPath: string, lockGranted = true) {
  const appListeners = new Map<string, Listener[]>();
  let ready!: () => void;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const calls: string[] = [];
  const fake = {
    calls,
    ready: () => ready(),
    emit: (event: string, ...args: unknown[]) => appListeners.get(event)?.forEach((l) => l(...args)),
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: any; url?: string }[],
    errorBoxes: [] as { title: string; content: string }[],
    opened: [] as string[],
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    exitCode: undefined as number | undefined,
    quit: false,
  };
  class BrowserWindow {
    constructor(readonly options: unknown) {
      fake.windows.push({ options });
    }
    once() {}
    loadURL(url: string) {
      (fake.windows.at(-1) as { url?: string }).url = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {}
  }
  const module = {
    app: {
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => lockGranted,
      on: (event: string, listener: Listener) => appListeners.set(event, [...(appListeners.get(event) ?? []), listener]),
      whenReady: () => whenReady,
      getPath: () => join(appPath, 'user-data'),
      getAppPath: () => appPath,
      isPackaged: false,
      exit: (code: number) => (fake.exitCode = code),
      quit: () => (fake.quit = true),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
        fake.schemes.push(...schemes);
      },
      handle: (scheme: string, handler: (r: Request) => Promise<Response>) => fake.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler) },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, content: string) => fake.errorBoxes.push({ title, content }) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (fake.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (fake.permissionCheck = h),
      },
    },
    shell: { openExternal: (url: string) => (fake.opened.push(url), Promise.resolve()) },
    // Stands in for the operating system's keeping: reversible, and plainly not the PEM text.
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.from(`os-sealed:${Buffer.from(text).toString('base64')}`),
      decryptString: (sealed: Buffer) => Buffer.from(sealed.toString().replace(/^os-sealed:/, ''), 'base64').toString(),
    },
  };
  return { fake, module };
}

const holder = vi.hoisted(() => ({ module: undefined as unknown as Record<string, unknown> }));
vi.mock('electron', () => ({
  get app() { return holder.module.app; },
  get protocol() { return holder.module.protocol; },
  get ipcMain() { return holder.module.ipcMain; },
  get BrowserWindow() { return holder.module.BrowserWindow; },
  get dialog() { return holder.module.dialog; },
  get session() { return holder.module.session; },
  get shell() { return holder.module.shell; },
  get safeStorage() { return holder.module.safeStorage; },
}));

let appPath: string;

beforeEach(() => {
  vi.resetModules();
  appPath = mkdtempSync(join(tmpdir(), 'waiban-electron-'));
  mkdirSync(join(appPath, 'dist-renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist-renderer', 'index.html'), '<!doctype html><title>外办台账</title>');
  writeFileSync(join(appPath, 'package.json'), '{"private": true}');
  // Stands in for the Electron-ABI build: the Node build, at the path main.ts must pass as nativeBinding.
  const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  mkdirSync(join(appPath, '.electron-native'));
  copyFileSync(nodeBuild, join(appPath, '.electron-native', 'better_sqlite3.node'));
  vi.stubEnv('WAIBAN_DATA_DIR', join(appPath, 'data'));
});

afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(appPath, { recursive: true, force: true });
});

async function launch(lockGranted = true) {
  const { fake, module } = fakeElectron(appPath, lockGranted);
  holder.module = module;
  await import('../../../src-main/electron/main');
  return fake;
}

/** Lets main's async start() run to the point where the window exists (or the error box is up). */
async function settle(fake: { windows: unknown[]; exitCode?: number }) {
  await vi.waitFor(() => expect(fake.windows.length > 0 || fake.exitCode !== undefined).toBe(true), { timeout: 10_000 });
}

/** Quits as Electron does: will-quit, which main holds back until the backend thread has closed the database, then quits again. */
async function quit(fake: { emit: (event: string, ...args: unknown[]) => void; quit: boolean }) {
  let heldBack = false;
  fake.emit('will-quit', { preventDefault: () => (heldBack = true) });
  expect(heldBack).toBe(true);
  await vi.waitFor(() => expect(fake.quit).toBe(true), { timeout: 10_000 });
}

const trustedEvent = { senderFrame: { url: 'app://waiban/index.html#/partners', parent: null } };

describe('Electron main process wiring', () => {
  it('registers the privileged app:// scheme and the global sandbox before ready', async () => {
    const fake = await launch();
    expect(fake.calls).toEqual(['registerSchemesAsPrivileged', 'enableSandbox']);
    expect(fake.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(fake.windows).toEqual([]);
  });

  it('opens the database with the Electron native binding, then shows the app in a locked-down window', async () => {
    const fake = await launch();
    fake.ready();
    await settle(fake);
    expect(existsSync(join(appPath, 'data', 'waiban.sqlite'))).toBe(true);
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]?.url).toBe('app://waiban/index.html');
    expect(fake.windows[0]?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: join(appPath, 'dist-electron', 'preload.cjs'),
    });
    await quit(fake);
  });

  it('gives the private key to the operating system to keep, and signs with it', async () => {
    const fake = await launch();
    fake.ready();
    await settle(fake);
    const keys = join(appPath, 'data', 'keys');
    expect(existsSync(join(keys, 'installation.key'))).toBe(false);
    expect(readFileSync(join(keys, 'installation.key.sealed'), 'utf8')).toMatch(/^os-sealed:/);
    const invoke = fake.ipcHandlers.get('waiban:invoke')!;
    expect(await invoke(trustedEvent, 'keys.status', {})).toMatchObject({ ok: true, value: { protected: true, unlocked: true, keptBySystem: true } });
    expect(await invoke(trustedEvent, 'sync.export', { to: 'review' })).toMatchObject({ ok: true });
    await quit(fake);
  });

  it('serves the build over app:// with the CSP, and nothing outside it', async () => {
    const fake = await launch();
    fake.ready();
    await settle(fake);
    const serve = fake.protocolHandlers.get('app');
    if (!serve) throw new Error('app:// not handled');
    const page = await serve(new Request('app://waiban/index.html'));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('外办台账');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await serve(new Request('app://waiban/%2e%2e/package.json'))).status).toBe(404);
    expect((await serve(new Request('app://waiban/missing.js'))).status).toBe(404);
    expect((await serve(new Request('app://waiban/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    await quit(fake);
  });

  it('answers IPC from the app’s main frame only', async () => {
    const fake = await launch();
    fake.ready();
    await settle(fake);
    const invoke = fake.ipcHandlers.get('waiban:invoke');
    if (!invoke) throw new Error('IPC not handled');
    expect(await invoke(trustedEvent, 'app.info', {})).toMatchObject({ ok: true, value: { dataDir: join(appPath, 'data') } });
    expect(await invoke(trustedEvent, 42, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    const refused = { ok: false, error: { code: 'FORBIDDEN' } };
    expect(await invoke({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'app.info', {})).toMatchObject(refused);
    expect(await invoke({ senderFrame: { url: 'app://waiban/index.html', parent: {} } }, 'app.info', {})).toMatchObject(refused);
    expect(await invoke({ senderFrame: null }, 'app.info', {})).toMatchObject(refused);
    await quit(fake);
  });

  it('denies permissions, foreign navigation and new windows; https links go to the system browser', async () => {
    const fake = await launch();
    fake.ready();
    await settle(fake);
    const decisions: boolean[] = [];
    fake.permissionRequest?.({}, 'media', (granted: boolean) => decisions.push(granted));
    fake.permissionRequest?.({}, 'notifications', (granted: boolean) => decisions.push(granted));
    expect(decisions).toEqual([false, false]);
    expect(fake.permissionCheck?.({}, 'clipboard-read')).toBe(false);

    const contentsListeners = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    fake.emit('web-contents-created', {}, {
      on: (event: string, listener: Listener) => contentsListeners.set(event, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    });
    const navigate = (url: string, isMainFrame = true) => {
      const event = { url, isMainFrame, preventDefault: vi.fn() };
      contentsListeners.get('will-frame-navigate')?.(event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('app://waiban/index.html')).toBe(false);
    expect(navigate('https://www.example.edu/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('https://ads.example/frame', false)).toBe(true);
    expect(fake.opened).toEqual(['https://www.example.edu/']);

    const redirect = { url: 'https://evil.example/', preventDefault: vi.fn() };
    contentsListeners.get('will-redirect')?.(redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contentsListeners.get('will-attach-webview')?.(webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    expect(openHandler?.({ url: 'https://partner.example/' })).toEqual({ action: 'deny' });
    expect(openHandler?.({ url: 'file:///C:/Windows/calc.exe' })).toEqual({ action: 'deny' });
    expect(fake.opened).toEqual(['https://www.example.edu/', 'https://partner.example/']);
    await quit(fake);
  });

  it('shows both languages and quits when the data cannot be opened', async () => {
    mkdirSync(join(appPath, 'data'));
    writeFileSync(join(appPath, 'data', 'waiban.sqlite'), 'this is not a database, it is a shopping list');
    const fake = await launch();
    fake.ready();
    await settle(fake);
    expect(fake.exitCode).toBe(1);
    expect(fake.windows).toEqual([]);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]?.content).toMatch(/不是外办台账数据库/);
    expect(fake.errorBoxes[0]?.content).toMatch(/is not a Waiban database/);
  });

  it('loads better-sqlite3 from .electron-native, not from node_modules', async () => {
    writeFileSync(join(appPath, '.electron-native', 'better_sqlite3.node'), 'not a shared library');
    const fake = await launch();
    fake.ready();
    await settle(fake);
    expect(fake.exitCode).toBe(1);
    expect(fake.errorBoxes[0]?.content).toMatch(/Unexpected error/);
  });

  it('leaves a second launch to the running instance', async () => {
    const fake = await launch(false);
    fake.ready();
    expect(fake.quit).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.windows).toEqual([]);
  });
});
