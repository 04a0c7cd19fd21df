import { resolveStaticPath } from '../serving/staticPath';
import { appOrigin } from './urlPolicy';

/**
 * Maps app://waiban/<path> to a file of the renderer build under `rootDir`, or null. The raw string is
 * matched rather than run through a URL parser, so `..` and its encodings reach the segment check and are
 * refused instead of being normalised into some other, still-served path.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (requestUrl.slice(0, appOrigin.length).toLowerCase() !== appOrigin) return null;
  const rest = requestUrl.slice(appOrigin.length);
  // The origin must end here: app://waiban.evil/ or app://waiban:8080/ are other origins.
  if (rest !== '' && !['/', '?', '#'].includes(rest[0] as string)) return null;
  const path = rest.split(/[?#]/, 1)[0] ?? '';
  return resolveStaticPath(rootDir, path === '' ? '/' : path);
}
