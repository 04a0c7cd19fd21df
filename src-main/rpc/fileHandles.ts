import { randomBytes } from 'node:crypto';
import { channelFiles, isChannelName, type AppErrorBody, type FileAccess, type FileHandle } from '../contract';

/** A file a transport let a window reach: the path behind a handle, resolved for one call (see CallFiles). */
export interface ResolvedFile {
  path: string;
  access: FileAccess;
  name: string;
  size: number;
}

/** The files one call may reach, by handle id: built by the transport, posted with the call, read by the handlers. */
export type CallFiles = Record<string, ResolvedFile>;

interface Entry extends ResolvedFile {
  owner: string;
  lastUsed: number;
}

const refusal = (zh: string, en: string): AppErrorBody => ({ code: 'FORBIDDEN', message: { zh, en } });

const unknownHandle = refusal(
  '找不到所选的文件（可能已过期或来自其他窗口），请重新选择。',
  'The chosen file is not known here (it may have expired, or belong to another window): choose it again.',
);
const notForWriting = refusal(
  '这个文件是选来读取的，不能写入：请另选保存位置。',
  'This file was picked to be read, not written: choose where to save instead.',
);
const notForReading = refusal('这是选定的保存位置，不能作为要读取的文件。', 'This is a chosen save target, not a file to read.');

/**
 * A file's own name for a handle: whatever followed the last slash or backslash, without control characters, at
 * most 255 characters. A name never carries a folder to the window.
 */
export function handleName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 255);
  return clean === '' || clean === '.' || clean === '..' ? 'file' : clean;
}

/**
 * The handles a transport issued (Electron's main process for its dialogs, the web host for its uploads and
 * download targets) and the paths behind them. A handle is good only for its owner (the window it was issued to),
 * for what it was issued for (a picked file is read, a chosen target written), and until it has gone unused for
 * `idleMs`. Pure bookkeeping, so the policy is unit-tested where Electron cannot run.
 */
export class FileHandleRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly idleMs = 60 * 60_000,
    private readonly newId: () => string = () => randomBytes(16).toString('hex'),
  ) {}

  issue(owner: string, file: ResolvedFile): FileHandle {
    const id = this.newId();
    const entry: Entry = { ...file, name: handleName(file.name), owner, lastUsed: this.now() };
    this.entries.set(id, entry);
    return { id, name: entry.name, size: entry.size };
  }

  /**
   * The file behind a handle for this owner and use, or why not; a foreign or expired handle reads as an unknown one
   * (an expired one stays until sweep() hands it to the transport, which may own its file).
   */
  resolve(owner: string, id: string, access: FileAccess): { file: ResolvedFile } | { refused: AppErrorBody } {
    const entry = this.entries.get(id);
    if (!entry || entry.owner !== owner || this.expired(entry)) return { refused: unknownHandle };
    if (entry.access !== access) return { refused: access === 'write' ? notForWriting : notForReading };
    entry.lastUsed = this.now();
    return { file: { path: entry.path, access: entry.access, name: entry.name, size: entry.size } };
  }

  /** Forgets one handle; returns what it named, for a transport that owns the file (the web host's temporary files). */
  drop(id: string): ResolvedFile | undefined {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry;
  }

  /** Forgets every handle of a window that closed. */
  dropOwner(owner: string): ResolvedFile[] {
    return [...this.entries].filter(([, e]) => e.owner === owner).map(([id]) => this.drop(id)!);
  }

  /** Forgets the handles unused for longer than idleMs; returns what they named. */
  sweep(): ResolvedFile[] {
    return [...this.entries].filter(([, e]) => this.expired(e)).map(([id]) => this.drop(id)!);
  }

  private expired(entry: Entry): boolean {
    return entry.lastUsed < this.now() - this.idleMs;
  }
}

/**
 * The files a call names, resolved before dispatch by the transport that issued their handles: each input field
 * the channel declares a handle (contract `files`) must name a handle of this owner issued for that use, or the
 * whole call is refused. A field that is not a handle at all is left to the channel's schema to refuse.
 */
export function filesForCall(
  channel: string,
  input: unknown,
  registry: FileHandleRegistry,
  owner: string,
): { files: CallFiles } | { refused: AppErrorBody } {
  const files: CallFiles = {};
  if (!isChannelName(channel) || typeof input !== 'object' || input === null) return { files };
  for (const [field, access] of Object.entries(channelFiles(channel))) {
    const handle = (input as Record<string, unknown>)[field];
    if (typeof handle !== 'object' || handle === null || typeof (handle as { id?: unknown }).id !== 'string') continue;
    const found = registry.resolve(owner, (handle as { id: string }).id, access);
    if ('refused' in found) return found;
    files[(handle as { id: string }).id] = found.file;
  }
  return { files };
}
