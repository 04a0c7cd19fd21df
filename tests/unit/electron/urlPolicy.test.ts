import { describe, expect, it } from 'vitest';
import { appEntryUrl, isAllowedNavigation, shouldOpenExternally } from '../../../src-main/electron/urlPolicy';

describe('navigation policy', () => {
  it.each([appEntryUrl, 'app://waiban/', 'app://waiban/index.html#/partners/list', 'app://waiban/index.html?x=1'])(
    'allows the app itself: %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'https://example.org/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://waiban.evil/index.html',
    'app://waiban:8080/index.html',
    'app://waiban@evil/index.html',
    'app://user:pw@waiban/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => expect(isAllowedNavigation(url)).toBe(false));
});

describe('links opened in the system browser', () => {
  it('opens plain https links', () => {
    expect(shouldOpenExternally('https://www.example.edu/partners')).toBe(true);
  });

  it.each([
    'http://example.org/',
    'file:///C:/Windows/System32/calc.exe',
    'smb://server/share',
    'javascript:alert(1)',
    'mailto:a@example.org',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:pw@example.org/',
    'app://waiban/index.html',
    'garbage',
  ])('keeps %s away from the OS', (url) => expect(shouldOpenExternally(url)).toBe(false));
});
