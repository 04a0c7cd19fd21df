import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../src-main/electron/ipcSender';

describe('IPC sender check', () => {
  it('trusts the app’s own main frame, whatever its hash route', () => {
    expect(isTrustedSender({ url: 'app://waiban/index.html', isMainFrame: true })).toBe(true);
    expect(isTrustedSender({ url: 'app://waiban/index.html#/agreements/123', isMainFrame: true })).toBe(true);
  });

  it('refuses a subframe even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://waiban/index.html', isMainFrame: false })).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///etc/x.html', 'app://evil/index.html', 'app://waiban.evil/', 'about:blank', ''])(
    'refuses a main frame showing %s',
    (url) => expect(isTrustedSender({ url, isMainFrame: true })).toBe(false),
  );

  it('refuses a frame Electron could not resolve', () => {
    expect(isTrustedSender(null)).toBe(false);
  });
});
