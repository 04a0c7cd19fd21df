import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, statically or dynamically. */
export function importsOf(source: string): string[] {
  const specs: string[] = [];
  const re =
    /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(re)) specs.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  return specs;
}

interface Violation {
  file: string;
  spec: string;
  rule: string;
}

/** The rules of docs/architecture.md: who may import whom. */
export function violations(files: { file: string; source: string }[]): Violation[] {
  const out: Violation[] = [];
  for (const { file, source } of files) {
    const rel = relative(root, file).split(sep).join('/');
    const layer = rel.startsWith('src-renderer/')
      ? 'renderer'
      : rel.startsWith('migrations/')
        ? 'migrations'
        : (/^src-main\/([^/]+)\//.exec(rel)?.[1] ?? 'other');
    for (const spec of importsOf(source)) {
      const target = spec.startsWith('.')
        ? relative(root, resolve(file, '..', spec))
            .split(sep)
            .join('/')
        : spec;
      const isNode = spec.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'].includes(spec);
      if (layer === 'renderer' && target.startsWith('src-main/') && !target.startsWith('src-main/contract')) {
        out.push({ file: rel, spec, rule: 'the renderer may import only src-main/contract' });
      }
      if ((layer === 'contract' || layer === 'core') && (isNode || spec === 'electron' || spec === 'better-sqlite3' || spec === 'kysely')) {
        out.push({ file: rel, spec, rule: `${layer} is pure: no node:*, electron or database` });
      }
      if (layer === 'contract' && target.startsWith('src-main/') && !target.startsWith('src-main/contract')) {
        out.push({ file: rel, spec, rule: 'contract imports nothing else from src-main' });
      }
      if (layer === 'core' && target.startsWith('src-main/') && !/^src-main\/(core|contract)/.test(target)) {
        out.push({ file: rel, spec, rule: 'core imports only contract and core' });
      }
      if (spec === 'electron' && layer !== 'electron') {
        out.push({ file: rel, spec, rule: 'only src-main/electron imports electron' });
      }
      if (layer === 'renderer' && isNode) out.push({ file: rel, spec, rule: 'the renderer has no Node' });
      if (layer === 'renderer' && spec === 'xlsx')
        out.push({ file: rel, spec, rule: 'spreadsheets are written by the main process alone (xlsx.saveTable)' });
      const into = (layers: string[]) => layers.some((l) => target.startsWith(`src-main/${l}/`));
      if (layer === 'db' && into(['services', 'rpc', 'app', 'backend', 'host', 'electron', 'cli'])) {
        out.push({ file: rel, spec, rule: 'db sits under the services: it imports none of the layers above it' });
      }
      if (layer === 'services' && into(['rpc', 'app', 'backend', 'host', 'electron', 'cli'])) {
        out.push({ file: rel, spec, rule: 'services know no transport: no rpc, app, backend, host, electron or cli' });
      }
      if ((layer === 'host' && into(['electron'])) || (layer === 'electron' && into(['host']))) {
        out.push({ file: rel, spec, rule: 'the web host and the Electron glue share only serving/ (the web host is never packaged)' });
      }
      if (layer === 'serving' && target.startsWith('src-main/') && !into(['serving', 'contract'])) {
        out.push({ file: rel, spec, rule: 'serving (shared by the Electron protocol and the web host) imports only contract' });
      }
      // A shipped migration must do tomorrow what it did the day it shipped: nothing it runs may change under it.
      if (layer === 'migrations' && target.startsWith('src-main/'))
        out.push({ file: rel, spec, rule: 'a migration imports nothing from src-main' });
    }
  }
  return out;
}

describe('layers', () => {
  it('every source file keeps to its layer', () => {
    const files = [
      ...sourceFiles(join(root, 'src-main')),
      ...sourceFiles(join(root, 'src-renderer')),
      ...sourceFiles(join(root, 'migrations')),
    ].map((file) => ({
      file,
      source: readFileSync(file, 'utf8'),
    }));
    expect(files.length).toBeGreaterThan(20);
    expect(violations(files)).toEqual([]);
  });

  it('catches each crossing: the renderer into the services, a pure layer touching Node, stray electron, a layer reaching up, host and Electron glue into each other, a migration into live code', () => {
    const fake = (rel: string, source: string) => ({ file: join(root, rel), source });
    const found = violations([
      fake('src-renderer/App.tsx', "import { openApp } from '../src-main/app/openApp';"),
      fake('src-main/core/x.ts', "import { readFileSync } from 'node:fs';"),
      fake('src-main/contract/y.ts', "export * from '../db/schema';"),
      fake('src-main/services/z.ts', "const e = await import('electron');"),
      fake('src-renderer/ok.ts', "import type { RecordDto } from '../src-main/contract';"),
      fake('migrations/0099_x.ts', "import { canonicalJson } from '../src-main/core/bundle/canonicalJson';"),
      fake('src-main/db/w.ts', "import { registerOf } from '../services/context';"),
      fake('src-main/services/app.ts', "import { createHandlers } from '../rpc/handlers';"),
      fake('src-main/host/server.ts', "import { staticResponseHeaders } from '../electron/csp';"),
      fake('src-main/electron/appPath.ts', "import { resolveStaticPath } from '../host/staticPath';"),
      fake('src-main/serving/x.ts', "import { openApp } from '../app/openApp';"),
      fake('src-main/app/openApp.ts', "import { createHandlers } from '../rpc/handlers';"),
      fake('src-renderer/pages/targets/sheet.ts', "import * as XLSX from 'xlsx';"),
    ]);
    expect(found.map((v) => v.file)).toEqual([
      'src-renderer/App.tsx',
      'src-main/core/x.ts',
      'src-main/contract/y.ts',
      'src-main/services/z.ts',
      'migrations/0099_x.ts',
      'src-main/db/w.ts',
      'src-main/services/app.ts',
      'src-main/host/server.ts',
      'src-main/electron/appPath.ts',
      'src-main/serving/x.ts',
      'src-renderer/pages/targets/sheet.ts',
    ]);
  });
});
