import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, session, shell, type WebContents } from 'electron';
import { startBackend, type Backend } from '../backend/startBackend';
import type { Result } from '../contract';
import type { Dispatch } from '../rpc/dispatch';
import { FileHandleRegistry } from '../rpc/fileHandles';
import { defaultDataDir } from '../services/dataDir';
import { openSealedKey, sealPlainKey } from '../services/keySealing';
import { serveFileDialogs } from './fileIpc';
import { serveDispatchOverIpc } from './ipc';
import { systemKeyVault } from './keyVault';
import { appMenuTemplate } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { startupFailureMessage } from './startupError';
import { appEntryUrl, isAllowedNavigation, shouldOpenExternally } from './urlPolicy';
import { mainWindowOptions } from './windowOptions';

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

/** WAIBAN_DATA_DIR lets a test or a second copy point at its own data; otherwise the folder the CLI uses too. */
const dataDir = (): string => process.env.WAIBAN_DATA_DIR || defaultDataDir();

/**
 * node_modules holds the Node build of better-sqlite3 (for tests and the CLI); Electron needs its own ABI
 * build, prepared by the build scripts for each platform and architecture, never inside node_modules.
 */
const nativeBinding = (): string =>
  app.isPackaged
    ? join(process.resourcesPath, 'better_sqlite3.node')
    : join(app.getAppPath(), '.electron-native', `${process.platform}-${process.arch}`, 'better_sqlite3.node');

/** Applied to every WebContents, including any the app never meant to create. */
function confine(contents: WebContents): void {
  contents.on('will-frame-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    if (event.isMainFrame && shouldOpenExternally(event.url)) void shell.openExternal(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (shouldOpenExternally(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({
      preload: join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
      icon: join(app.getAppPath(), 'dist-electron', 'icon.png'),
      packaged: app.isPackaged,
    }),
  );
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}

/**
 * Opens (and on a first launch creates) the database on the backend thread, so no import or recheck can freeze
 * the window, whose events this thread serves; a key the operating system keeps is handed to it.
 */
async function openBackend(): Promise<Backend> {
  const vault = systemKeyVault();
  const systemKey = vault && openSealedKey(dataDir(), vault);
  const backend = await startBackend({ dataDir: dataDir(), nativeBinding: nativeBinding(), init: 'default', systemKey, autoBackup: true });
  // A new installation's key, or one whose passphrase was removed, goes to the operating system's keeping.
  const sealed = vault && sealPlainKey(dataDir(), vault);
  if (sealed) backend.useSystemKey(sealed);
  return backend;
}

/** What the window's calls get when the database could not be opened, while the error box says why. */
const notOpened: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: { zh: '数据库无法打开，外办台账即将退出。', en: 'The database could not be opened; Waiban is closing.' },
  },
};

function start(): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate({ packaged: app.isPackaged, platform: process.platform })));
  // Camera, microphone, notifications, geolocation, clipboard reads…: the registers need none of them.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  handleAppProtocol(join(app.getAppPath(), 'dist-renderer'));

  // The window comes first and says the database is opening: a first launch or a long migration must not look
  // like a hang. Its calls wait for the backend.
  const opening = openBackend();
  const dispatch: Dispatch = (...call) =>
    opening.then(
      (backend) => backend.dispatch(...call),
      () => notOpened,
    );
  const files = new FileHandleRegistry();
  serveDispatchOverIpc(dispatch, files);
  serveFileDialogs(files);
  let window = createWindow();

  opening.then(
    (backend) => {
      // Quitting waits for the work in flight (an import's transaction) and closes the database cleanly.
      let closed = false;
      app.on('will-quit', (event) => {
        if (closed) return;
        event.preventDefault();
        void backend.close().finally(() => {
          closed = true;
          app.quit();
        });
      });
    },
    (err: unknown) => {
      const { title, content } = startupFailureMessage(err);
      dialog.showErrorBox(title, content);
      app.exit(1);
    },
  );

  // A second launch would open the same database; hand its intent to the running window instead.
  app.on('second-instance', () => {
    if (window.isDestroyed()) window = createWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
}

if (app.requestSingleInstanceLock()) {
  app.on('web-contents-created', (_event, contents) => confine(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
} else {
  app.quit();
}
