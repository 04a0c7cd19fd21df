import { describe, expect, it } from 'vitest';
import { mainWindowOptions } from '../../../src-main/electron/windowOptions';

describe('main window options', () => {
  const options = mainWindowOptions({ preload: '/app/dist-electron/preload.cjs', icon: '/app/dist-electron/icon.png', packaged: true });
  const web = options.webPreferences ?? {};

  it('isolates the renderer from Node and Electron', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and embedded browsers off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('cannot open the developer tools once installed; npm start can', () => {
    expect(web.devTools).toBe(false);
    expect(mainWindowOptions({ preload: '/p.cjs', icon: '/i.png', packaged: false }).webPreferences?.devTools).toBe(true);
  });

  it('loads the given preload and nothing else from disk', () => {
    expect(web.preload).toBe('/app/dist-electron/preload.cjs');
  });

  it('has the product title, a usable size and no spellchecker', () => {
    expect(options.title).toBe('外办台账 Waiban');
    expect([options.width, options.height, options.minWidth, options.minHeight]).toEqual([1280, 800, 960, 600]);
    expect(web.spellcheck).toBe(false);
  });
});
