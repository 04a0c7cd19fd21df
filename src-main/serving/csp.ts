/**
 * The renderer's Content-Security-Policy. Everything it runs ships in the build, so only 'self' is
 * trusted; Mantine injects <style> elements at runtime, hence 'unsafe-inline' for styles only. No remote
 * content, no plugins, no <base> rewriting, no framing, no form posts anywhere.
 *
 * Pure (no 'electron' import) because both the app:// protocol and the loopback web host serve the same
 * renderer with the same policy.
 */
const directives: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['frame-ancestors', "'none'"],
  ['form-action', "'none'"],
];

export const contentSecurityPolicy = (): string => directives.map(([name, value]) => `${name} ${value}`).join('; ');

/**
 * Headers for every file of the renderer build: the CSP, no MIME sniffing (a mislabelled file must not
 * turn into script), no referrer, and no caching so an upgraded build is never mixed with a stale one.
 */
export const staticResponseHeaders = (contentType: string): Record<string, string> => ({
  'Content-Type': contentType,
  'Content-Security-Policy': contentSecurityPolicy(),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
});
