import { extname, join, resolve, sep } from 'node:path';

/**
 * Segments the renderer build actually produces (Vite names like `index-B3x_9a.js`). Anything else —
 * `..`, dotfiles, backslashes, drive letters, NUL, a `%` left over from double encoding — cannot name a
 * build file, so it is refused rather than normalised: a traversal attempt never gets a second reading.
 */
const safeSegment = /^[A-Za-z0-9_@+~-][A-Za-z0-9._@+~-]*$/;

/**
 * Maps a request path (`/assets/x.js`, query already removed) to a file inside `rootDir`, or null when the
 * path could escape it. `/` means index.html; the renderer routes by hash, so no other fallback is needed.
 */
export function resolveStaticPath(rootDir: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/')) return null;
  if (decoded === '/') return join(resolve(rootDir), 'index.html');
  const segments = decoded.slice(1).split('/');
  if (!segments.every((s) => safeSegment.test(s))) return null;
  const root = resolve(rootDir);
  const file = join(root, ...segments);
  // The segment rule already guarantees this; checked again so a future loosening of it cannot escape.
  return file.startsWith(root + sep) ? file : null;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Content type by extension; unknown files go out as opaque bytes (and `nosniff` keeps them that way). */
export const contentTypeFor = (file: string): string => contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
