import { readFile, stat } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor } from '../serving/staticPath';
import { resolveAppPath } from './appPath';
import { staticResponseHeaders } from '../serving/csp';
import { appScheme } from './urlPolicy';

/**
 * Must run before 'ready'. `standard` gives the scheme an origin (so 'self', relative URLs and
 * sessionStorage work), `secure` makes it a secure context, `supportFetchAPI` lets Vite's module scripts
 * load. No bypassCSP, no CORS, no service workers.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const notFound = (): Response => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });

/** Serves the renderer build from `rendererDir`, with the CSP on every response. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
    const file = resolveAppPath(rendererDir, request.url);
    if (file === null) return notFound();
    try {
      if (!(await stat(file)).isFile()) return notFound();
      return new Response(await readFile(file), { status: 200, headers: staticResponseHeaders(contentTypeFor(file)) });
    } catch {
      return notFound();
    }
  });
}
