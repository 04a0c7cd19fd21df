/** The renderer's own origin: a privileged custom scheme instead of file://, so 'self' means the build only. */
export const appScheme = 'app';
export const appHost = 'waiban';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

const parse = (url: string): URL | null => {
  try {
    return new URL(url);
  } catch {
    return null;
  }
};

/** True only for app://waiban/… exactly: no other host, no port, no credentials smuggling a host. */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost && parsed.username === '' && parsed.password === ''
  );
}

/** The window may only ever show the app itself; anything else would run with the preload bridge. */
export const isAllowedNavigation = (url: string): boolean => isAppUrl(url);

/**
 * Links the user clicks (a partner's website in a record) go to the system browser instead of a window
 * of ours — and only https, so no file:, javascript:, custom protocol handlers or plain-text http.
 */
export function shouldOpenExternally(url: string): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}
