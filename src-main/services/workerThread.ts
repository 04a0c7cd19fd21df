import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** tsx's ESM register API: require.resolve would give its CommonJS build, which cannot register ESM hooks here. */
function tsxEsmApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const exports = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return join(dirname(manifest), exports.exports['./esm/api']!.import.default);
}

/**
 * A worker thread running one of our TypeScript modules: under tsx from the source (CLI, web host, tests), or from
 * the file the Electron build writes beside main.cjs, where the caller's `import.meta.url` is empty and so `source`
 * is undefined.
 */
export function startWorker(source: URL | undefined, built: string, options: WorkerOptions = {}): Worker {
  if (!source) return new Worker(join(__dirname, built), options);
  const tsx = pathToFileURL(tsxEsmApi(source.href)).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(source.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
