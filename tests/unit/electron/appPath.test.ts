import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../src-main/electron/appPath';
import { contentTypeFor, resolveStaticPath } from '../../../src-main/serving/staticPath';

const root = join(sep, 'srv', 'waiban', 'dist-renderer');

describe('app:// path resolution', () => {
  it.each([
    ['app://waiban', 'index.html'],
    ['app://waiban/', 'index.html'],
    ['app://waiban/index.html', 'index.html'],
    ['app://waiban/index.html#/partners/list', 'index.html'],
    ['app://waiban/?x=1#/', 'index.html'],
    ['app://waiban/assets/index-BI3pgIDq.js', join('assets', 'index-BI3pgIDq.js')],
    ['app://waiban/assets/index-BAKTK3WA.css?v=2', join('assets', 'index-BAKTK3WA.css')],
    ['APP://WAIBAN/index.html', 'index.html'],
  ])('maps %s into the build', (url, file) => {
    expect(resolveAppPath(root, url)).toBe(join(root, file));
  });

  it.each([
    'app://waiban/../package.json',
    'app://waiban/assets/../../package.json',
    'app://waiban/%2e%2e/%2e%2e/etc/passwd',
    'app://waiban/%2E%2E/package.json',
    'app://waiban/..%2f..%2fetc%2fpasswd',
    'app://waiban/assets%2f..%2f..%2fpackage.json',
    'app://waiban/..%5c..%5cwindows%5cwin.ini',
    'app://waiban/assets\\..\\..\\package.json',
    'app://waiban/%252e%252e/package.json',
    'app://waiban//etc/passwd',
    'app://waiban/%2fetc/passwd',
    'app://waiban/C:/Windows/win.ini',
    'app://waiban/C:%5cWindows%5cwin.ini',
    'app://waiban/index.html%00.js',
    'app://waiban/.env',
    'app://waiban/assets/',
    'app://waiban/./index.html',
    'app://waiban/%E0%A4%A',
    'app://evil/index.html',
    'app://waiban.evil/index.html',
    'app://waiban:8080/index.html',
    'app://waiban@evil/index.html',
    'file:///etc/passwd',
    'https://waiban/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });
});

describe('static path resolution (shared with the web host)', () => {
  it('only takes absolute request paths', () => {
    expect(resolveStaticPath(root, 'index.html')).toBeNull();
    expect(resolveStaticPath(root, '')).toBeNull();
  });

  it('never leaves the root, whatever it is given', () => {
    const attempts = ['/a/b/../../..', '/../../../../etc/shadow', '/%2e%2e%2f%2e%2e%2f', '/..', '/...', '/a/./b', '/ok.js'];
    for (const attempt of attempts) {
      const file = resolveStaticPath(root, attempt);
      if (file !== null) expect(file.startsWith(root + sep)).toBe(true);
    }
  });
});

describe('content types', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-x.js', 'text/javascript; charset=utf-8'],
    ['assets/index-x.CSS', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['archive.bin', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});
