import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The one window. Every flag that widens what renderer code can reach is pinned explicitly, even where
 * it matches Electron's default, so an upgrade that changes a default cannot loosen it silently. An installed
 * build (`packaged`) cannot open the developer tools at all.
 */
export function mainWindowOptions(o: { preload: string; icon: string; packaged: boolean }): BrowserWindowConstructorOptions {
  return {
    title: '外办台账 Waiban',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    icon: o.icon,
    // Shown on 'ready-to-show' (the page's first paint, which says the database is opening) so the user never
    // sees an empty white frame; the window is created before the database opens.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      devTools: !o.packaged,
      preload: o.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    },
  };
}
