import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileHashesOf } from '../../core/bundle/fileRefs';
import { defaultBundleLimits } from '../../core/bundle/limits';
import type { Manifest } from '../../core/bundle/manifest';
import { bundleRefusal } from '../../core/bundle/refusal';
import type { Change } from '../../db/changeLog';
import type { ServiceContext } from '../context';
import { maxDocumentBytes, storedFilePath } from '../files';
import { openCheckedZip } from './zipReader';

const mib = 1024 * 1024;

/**
 * A bundle's documents must be the ones its changes name, each no larger than a document the app takes in: a
 * signed bundle cannot plant files nobody refers to, nor swell past what its records could hold.
 */
export function assertDocumentsReferenced(manifest: Manifest, changes: Change[]): void {
  const named = new Set(changes.flatMap((c) => fileHashesOf(c.register, c.data)));
  const documents = manifest.entries.filter((e) => e.path.startsWith('files/'));
  const stray = documents.find((e) => !named.has(e.path.slice('files/'.length)));
  if (stray) {
    throw bundleRefusal(
      `数据包中的文件 ${stray.path} 没有任何变更引用，整个数据包未导入。`,
      `The bundle's file ${stray.path} is named by none of its changes; nothing from the bundle was imported.`,
    );
  }
  const large = documents.find((e) => e.size > maxDocumentBytes);
  if (large) {
    throw bundleRefusal(
      `数据包中的文件 ${large.path} 有 ${(large.size / mib).toFixed(1)} MB，超过单个文件的上限 ${maxDocumentBytes / mib} MB，整个数据包未导入。`,
      `The bundle's file ${large.path} is ${(large.size / mib).toFixed(1)} MB, over the ${maxDocumentBytes / mib} MB a document may be; nothing from the bundle was imported.`,
    );
  }
}

/**
 * Takes in the documents a verified bundle carries that this data folder lacks, under their SHA-256 as local
 * uploads are kept, streamed to disk (never held whole) and hashed as they are written, moved into place only when
 * they match, so the store never holds a name that lies. Returns the hashes written, for the import to record in
 * its transaction, or to remove again should the import be refused.
 */
export async function storeBundleFiles(ctx: ServiceContext, file: string, manifest: Manifest): Promise<string[]> {
  const wanted = manifest.entries
    .filter((e) => e.path.startsWith('files/'))
    .map((e) => e.path.slice('files/'.length))
    .filter((h) => !existsSync(storedFilePath(ctx.dataDir, h)));
  if (wanted.length === 0) return [];
  const zip = await openCheckedZip(file, defaultBundleLimits);
  const written: string[] = [];
  try {
    for (const sha256 of wanted) {
      const target = storedFilePath(ctx.dataDir, sha256);
      mkdirSync(dirname(target), { recursive: true });
      const temp = `${target}.${process.pid}.tmp`;
      try {
        const got = await zip.digest(`files/${sha256}`, temp);
        if (got.sha256 !== sha256) {
          throw bundleRefusal(
            `文件 files/${sha256} 的内容与名称不符，数据包未导入。`,
            `The file files/${sha256} does not match its name; the bundle was not imported.`,
          );
        }
        renameSync(temp, target);
        written.push(sha256);
      } finally {
        rmSync(temp, { force: true });
      }
    }
    return written;
  } catch (err) {
    removeStoredFiles(ctx, written);
    throw err;
  } finally {
    zip.close();
  }
}

/** Records the documents an import took in, inside its transaction. */
export function recordStoredFiles(ctx: ServiceContext, sha256s: string[], manifest: Manifest): void {
  const sizes = new Map(manifest.entries.map((e) => [e.path, e.size]));
  const record = ctx.sqlite.prepare('INSERT INTO "fileBlob" ("sha256", "size", "addedAt") VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  for (const sha256 of sha256s) record.run(sha256, sizes.get(`files/${sha256}`)!, new Date(ctx.clock.now()).toISOString());
}

/** Removes documents an import wrote when the import is refused or only previewed: nothing else names them. */
export function removeStoredFiles(ctx: ServiceContext, sha256s: string[]): void {
  for (const sha256 of sha256s) rmSync(storedFilePath(ctx.dataDir, sha256), { force: true });
}
