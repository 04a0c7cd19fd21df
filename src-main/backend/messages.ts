import type { AppErrorBody, Result, WorkProgress } from '../contract';
import type { CallFiles } from '../rpc/fileHandles';
import type { InstallationSetup } from '../services/installation';

/** What the backend thread opens: the data folder, and how the desktop app and the web host open it. */
export interface BackendOptions {
  dataDir: string;
  nativeBinding?: string;
  init?: InstallationSetup | 'default';
  /** The private key the operating system keeps, opened by the desktop app's main thread. */
  systemKey?: string;
  /** Take a backup at start-up when the last is older than a day: the desktop app and `npm run web` do. */
  autoBackup?: boolean;
}

/** One handler call; `progress` says the caller listens for reports; `files`, the paths behind its file handles. */
export type ToBackend =
  | { type: 'call'; id: number; channel: string; input: unknown; progress: boolean; files?: CallFiles }
  /** A key just sealed by the operating system, to sign with from now on: its clear copy is gone. */
  | { type: 'systemKey'; pem: string }
  | { type: 'close' };

export type FromBackend =
  | { type: 'ready' }
  /** The data folder could not be opened: an AppError's body says what to do; anything else is a defect's text. */
  | { type: 'failed'; error: AppErrorBody | { detail: string } }
  | { type: 'progress'; id: number; progress: WorkProgress }
  | { type: 'result'; id: number; result: Result<unknown> };
