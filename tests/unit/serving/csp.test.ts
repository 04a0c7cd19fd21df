import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, staticResponseHeaders } from '../../../src-main/serving/csp';

const parse = (policy: string): Map<string, string> =>
  new Map(
    policy.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name ?? '', values.join(' ')];
    }),
  );

describe('content security policy', () => {
  const csp = parse(contentSecurityPolicy());

  it('runs only the build’s own scripts', () => {
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*|https?:/);
  });

  it('allows inline styles only (Mantine injects them)', () => {
    expect(csp.get('style-src')).toBe("'self' 'unsafe-inline'");
  });

  it('talks only to its own origin and loads images from itself, data: and blob:', () => {
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('img-src')).toBe("'self' data: blob:");
  });

  it('shuts plugins, <base>, framing and form posts', () => {
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
  });

  it('goes out with every static response, with nosniff', () => {
    const headers = staticResponseHeaders('text/javascript; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(Object.keys(headers).some((h) => h.toLowerCase().startsWith('access-control-'))).toBe(false);
  });
});
