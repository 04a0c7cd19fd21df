import type { Worker } from 'node:worker_threads';
import { AppError, type OnProgress, type Result } from '../contract';
import type { Dispatch } from '../rpc/dispatch';
import { inputShapeRefusal } from '../rpc/inputShape';
import { startWorker } from '../services/workerThread';
import type { BackendOptions, FromBackend, ToBackend } from './messages';

export interface Backend {
  /** The handler table on the backend thread, called as in-process. */
  dispatch: Dispatch;
  /** Lets calls in flight finish, then closes the database and ends the thread. */
  close(): Promise<void>;
  /** Hands over the key the operating system now keeps: the calls after this one sign with it. */
  useSystemKey(pem: string): void;
}

interface Call {
  resolve: (result: Result<unknown>) => void;
  progress?: OnProgress;
}

const stopped: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: {
      zh: '后台服务意外停止，这一操作没有完成。已自动重新启动，请重试；如仍失败请联系管理员。',
      en: 'The background service stopped unexpectedly and this operation did not finish. It has restarted: try again, and report it if it persists.',
    },
  },
};

const unsendable: Result<never> = {
  ok: false,
  error: {
    code: 'VALIDATION',
    message: {
      zh: '请求内容无法传给后台服务，没有执行。',
      en: 'The request could not be passed to the background service and was not run.',
    },
  },
};

const shuttingDown: Result<never> = {
  ok: false,
  error: { code: 'INTERNAL', message: { zh: '应用正在关闭，这一操作没有执行。', en: 'The app is closing; this operation was not run.' } },
};

/** The backend thread (exported for tests that stop it as a crash would); the Electron build writes worker.ts beside main.cjs as backendWorker.cjs. */
export function spawn(options: BackendOptions): Worker {
  return startWorker(import.meta.url ? new URL('./worker.ts', import.meta.url) : undefined, 'backendWorker.cjs', { workerData: options });
}

/** Resolves once the thread has opened the data folder; rejects with why it could not. */
function opened(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromBackend) => {
      if (message.type !== 'ready' && message.type !== 'failed') return;
      worker.off('message', onMessage).off('error', reject).off('exit', onExit);
      if (message.type === 'ready') return resolve();
      const { error } = message;
      reject('code' in error ? new AppError(error.code, error.message, error.issues) : new Error(error.detail));
    };
    const onExit = (code: number) => reject(new Error(`the backend thread exited with code ${code} before it opened the data folder`));
    worker.on('message', onMessage).once('error', reject).once('exit', onExit);
  });
}

/**
 * Starts the backend on its own thread and answers with a Dispatch that posts each call to it. The thread that
 * serves the window (Electron's main process, the web host) then only relays messages, so no handler's work can
 * freeze it. Should the thread die (a crash, not a refusal), the calls in flight get an error and the next call
 * starts a new one on the same data folder.
 */
export async function startBackend(options: BackendOptions, spawnThread: (options: BackendOptions) => Worker = spawn): Promise<Backend> {
  const calls = new Map<number, Call>();
  const inFlight = new Set<Promise<Result<unknown>>>();
  let nextId = 1;
  let closing = false;
  /** The thread that answers, or the start of a new one; undefined after a death, until the next call. */
  let running: Promise<Worker> | undefined;
  let live: Worker | undefined;

  const attach = (worker: Worker): Worker => {
    worker.on('message', (message: FromBackend) => {
      if (message.type === 'progress') calls.get(message.id)?.progress?.(message.progress);
      if (message.type === 'result') {
        calls.get(message.id)?.resolve(message.result);
        calls.delete(message.id);
      }
    });
    // An uncaught error ends the thread; 'exit' follows it.
    worker.on('error', (err) => console.error(err));
    worker.on('exit', () => {
      if (live !== worker) return;
      live = undefined;
      running = undefined;
      for (const call of calls.values()) call.resolve(stopped);
      calls.clear();
    });
    live = worker;
    return worker;
  };

  const start = (): Promise<Worker> => {
    const worker = spawnThread(options);
    return opened(worker).then(() => attach(worker));
  };
  running = Promise.resolve(await start());

  const thread = (): Promise<Worker> => {
    running ??= start().catch((err: unknown) => {
      running = undefined;
      throw err;
    });
    return running;
  };

  const call: Dispatch = async (channel, input, progress, files) => {
    const refused = inputShapeRefusal(input);
    if (refused) return refused;
    let worker: Worker;
    try {
      worker = await thread();
    } catch {
      return stopped;
    }
    const id = nextId++;
    return new Promise((resolve) => {
      calls.set(id, { resolve, progress });
      try {
        worker.postMessage({ type: 'call', id, channel, input, progress: !!progress, files } satisfies ToBackend);
      } catch {
        // Input the thread cannot be sent (a function, a cycle through a proxy): the call is refused, the relay lives on.
        calls.delete(id);
        resolve(unsendable);
      }
    });
  };

  const dispatch: Dispatch = (channel, input, progress, files) => {
    if (closing) return Promise.resolve(shuttingDown);
    // Whatever goes wrong in the relay answers this call; a rejection left unhandled would end the process.
    const answer = call(channel, input, progress, files).catch(() => stopped);
    inFlight.add(answer);
    void answer.finally(() => inFlight.delete(answer));
    return answer;
  };

  const close = async () => {
    if (closing) return;
    closing = true;
    await Promise.allSettled([...inFlight]);
    const worker = live;
    if (!worker) return;
    await new Promise<void>((done) => {
      worker.once('exit', () => done());
      worker.postMessage({ type: 'close' } satisfies ToBackend);
    });
  };

  // A thread started after a crash is given the key again with its options.
  const useSystemKey = (pem: string) => {
    options = { ...options, systemKey: pem };
    live?.postMessage({ type: 'systemKey', pem } satisfies ToBackend);
  };

  return { dispatch, close, useSystemKey };
}
