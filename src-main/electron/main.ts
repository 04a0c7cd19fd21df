import { join } from 'node:path';
import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { startBackend, type Backend } from '../backend/startBackend';
import { openSealedKey, sealPlainKey } from '../services/keySealing';
import { serveDispatchOverIpc } from './ipc';
import { systemKeyVault } from './keyVault';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { startupFailureMessage } from './startupError';
import { appEntryUrl, isAllowedNavigation, shouldOpenExternally } from './urlPolicy';
import { mainWindowOptions } from './windowOptions';

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

/** WAIBAN_DATA_DIR lets a test or a second copy point at its own data; otherwise the per-user folder. */
const dataDir = (): string => process.env.WAIBAN_DATA_DIR || join(app.getPath('userData'), 'data');

/**
 * node_modules holds the Node build of better-sqlite3 (for tests and the CLI); Electron needs its own ABI
 * build, prepared by the build scripts next to the app, never inside node_modules.
 */
const nativeBinding = (): string =>
  app.isPackaged
    ? join(process.resourcesPath, 'better_sqlite3.node')
    : join(app.getAppPath(), '.electron-native', 'better_sqlite3.node');

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
  const window = new BrowserWindow(mainWindowOptions(join(app.getAppPath(), 'dist-electron', 'preload.cjs')));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl);
  return window;
}

async function start(): Promise<void> {
  let backend: Backend;
  try {
    // The desktop app is how an office starts: a first launch creates the database. The handlers run on their own
    // thread, so no import or recheck can freeze the window, whose events this thread serves.
    const vault = systemKeyVault();
    const systemKey = vault && openSealedKey(dataDir(), vault);
    backend = await startBackend({ dataDir: dataDir(), nativeBinding: nativeBinding(), init: 'default', systemKey, autoBackup: true });
    // A new installation's key, or one whose passphrase was removed, goes to the operating system's keeping.
    const sealed = vault && sealPlainKey(dataDir(), vault);
    if (sealed) backend.useSystemKey(sealed);
  } catch (err) {
    const { title, content } = startupFailureMessage(err);
    dialog.showErrorBox(title, content);
    app.exit(1);
    return;
  }
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

  // Camera, microphone, notifications, geolocation, clipboard reads…: the registers need none of them.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  handleAppProtocol(join(app.getAppPath(), 'dist-renderer'));
  serveDispatchOverIpc(backend.dispatch);

  let window = createWindow();
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
