import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type OnProgress, type RestoreReport } from '../contract';
import { openApp, type WaibanApp } from '../services/app';
import { backupAtStartup } from '../services/backup/autoBackup';
import { useSystemKey } from '../services/keyProtection';
import type { BackendOptions, FromBackend, ToBackend } from './messages';

/**
 * The backend thread: the one database connection and the handler table, off the thread that serves the window.
 * A bundle import's write transaction or a day's rule recheck blocks this thread only; the window keeps painting and
 * the progress reports of the work still reach it.
 */
const port = parentPort!;
const post = (message: FromBackend) => port.postMessage(message);
let options = { ...(workerData as BackendOptions), onInternalError: (err: unknown) => console.error(err) };

/**
 * After a restore the data folder holds another database (perhaps another installation's): the app is opened on it
 * afresh, and calls wait for it. A key the operating system kept belongs to the installation that was here.
 */
async function reopen(app: WaibanApp, restored: RestoreReport): Promise<WaibanApp> {
  app.close();
  if (restored.installationChanged) options = { ...options, systemKey: undefined };
  return openApp(options);
}

function serve(first: WaibanApp): void {
  let current = Promise.resolve(first);
  port.on('message', (message: ToBackend) => {
    if (message.type === 'close') {
      void current.then((app) => {
        app.close();
        port.close();
      });
      return;
    }
    if (message.type === 'systemKey') {
      options = { ...options, systemKey: message.pem };
      void current.then((app) => useSystemKey(app.ctx, message.pem));
      return;
    }
    const { id, channel, input, files } = message;
    const progress: OnProgress | undefined = message.progress ? (p) => post({ type: 'progress', id, progress: p }) : undefined;
    void current.then(async (app) => {
      const result = await app.dispatch(channel, input, progress, files);
      if (channel === 'backup.restore' && result.ok) {
        current = reopen(app, result.value as RestoreReport);
        await current;
      }
      post({ type: 'result', id, result });
    });
  });
  post({ type: 'ready' });
  if (options.autoBackup) backupAtStartup(first.ctx).catch((err: unknown) => console.error(err));
}

openApp(options).then(serve, (err: unknown) => {
  const error = err instanceof AppError ? err.toBody() : { detail: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  post({ type: 'failed', error });
  port.close();
});
