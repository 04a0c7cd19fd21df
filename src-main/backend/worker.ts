import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type OnProgress, type RebuildReport, type RestoreReport, type Result } from '../contract';
import { openApp, type WaibanApp } from '../app/openApp';
import { backupAtStartup } from '../services/backup/autoBackup';
import { useSystemKey } from '../services/keyProtection';
import { swapRebuilt } from '../services/repair/rebuild';
import type { BackendOptions, FromBackend, ToBackend } from './messages';

/**
 * The backend thread: the one database connection and the handler table, off the thread that serves the window.
 * A bundle import's write transaction or a day's rule recheck blocks this thread only; the window keeps painting and
 * the progress reports of the work still reach it.
 */
const port = parentPort!;
const post = (message: FromBackend) => port.postMessage(message);
let options = { ...(workerData as BackendOptions), onInternalError: (err: unknown) => console.error(err) };

const unsent: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: {
      zh: '内部错误：结果无法传回窗口，请重试；如仍失败请联系管理员',
      en: 'Internal error: the result could not be returned to the window. Try again, and report it if it persists',
    },
  },
};

/**
 * After a restore the data folder holds another database (perhaps another installation's): the app is opened on it
 * afresh, and calls wait for it. A key the operating system kept belongs to the installation that was here.
 */
async function reopen(app: WaibanApp, restored: RestoreReport): Promise<WaibanApp> {
  app.close();
  if (restored.installationChanged) options = { ...options, systemKey: undefined };
  return openApp(options);
}

/** After a rebuild the new database takes the damaged one's place once the app's connection to it is closed. */
async function reopenRebuilt(app: WaibanApp, rebuilt: RebuildReport): Promise<WaibanApp> {
  app.close();
  swapRebuilt(app.dataDir, rebuilt.keptAs);
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
      if (channel === 'repair.rebuild' && result.ok) {
        current = reopenRebuilt(app, result.value as RebuildReport);
        await current;
      }
      try {
        post({ type: 'result', id, result });
      } catch (err) {
        // A result the window cannot be sent is a defect, reported as one; the thread and its other calls go on.
        options.onInternalError(err);
        post({ type: 'result', id, result: unsent });
      }
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
