import { parentPort, workerData } from 'node:worker_threads';
import { AppError, type OnProgress } from '../contract';
import { openApp, type WaibanApp } from '../services/app';
import { useSystemKey } from '../services/keyProtection';
import type { BackendOptions, FromBackend, ToBackend } from './messages';

/**
 * The backend thread: the one database connection and the handler table, off the thread that serves the window.
 * A bundle import's write transaction or a day's rule recheck blocks this thread only; the window keeps painting and
 * the progress reports of the work still reach it.
 */
const port = parentPort!;
const post = (message: FromBackend) => port.postMessage(message);

function serve(app: WaibanApp): void {
  port.on('message', (message: ToBackend) => {
    if (message.type === 'close') {
      app.close();
      port.close();
      return;
    }
    if (message.type === 'systemKey') {
      useSystemKey(app.ctx, message.pem);
      return;
    }
    const { id, channel, input, files } = message;
    const progress: OnProgress | undefined = message.progress ? (p) => post({ type: 'progress', id, progress: p }) : undefined;
    void app.dispatch(channel, input, progress, files).then((result) => post({ type: 'result', id, result }));
  });
  post({ type: 'ready' });
}

openApp({ ...(workerData as BackendOptions), onInternalError: (err) => console.error(err) }).then(serve, (err: unknown) => {
  const error = err instanceof AppError ? err.toBody() : { detail: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  post({ type: 'failed', error });
  port.close();
});
