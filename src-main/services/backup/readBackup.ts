import { createHash } from 'node:crypto';
import { createWriteStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openPromise, type Entry, type ZipFile } from 'yauzl';
import { AppError, type BackupInfo, type Localized } from '../../contract';
import { parseBoundedJson } from '../../core/bundle/boundedJson';
import { backupManifestName, backupManifestSchema, listedEntries, type BackupManifest } from '../../core/backup/manifest';
import { readAllEntries } from '../bundle/zipReader';

/** backup.json of the largest backup we expect (a document list in the millions) fits in this. */
const manifestLimits = { jsonBytes: 256 * 1024 * 1024, jsonDepth: 8 };

/** A backup refused: what is wrong with it, kept apart too, for the list to say without the refusal's words. */
export class DamagedBackup extends AppError {
  constructor(
    file: string,
    readonly detail: Localized,
  ) {
    super('BAD_BACKUP', {
      zh: `备份文件 ${basename(file)} 已损坏或不完整（${detail.zh}），不能用来恢复；未做任何改动。`,
      en: `The backup file ${basename(file)} is damaged or incomplete (${detail.en}) and cannot be restored from; nothing was changed.`,
    });
  }
}

export const damagedBackup = (file: string, detail: Localized | string): DamagedBackup =>
  new DamagedBackup(file, typeof detail === 'string' ? { zh: detail, en: detail } : detail);

/** A backup opened and its manifest read: every entry it must hold, and only those, with the sizes the manifest gives. */
export interface OpenedBackup {
  manifest: BackupManifest;
  bytes: number;
  /** Streams one entry's bytes. */
  stream(name: string): Promise<NodeJS.ReadableStream>;
  close(): void;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Opens a backup and reads its manifest: a truncated file (no central directory), an entry the manifest does not
 * list, a listed one missing or of another size, are refused here, before any entry's bytes are read.
 */
export async function openBackup(file: string): Promise<OpenedBackup> {
  let zip: ZipFile;
  try {
    zip = await openPromise(file, { lazyEntries: true, validateEntrySizes: true, autoClose: false, strictFileNames: true });
  } catch (err) {
    throw damagedBackup(file, (err as Error).message);
  }
  try {
    const byName = new Map<string, Entry>();
    for (const e of await readAllEntries(zip).catch((err: Error) => Promise.reject(damagedBackup(file, err.message)))) {
      if (byName.has(e.fileName)) throw damagedBackup(file, { zh: `两个同名条目 ${e.fileName}`, en: `two entries named ${e.fileName}` });
      byName.set(e.fileName, e);
    }
    const stream = async (name: string) => {
      const entry = byName.get(name);
      if (!entry) throw damagedBackup(file, { zh: `缺少 ${name}`, en: `${name} is missing` });
      try {
        return await zip.openReadStreamPromise(entry);
      } catch (err) {
        throw damagedBackup(file, `${name}: ${(err as Error).message}`);
      }
    };
    const manifestEntry = byName.get(backupManifestName);
    if (!manifestEntry)
      throw damagedBackup(file, {
        zh: `缺少 ${backupManifestName}，不是外办台账备份`,
        en: `no ${backupManifestName}: not a Waiban backup`,
      });
    if (manifestEntry.uncompressedSize > manifestLimits.jsonBytes)
      throw damagedBackup(file, { zh: `${backupManifestName} 过大`, en: `${backupManifestName} is too large` });
    let manifest: BackupManifest;
    try {
      const text = (await readAll(await stream(backupManifestName))).toString('utf8');
      const parsed = backupManifestSchema.safeParse(parseBoundedJson(text, manifestLimits, backupManifestName));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw damagedBackup(file, `${backupManifestName}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
      }
      manifest = parsed.data;
    } catch (err) {
      if (err instanceof AppError && err.code === 'BAD_BACKUP') throw err;
      throw damagedBackup(file, `${backupManifestName}: ${err instanceof AppError ? err.localized.en : (err as Error).message}`);
    }
    const listed = listedEntries(manifest);
    const names = new Set([backupManifestName, ...listed.map((e) => e.name)]);
    const stray = [...byName.keys()].find((n) => !names.has(n));
    if (stray) throw damagedBackup(file, { zh: `有清单未列出的条目 ${stray}`, en: `an entry the manifest does not list: ${stray}` });
    for (const e of listed) {
      const entry = byName.get(e.name);
      if (!entry) throw damagedBackup(file, { zh: `缺少 ${e.name}`, en: `${e.name} is missing` });
      if (entry.uncompressedSize !== e.size)
        throw damagedBackup(file, { zh: `${e.name} 的大小与清单不符`, en: `${e.name} is not the size the manifest gives` });
    }
    return { manifest, bytes: statSync(file).size, stream, close: () => zip.close() };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/** The list's view of a backup whose manifest reads. */
export const backupInfo = (file: string, bytes: number, m: BackupManifest): BackupInfo => ({
  file: basename(file),
  bytes,
  state: 'complete',
  created: m.created,
  kind: m.kind,
  ...(m.note ? { note: m.note } : {}),
  installation: m.installation,
  records: m.records,
  documents: m.documents.length,
  withKey: m.key !== null,
  appVersion: m.appVersion,
});

/** A backup as the list shows it: what its manifest says, or why it cannot be read. Reads the manifest only. */
export async function describeBackup(file: string): Promise<BackupInfo> {
  try {
    const opened = await openBackup(file);
    opened.close();
    return backupInfo(file, opened.bytes, opened.manifest);
  } catch (err) {
    if (!(err instanceof DamagedBackup)) throw err;
    return { file: basename(file), bytes: statSync(file).size, state: 'damaged', problem: err.detail };
  }
}

/**
 * Reads every entry the manifest lists, its size and SHA-256 against the manifest; `keep` names a path where an
 * entry's bytes are written as they are read (the database to check or restore, documents to restore). Returns the
 * manifest once everything matched; the first mismatch is the refusal.
 */
export async function checkBackupEntries(
  file: string,
  keep: (name: string) => string | undefined = () => undefined,
  onBytes?: (done: number, total: number) => void,
): Promise<{ manifest: BackupManifest; bytes: number }> {
  const opened = await openBackup(file);
  try {
    const listed = listedEntries(opened.manifest);
    const total = listed.reduce((n, e) => n + e.size, 0);
    let done = 0;
    for (const e of listed) {
      const hash = createHash('sha256');
      let size = 0;
      async function* tapped(source: AsyncIterable<Buffer>) {
        for await (const chunk of source) {
          hash.update(chunk);
          size += chunk.length;
          done += chunk.length;
          onBytes?.(done, total);
          yield chunk;
        }
      }
      const target = keep(e.name);
      const source = (await opened.stream(e.name)) as AsyncIterable<Buffer>;
      try {
        if (target) await pipeline(tapped(source), createWriteStream(target, { flags: 'wx' }));
        else for await (const _ of tapped(source));
      } catch (err) {
        throw err instanceof AppError ? err : damagedBackup(file, `${e.name}: ${(err as Error).message}`);
      }
      if (size !== e.size || hash.digest('hex') !== e.sha256)
        throw damagedBackup(file, { zh: `${e.name} 的内容与清单中的校验值不符`, en: `${e.name} does not match its hash in the manifest` });
    }
    return { manifest: opened.manifest, bytes: opened.bytes };
  } finally {
    opened.close();
  }
}
