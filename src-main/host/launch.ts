import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../contract/result';
import { startBackend, type Backend } from '../backend/startBackend';
import { defaultDataDir } from '../services/dataDir';
import { createWebHost } from './server';

/**
 * `npm run web`: the real app in any browser, on loopback. Prints `Waiban: <url>` on stdout — the only
 * stdout line, which people open and tests parse. Failures are two stderr lines (zh, en), exit code 1.
 */

function fail(zh: string, en: string): never {
  process.stderr.write(`${zh}\n${en}\n`);
  process.exit(1);
}

function readOptions(): { dataDir: string } {
  try {
    const { values } = parseArgs({
      options: { 'data-dir': { type: 'string' } },
      strict: true,
    });
    return { dataDir: values['data-dir'] || process.env.WAIBAN_DATA_DIR || defaultDataDir() };
  } catch (err) {
    return fail(
      `参数有误：${(err as Error).message}。用法：npm run web -- [--data-dir <文件夹>]`,
      `Bad arguments: ${(err as Error).message}. Usage: npm run web -- [--data-dir <folder>]`,
    );
  }
}

async function main(): Promise<void> {
  const { dataDir } = readOptions();
  const staticDir = fileURLToPath(new URL('../../dist-renderer', import.meta.url));
  if (!existsSync(`${staticDir}/index.html`)) {
    fail(
      '找不到界面文件 dist-renderer/index.html：请先运行 vite build（npm run web 会自动运行）',
      'dist-renderer/index.html is missing: run `vite build` first (npm run web does)',
    );
  }

  let backend: Backend;
  try {
    // Like the desktop app, an empty data folder starts as an office workstation with the built-in defaults, and
    // the handlers run on their own thread, so the server answers (and streams progress) while they work.
    backend = await startBackend({ dataDir, init: 'default', autoBackup: true });
  } catch (err) {
    if (err instanceof AppError) fail(err.localized.zh, err.localized.en);
    const detail = err instanceof Error ? err.message : String(err);
    fail(`打开数据文件夹 ${dataDir} 时出错：${detail}`, `Could not open the data folder ${dataDir}: ${detail}`);
  }

  const host = await createWebHost({ dispatch: backend.dispatch, staticDir });
  process.stdout.write(`Waiban: ${host.url}\n`);

  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void host
      .close()
      .then(() => backend.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  const detail = err instanceof Error ? err.message : String(err);
  fail(`本机服务无法启动：${detail}`, `The local service could not start: ${detail}`);
});
