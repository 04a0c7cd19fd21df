import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultDataDir } from '../../../src-main/services/dataDir';

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
    menu: undefined as unknown[] | undefined,
    /** What the next native open or save dialog answers, and the options each was shown with. */
    dialogAnswers: [] as { canceled: boolean; filePaths?: string[]; filePath?: string }[],
    dialogsShown: [] as { kind: 'open' | 'save'; options: any }[],
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
    static fromWebContents() {
      return null;
    }
  }
  const answerDialog = (kind: 'open' | 'save', options: unknown) => {
    fake.dialogsShown.push({ kind, options });
    return Promise.resolve(fake.dialogAnswers.shift() ?? { canceled: true, filePaths: [] });
  };
  const module = {
    app: {
      enableSandbox: () => calls.push('enableSandbox'),
      requestSingleInstanceLock: () => lockGranted,
      on: (event: string, listener: Listener) => appListeners.set(event, [...(appListeners.get(event) ?? []), listener]),
      whenReady: () => whenReady,
      getPath: (name: string) => join(appPath, name),
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
    dialog: {
      showErrorBox: (title: string, content: string) => fake.errorBoxes.push({ title, content }),
      showOpenDialog: (_window: unknown, options: unknown) => answerDialog('open', options ?? _window),
      showSaveDialog: (_window: unknown, options: unknown) => answerDialog('save', options ?? _window),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => template,
      setApplicationMenu: (menu: unknown[]) => (fake.menu = menu),
    },
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
  get app() {
    return holder.module.app;
  },
  get protocol() {
    return holder.module.protocol;
  },
  get ipcMain() {
    return holder.module.ipcMain;
  },
  get BrowserWindow() {
    return holder.module.BrowserWindow;
  },
  get dialog() {
    return holder.module.dialog;
  },
  get Menu() {
    return holder.module.Menu;
  },
  get session() {
    return holder.module.session;
  },
  get shell() {
    return holder.module.shell;
  },
  get safeStorage() {
    return holder.module.safeStorage;
  },
}));

let appPath: string;
const nativeBinding = () => join(appPath, '.electron-native', `${process.platform}-${process.arch}`, 'better_sqlite3.node');

beforeEach(() => {
  vi.resetModules();
  appPath = mkdtempSync(join(tmpdir(), 'waiban-electron-'));
  mkdirSync(join(appPath, 'dist-renderer'), { recursive: true });
  writeFileSync(join(appPath, 'dist-renderer', 'index.html'), '<!doctype html><title>外办台账</title>');
  writeFileSync(join(appPath, 'package.json'), '{"private": true}');
  // Stands in for the Electron-ABI build: the Node build, at the path main.ts must pass as nativeBinding.
  const nodeBuild = join(
    dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
    'build',
    'Release',
    'better_sqlite3.node',
  );
  mkdirSync(join(appPath, '.electron-native', `${process.platform}-${process.arch}`), { recursive: true });
  copyFileSync(nodeBuild, nativeBinding());
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

/** Lets main's start() run until the database is open (a call is answered) or the error box is up. */
async function settle(fake: { windows: unknown[]; exitCode?: number; ipcHandlers: Map<string, Listener> }) {
  await vi.waitFor(() => expect(fake.windows.length > 0 || fake.exitCode !== undefined).toBe(true), { timeout: 10_000 });
  if (fake.exitCode !== undefined) return;
  const answered = fake.ipcHandlers.get('waiban:invoke')!(trustedEvent, 'app.info', {});
  await Promise.race([answered, vi.waitFor(() => expect(fake.exitCode).toBeDefined(), { timeout: 10_000 })]);
}

/** Quits as Electron does: will-quit, which main holds back until the backend thread has closed the database, then quits again. */
async function quit(fake: { emit: (event: string, ...args: unknown[]) => void; quit: boolean }) {
  let heldBack = false;
  fake.emit('will-quit', { preventDefault: () => (heldBack = true) });
  expect(heldBack).toBe(true);
  await vi.waitFor(() => expect(fake.quit).toBe(true), { timeout: 10_000 });
}

/** The app's window as an IPC event names it: its main frame, and its webContents (whose id owns its file handles). */
const sender = (id = 1) => ({ id, once: () => {}, send: () => {}, isDestroyed: () => false });
const trustedEvent = { senderFrame: { url: 'app://waiban/index.html#/partners', parent: null }, sender: sender() };

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
    expect(await invoke(trustedEvent, 'keys.status', {})).toMatchObject({
      ok: true,
      value: { protected: true, unlocked: true, keptBySystem: true },
    });
    const out = join(appPath, 'documents', 'review.waiban');
    mkdirSync(join(appPath, 'documents'));
    fake.dialogAnswers.push({ canceled: false, filePath: out });
    const target = (await fake.ipcHandlers.get('waiban:save-target')!(trustedEvent, 'bundle', 'office-to-review.waiban')).value;
    expect(await invoke(trustedEvent, 'sync.export', { to: 'review', target })).toMatchObject({
      ok: true,
      value: { file: { id: target.id, size: statSync(out).size } },
    });
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
    fake.emit(
      'web-contents-created',
      {},
      {
        on: (event: string, listener: Listener) => contentsListeners.set(event, listener),
        setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
      },
    );
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
    // The window was up at once, saying the database was opening; the error box takes over.
    expect(fake.windows).toHaveLength(1);
    expect(fake.errorBoxes).toHaveLength(1);
    expect(fake.errorBoxes[0]?.content).toMatch(/不是外办台账数据库/);
    expect(fake.errorBoxes[0]?.content).toMatch(/is not a Waiban database/);
  });

  it('loads better-sqlite3 from .electron-native/<platform>-<arch>, not from node_modules', async () => {
    writeFileSync(nativeBinding(), 'not a shared library');
    const fake = await launch();
    fake.ready();
    await settle(fake);
    expect(fake.exitCode).toBe(1);
    expect(fake.errorBoxes[0]?.content).toMatch(/Unexpected error/);
  });

  it('shows the window before the database has opened, and answers its calls once it has', async () => {
    const fake = await launch();
    fake.ready();
    await new Promise((r) => setImmediate(r));
    expect(fake.windows).toHaveLength(1);
    expect(existsSync(join(appPath, 'data', 'waiban.sqlite'))).toBe(false);
    const info = await fake.ipcHandlers.get('waiban:invoke')!(trustedEvent, 'app.info', {});
    expect(info).toMatchObject({ ok: true, value: { dataDir: join(appPath, 'data') } });
    expect(existsSync(join(appPath, 'data', 'waiban.sqlite'))).toBe(true);
    await quit(fake);
  });

  it('opens the same data folder the command line uses when none is given', async () => {
    vi.stubEnv('WAIBAN_DATA_DIR', '');
    vi.stubEnv('XDG_DATA_HOME', join(appPath, 'xdg'));
    const fake = await launch();
    fake.ready();
    await settle(fake);
    const info = await fake.ipcHandlers.get('waiban:invoke')!(trustedEvent, 'app.info', {});
    expect(info.value.dataDir).toBe(defaultDataDir());
    expect(info.value.dataDir).toBe(join(appPath, 'xdg', 'waiban'));
    await quit(fake);
  });

  it('sets a Chinese menu; this development build keeps reload and the developer tools', async () => {
    const fake = await launch();
    fake.ready();
    await settle(fake);
    expect((fake.menu as { label: string }[]).map((m) => m.label)).toContain('编辑');
    expect(JSON.stringify(fake.menu)).toContain('toggleDevTools');
    await quit(fake);
  });

  it('answers the preload’s dialogs with handles only the asking window can use, never a path', async () => {
    const fake = await launch();
    fake.ready();
    await settle(fake);
    const pick = fake.ipcHandlers.get('waiban:pick-file')!;
    const save = fake.ipcHandlers.get('waiban:save-target')!;
    const invoke = fake.ipcHandlers.get('waiban:invoke')!;

    const out = join(appPath, 'documents', '导出', 'office-to-review.waiban');
    mkdirSync(join(out, '..'), { recursive: true });
    fake.dialogAnswers.push({ canceled: false, filePath: out.replace(/\.waiban$/, '') });
    const target = await save(trustedEvent, 'bundle', 'office/to:review.waiban');
    expect(fake.dialogsShown[0]).toMatchObject({
      kind: 'save',
      options: { title: '保存外办台账数据包', defaultPath: join(appPath, 'documents', 'office_to_review.waiban') },
    });
    // The extension the person left off is put back; the window learns the name, not where it is.
    expect(target).toEqual({ ok: true, value: { id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'office-to-review.waiban', size: 0 } });
    expect(JSON.stringify(target)).not.toContain(appPath);
    expect(await invoke(trustedEvent, 'sync.export', { to: 'review', target: target.value })).toMatchObject({ ok: true });
    expect(existsSync(out)).toBe(true);

    fake.dialogAnswers.push({ canceled: false, filePaths: [out] });
    const picked = await pick(trustedEvent, 'bundle');
    expect(fake.dialogsShown[1]).toMatchObject({
      kind: 'open',
      options: { title: '选择外办台账数据包', filters: [{ extensions: ['waiban'] }] },
    });
    expect(picked).toEqual({ ok: true, value: { id: expect.any(String), name: 'office-to-review.waiban', size: statSync(out).size } });
    // An office cannot import its own review bundle, but it gets as far as reading it: the handle reached the file.
    const own = await invoke(trustedEvent, 'sync.preview', { file: picked.value });
    expect(own.error?.code).not.toBe('FORBIDDEN');

    const otherWindow = { ...trustedEvent, sender: sender(2) };
    expect(await invoke(otherWindow, 'sync.preview', { file: picked.value })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: { zh: expect.stringContaining('重新选择') } },
    });
    expect(await invoke(trustedEvent, 'sync.preview', { file: { ...picked.value, id: 'e'.repeat(32) } })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await invoke(trustedEvent, 'sync.export', { to: 'review', target: picked.value })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    fake.dialogAnswers.push({ canceled: true, filePaths: [] });
    expect(await pick(trustedEvent, 'sheet')).toEqual({ ok: true, value: null });
    expect(await pick(trustedEvent, 'program')).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await pick({ senderFrame: { url: 'https://evil.example/', parent: null }, sender: sender() }, 'bundle')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(fake.dialogsShown).toHaveLength(3);
    await quit(fake);
  });

  it('leaves a second launch to the running instance', async () => {
    const fake = await launch(false);
    fake.ready();
    expect(fake.quit).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect(fake.windows).toEqual([]);
  });
});
